package org.nnplay.ui.search;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.nnplay.experiment.Experiment;
import org.nnplay.ui.Theme;

/**
 * View → Hyper-parameter search…: scene 15 in a window of its own, one at a time, beside the playground. It reads
 * the playground's experiment (at each Start) and follows its light or dark theme; it changes the experiment only
 * through {@code edit} (Use best learning rate). Closing it cancels a search that is still running.
 */
public final class SearchWindow {
    private static Stage open;

    private SearchWindow() {}

    /** Opens the window, or brings the open one to the front. */
    public static Stage show(Node owner, ObservableValue<Experiment> experiment, Consumer<UnaryOperator<Experiment>> edit) {
        if (open != null) {
            open.toFront();
            return open;
        }
        SearchPane pane = new SearchPane(experiment::getValue, edit);
        Scene scene = new Scene(pane, 1280, 760);
        Stage stage = new Stage();
        stage.setTitle("NNPlay — Hyper-parameter search");
        if (owner != null && owner.getScene() != null) stage.initOwner(owner.getScene().getWindow());
        ChangeListener<Experiment> theme = (o, was, now) -> theme(scene, pane, now);
        theme(scene, pane, experiment.getValue());
        experiment.addListener(theme);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            experiment.removeListener(theme);
            pane.controller().cancel();
            open = null;
        });
        open = stage;
        stage.show();
        return stage;
    }

    private static void theme(Scene scene, SearchPane pane, Experiment e) {
        boolean dark = e != null && e.view().theme() == org.nnplay.experiment.Theme.DARK;
        (dark ? Theme.DARK : Theme.LIGHT).applyTo(scene);
        pane.setDark(dark);
    }
}
