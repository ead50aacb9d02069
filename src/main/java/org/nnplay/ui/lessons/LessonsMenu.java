package org.nnplay.ui.lessons;

import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.LessonTopic;
import org.nnplay.experiment.Lessons;

/**
 * The Lessons menu: "Browse lessons…" (a search over every lesson's text), then one submenu per course topic with
 * its lessons in scene order ("Scene 12 — Over-fitting and early stopping", id {@code lesson-<id>}). Short enough
 * for a 1280 × 800 screen whatever the number of lessons. Choosing a lesson goes to the {@link LessonOpener}.
 */
public final class LessonsMenu extends Menu {
    public LessonsMenu(LessonOpener opener, Supplier<Window> owner) {
        super("Lessons");
        setId("menu-lessons");
        MenuItem browse = new MenuItem("Browse lessons…");
        browse.setId("menu-lesson-browser");
        browse.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        browse.setOnAction(e -> LessonBrowser.show(owner.get(), opener));
        getItems().addAll(browse, new SeparatorMenuItem());
        for (LessonTopic topic : Lessons.topics()) {
            Menu sub = new Menu(topic.title());
            sub.setId("lessons-topic-" + topic.id());
            for (Lesson l : Lessons.of(topic)) {
                MenuItem item = new MenuItem(label(l));
                item.setId("lesson-" + l.id());
                item.setOnAction(e -> opener.open(l));
                sub.getItems().add(item);
            }
            getItems().add(sub);
        }
    }

    /** "Scene 12 — Over-fitting and early stopping", "Scene 10 — Activation gallery (window)". */
    public static String label(Lesson l) {
        return "Scene " + l.scene() + " — " + l.title() + (l.hasPreset() ? "" : " (window)");
    }
}
