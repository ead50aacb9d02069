package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.ui.playground.FilesWindowTest.menuPath;
import static org.nnplay.ui.playground.FilesWindowTest.shown;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** New, Open, Lessons and imports over a modified experiment ask first: Save, Don't save or Cancel. */
class NeverLoseWorkTest extends WindowTestBase {
    @TempDir Path dir;

    @Start
    void start(Stage stage) { startWindow(stage); }

    private void modify(FxRobot robot) {
        robot.interact(() -> model().edit(e -> e.withName("Unsaved work").withSeed(4321)));
        assertThat(model().document().isDirty()).isTrue();
    }

    /** The question that is showing; fails when none comes. */
    private DialogPane question(FxRobot robot) {
        waitUntil(5, () -> robot.lookup(".dialog-pane").match((DialogPane d) -> d.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match((DialogPane d) -> d.getScene().getWindow().isShowing()).query();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void newAsksAndCancelKeepsTheWork(FxRobot robot) {
        modify(robot);
        shortcut(robot, KeyCode.N);
        assertThat(question(robot).getContentText()).contains("unsaved changes");
        robot.clickOn(shown(robot, "Cancel"));
        assertThat(experiment().name()).isEqualTo("Unsaved work");
        assertThat(model().document().isDirty()).isTrue();
    }

    @Test
    void openAsksBeforeTheChooserAndSaveSavesFirst(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.json");
        new ExperimentIO().write(Experiment.defaults().withName("Other"), other);
        Path kept = dir.resolve("kept.json");
        modify(robot);
        chooser.answer(kept).answer(other);
        shortcut(robot, KeyCode.O);
        question(robot);
        assertThat(chooser.asked).as("nothing chosen before the answer").isEmpty();
        robot.clickOn(shown(robot, "Save"));
        waitUntil(5, () -> experiment().name().equals("Other"));
        assertThat(new ExperimentIO().read(kept).experiment().name()).isEqualTo("Unsaved work");
        assertThat(chooser.asked).hasSize(2);
    }

    @Test
    void aLessonAsksAndDontSaveLoadsIt(FxRobot robot) {
        modify(robot);
        menuPath(robot, "Lessons", "Neurons and boundaries", "Scene 4 — Will I pass this class?");
        question(robot);
        robot.clickOn(shown(robot, "Don't save"));
        waitUntil(5, () -> experiment().data().dataset().key().equals("pass"));
    }

    @Test
    void anImportAsksAndCancelChangesNothing(FxRobot robot) throws Exception {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x1,x2,label\n1,2,0\n2,1,1\n0,0,0\n3,3,1\n");
        modify(robot);
        Experiment before = experiment();
        chooser.answer(csv);
        menuPath(robot, "File", "Import points from CSV…");
        question(robot);
        robot.clickOn(shown(robot, "Cancel"));
        assertThat(experiment()).isSameAs(before);
        assertThat(chooser.asked).isEmpty();
    }

    @Test
    void anUnmodifiedExperimentIsReplacedWithoutAsking(FxRobot robot) {
        shortcut(robot, KeyCode.N);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }
}
