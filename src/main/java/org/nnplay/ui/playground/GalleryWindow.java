package org.nnplay.ui.playground;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.nnplay.ui.gallery.ActivationGallery;

/** Help → Activation gallery: the activations and their derivatives in a window of their own (one at a time). */
final class GalleryWindow {
    private static Stage open;

    private GalleryWindow() {}

    static void show(Node owner) {
        if (open != null) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        stage.setTitle("NNPlay — Activation gallery");
        ScrollPane scroll = new ScrollPane(new ActivationGallery());
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 1260, 600);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner.getScene().getWindow());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> open = null);
        open = stage;
        stage.show();
    }
}
