package org.nnplay.ui.playground;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.Stage;

/**
 * Presentation mode for a projector: full screen, everything larger (type through the {@code presentation} style
 * class, canvas views through their scale) and in high contrast. Saved with the experiment ({@code view.presentation}).
 */
final class Presentation {
    static final double SCALE = 1.5;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final Node root;
    private final PlaygroundView view;

    Presentation(Node root, PlaygroundView view) {
        this.root = root;
        this.view = view;
        active.addListener((o, was, on) -> apply(on));
    }

    BooleanProperty activeProperty() { return active; }

    boolean isActive() { return active.get(); }

    void toggle() { active.set(!active.get()); }

    private void apply(boolean on) {
        if (on) {
            if (!root.getStyleClass().contains("presentation")) root.getStyleClass().add("presentation");
        } else {
            root.getStyleClass().remove("presentation");
        }
        view.scaleViews(on ? SCALE : 1);
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreen(on);
        }
    }
}
