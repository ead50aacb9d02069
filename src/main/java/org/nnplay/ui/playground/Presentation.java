package org.nnplay.ui.playground;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Presentation mode for a projector: full screen, everything larger (type through the {@code presentation} style
 * class, canvas views through their scale) and in high contrast. Saved with the experiment ({@code view.presentation}).
 */
final class Presentation {
    /** The scale on a screen of 1280 × 800 or less; larger screens get up to {@link #MAX_SCALE}. */
    static final double SCALE = 1.25;
    static final double MAX_SCALE = 1.6;
    private double scale = 1;
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

    /** The scale in use: 1 normally, else what the screen allows (type, lines and points grow with it). */
    double scale() { return scale; }

    private void apply(boolean on) {
        Stage stage = root.getScene() != null && root.getScene().getWindow() instanceof Stage s ? s : null;
        if (stage != null) {
            stage.setFullScreenExitHint("Esc or F11 leaves presentation mode");
            stage.setFullScreen(on);
        }
        scale = on ? scaleFor(screen(stage)) : 1;
        if (on) {
            if (!root.getStyleClass().contains("presentation")) root.getStyleClass().add("presentation");
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 16 * scale));
        } else {
            root.getStyleClass().remove("presentation");
            root.setStyle("");
        }
        view.scaleViews(scale);
    }

    /** As large as a 1280 × 800 layout allows on the screen, at least {@link #SCALE}, at most {@link #MAX_SCALE}. */
    static double scaleFor(Rectangle2D screen) {
        double fit = Math.min(screen.getWidth() / 1280, screen.getHeight() / 800);
        return Math.clamp(Math.floor(fit * 20) / 20, SCALE, MAX_SCALE);
    }

    private static Rectangle2D screen(Stage stage) {
        if (stage == null) return Screen.getPrimary().getBounds();
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getBounds();
    }
}
