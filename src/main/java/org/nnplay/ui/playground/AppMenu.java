package org.nnplay.ui.playground;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.Theme;
import org.nnplay.ui.backprop.BackpropWindow;
import org.nnplay.ui.search.SearchWindow;

/** The menu bar: File (with recent files and exports), Lessons (one entry per curriculum preset), View, Help. */
final class AppMenu extends MenuBar {
    private final Menu recentMenu = new Menu("Open recent");
    private final FileActions files;

    AppMenu(PlaygroundView view, FileActions files, PlaygroundModel model) {
        this.files = files;
        setId("menu-bar");
        Menu file = new Menu("File");
        file.setId("menu-file");
        file.getItems().addAll(
                item("menu-new", "New", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), files::newExperiment),
                item("menu-open", "Open…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), files::open),
                recentMenu,
                item("menu-import-csv", "Import points from CSV…", null, files::importCsv),
                new SeparatorMenuItem(),
                item("menu-save", "Save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), files::save),
                item("menu-save-as", "Save as…", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), files::saveAs),
                new SeparatorMenuItem(),
                exports(view),
                new SeparatorMenuItem(),
                item("menu-quit", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), view::requestClose));
        Menu lessons = new Menu("Lessons");
        lessons.setId("menu-lessons");
        // Presets open an experiment; the scenes shown in a window of their own sit among them in scene order.
        java.util.List<java.util.Map.Entry<Integer, MenuItem>> scenes = new java.util.ArrayList<>();
        for (Lesson l : Lessons.list()) {
            scenes.add(java.util.Map.entry(l.scene(), item("lesson-" + l.id(), "Scene " + l.scene() + " — " + l.title(),
                    null, () -> files.openLesson(l))));
        }
        scenes.add(java.util.Map.entry(9, item("lesson-09-backprop", "Scene 9 — Backpropagation is the chain rule (window)",
                null, () -> BackpropWindow.show(view))));
        scenes.add(java.util.Map.entry(10, item("lesson-10-gallery", "Scene 10 — Activation gallery (window)", null,
                () -> GalleryWindow.show(view))));
        scenes.add(java.util.Map.entry(15, item("lesson-15-search", "Scene 15 — Hyper-parameter search (window)", null,
                () -> SearchWindow.show(view, model.experimentProperty(), model::edit))));
        scenes.sort(java.util.Map.Entry.comparingByKey()); // stable: presets keep their order within a scene
        scenes.forEach(e -> lessons.getItems().add(e.getValue()));
        recentMenu.setId("menu-recent");
        files.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        getMenus().addAll(file, lessons, viewMenu(view, model), help(view));
    }

    private Menu exports(PlaygroundView view) {
        Menu export = new Menu("Export");
        export.setId("menu-export");
        export.getItems().addAll(
                item("export-boundary", "Decision boundary as PNG…", null, () -> files.exportPng("decision boundary", view.boundary())),
                item("export-network", "Network as PNG…", null, () -> files.exportPng("network", view.network())),
                item("export-curves", "Learning curves as PNG…", null, () -> files.exportPng("learning curves", view.curvesPanel().curves())),
                item("export-landscape", "Loss landscape as PNG…", null, () -> files.exportPng("loss landscape", view.landscapeView())),
                item("export-window", "Whole window as PNG…", null, () -> files.exportPng("playground", view)),
                new SeparatorMenuItem(),
                item("export-csv", "Learning curves as CSV…", null, () -> files.exportCurvesCsv(view.curvesPanel().curves())),
                item("export-data", "Data as CSV…", null, files::exportDataCsv),
                item("export-predictions", "Data with predictions as CSV…", null, files::exportPredictionsCsv),
                new SeparatorMenuItem(),
                item("export-pytorch", "As a PyTorch script…", null, files::exportPyTorch));
        return export;
    }

    private Menu viewMenu(PlaygroundView view, PlaygroundModel model) {
        Menu menu = new Menu("View");
        menu.setId("menu-view");
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode\tF11");
        presentation.setId("menu-presentation");
        presentation.setSelected(model.currentExperiment().view().presentation());
        model.experimentProperty().addListener((o, was, now) -> presentation.setSelected(now.view().presentation()));
        presentation.setOnAction(e -> view.setPresentation(presentation.isSelected()));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark");
        dark.setSelected(model.currentExperiment().view().theme() == Theme.DARK);
        model.experimentProperty().addListener((o, was, now) -> dark.setSelected(now.view().theme() == Theme.DARK));
        dark.setOnAction(e -> model.edit(x -> x.withView(v -> v.withTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT))));
        menu.getItems().addAll(presentation, dark, new SeparatorMenuItem(),
                item("menu-classroom", "Classroom: hide controls…", null, view::chooseHiddenControls),
                item("menu-advanced", "Advanced settings…", null, view::showAdvanced),
                new SeparatorMenuItem(),
                item("menu-view-normal", "All views\t0", null, () -> view.showView(StageView.NORMAL)),
                item("menu-view-boundary", "Decision boundary alone\t1", null, () -> view.showView(StageView.BOUNDARY)),
                item("menu-view-curves", "Learning curves alone\t2", null, () -> view.showView(StageView.CURVES)),
                item("menu-landscape", "Loss landscape\t3", null, () -> view.showView(StageView.LANDSCAPE)),
                item("menu-view-builder", "Network builder alone\t4", null, () -> view.showView(StageView.BUILDER)),
                item("menu-view-compare", "Compare runs side by side\t5", null, () -> view.showView(StageView.COMPARE)),
                new SeparatorMenuItem(),
                item("menu-search", "Hyper-parameter search…", null,
                        () -> SearchWindow.show(view, model.experimentProperty(), model::edit)));
        return menu;
    }

    private Menu help(PlaygroundView view) {
        Menu help = new Menu("Help");
        help.getItems().addAll(item("menu-gallery", "Activation gallery", null, () -> GalleryWindow.show(view)),
                item("menu-backprop", "Backpropagation, step by step", null, () -> BackpropWindow.show(view)),
                item("menu-keys", "Keyboard shortcuts", null, view::showKeys));
        return help;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        int i = 0;
        for (Path p : files.recent().files()) {
            recentMenu.getItems().add(item("recent-" + i++, p.getFileName() + "  —  " + p.getParent(), null, () -> files.open(p)));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    static MenuItem item(String id, String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) m.setAccelerator(key);
        m.setOnAction(e -> action.run());
        return m;
    }
}
