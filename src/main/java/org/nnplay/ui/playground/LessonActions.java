package org.nnplay.ui.playground;

import org.nnplay.experiment.Lesson;
import org.nnplay.ui.backprop.BackpropWindow;
import org.nnplay.training.PyTorchScript;
import org.nnplay.ui.lessons.LessonOpener;
import org.nnplay.ui.lessons.ScriptWindow;
import org.nnplay.ui.search.SearchWindow;

/**
 * Opens a lesson in the playground: its preset first (when it has one), then its window — the backpropagation
 * stepper, the activation gallery, the hyper-parameter search on the preset just opened, or the preset as a
 * PyTorch script. What the menu, the
 * lesson browser and {@code --lesson} all call.
 */
final class LessonActions implements LessonOpener {
    private final PlaygroundView view;
    private final FileActions files;
    private final PlaygroundModel model;

    LessonActions(PlaygroundView view, FileActions files, PlaygroundModel model) {
        this.view = view;
        this.files = files;
        this.model = model;
    }

    @Override public void open(Lesson lesson) {
        if (lesson.hasPreset() && !files.openLesson(lesson)) return;
        if (lesson.window() == null) return;
        switch (lesson.window()) {
            case BACKPROP -> BackpropWindow.show(view);
            case GALLERY -> GalleryWindow.show(view);
            case SEARCH -> SearchWindow.show(view, model.experimentProperty(), model::edit);
            case PYTORCH -> ScriptWindow.show(view.getScene() == null ? null : view.getScene().getWindow(),
                    () -> PyTorchScript.of(model.currentExperiment()), files::exportPyTorch);
        }
    }
}
