package org.nnplay.ui.backprop;

import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Help → Backpropagation, step by step: {@link BackpropView} in a window of its own, one at a time, as the
 * activation gallery is opened. It wears the playground's stylesheets, and follows them when the theme changes.
 */
public final class BackpropWindow {
    private static Stage open;

    private BackpropWindow() {}

    public static void show(Node owner) {
        if (open != null) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        stage.setTitle("NNPlay — Backpropagation, step by step");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new BackpropView(), Math.min(1600, screen.getWidth()), Math.min(960, screen.getHeight()));
        Scene main = owner.getScene();
        if (main != null) {
            scene.getStylesheets().setAll(main.getStylesheets());
            ListChangeListener<String> follow = c -> scene.getStylesheets().setAll(main.getStylesheets());
            main.getStylesheets().addListener(follow);
            stage.setOnHidden(e -> main.getStylesheets().removeListener(follow));
            stage.initOwner(main.getWindow());
        }
        stage.setScene(scene);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> open = null);
        open = stage;
        stage.show();
    }
}
