package org.nnplay.ui.playground;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Presentation mode for a projector: full screen, the views larger (their scale), type larger (the
 * {@code presentation} style class and the root font size) and in high contrast. It has no state of its own: the
 * experiment's {@code view.presentation} is the one owner, and {@link #apply} shows it. When the window leaves full
 * screen by other means (the window manager), {@link Listener#leftFullScreen} reports it so the owner can follow.
 */
final class Presentation {
    /** What presentation mode tells its owner. */
    interface Listener {
        /** The window left full screen while presentation mode was on (the owner should turn it off). */
        void leftFullScreen();
    }

    /** The scale on a screen of 1280 × 800 or less: every text of the views ≥ 18 px. Larger screens get up to {@link #MAX_SCALE}. */
    static final double SCALE = 1.4;
    static final double MAX_SCALE = 2;
    /** The root font size in presentation mode at scale 1 (controls' type grows with the scale). */
    static final double FONT = 14;

    private final Node root;
    private final Listener listener;
    private boolean active;
    private double scale = 1;
    private boolean wasMaximized;
    private Stage watched;

    Presentation(Node root, Listener listener) {
        this.root = root;
        this.listener = listener;
    }

    boolean isActive() { return active; }

    /** The scale in use: 1 normally, else what the screen allows (type, lines and points grow with it). */
    double scale() { return scale; }

    /** Shows the mode the experiment holds: full screen or not, type and views scaled. Returns the scale. */
    double apply(boolean on) {
        Stage stage = stage();
        watch(stage);
        if (on == active && (stage == null || stage.isFullScreen() == on)) return scale;
        active = on;
        if (stage != null) {
            if (on) {
                wasMaximized = stage.isMaximized();
                // Esc and F11 are the window's own keys (they go through the experiment); JavaFX's exit key would
                // leave full screen behind the owner's back
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.setFullScreenExitHint("Esc or F11 leaves presentation mode");
                stage.setFullScreen(true);
            } else if (stage.isFullScreen()) {
                stage.setFullScreen(false);
                if (wasMaximized) stage.setMaximized(true);
            }
        }
        scale = on ? scaleFor(screen(stage)) : 1;
        if (on) {
            if (!root.getStyleClass().contains("presentation")) root.getStyleClass().add("presentation");
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", FONT * scale));
        } else {
            root.getStyleClass().remove("presentation");
            root.setStyle("");
        }
        return scale;
    }

    private void watch(Stage stage) {
        if (stage == null || stage == watched) return;
        watched = stage;
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now && active) listener.leftFullScreen();
        });
    }

    private Stage stage() {
        return root.getScene() != null && root.getScene().getWindow() instanceof Stage s ? s : null;
    }

    /** As large as a 1280 × 800 layout allows on the screen, at least {@link #SCALE}, at most {@link #MAX_SCALE}. */
    static double scaleFor(Rectangle2D screen) {
        double fit = Math.min(screen.getWidth() / 1280, screen.getHeight() / 800);
        return Math.clamp(Math.floor(fit * SCALE * 20) / 20, SCALE, MAX_SCALE);
    }

    private static Rectangle2D screen(Stage stage) {
        if (stage == null) return Screen.getPrimary().getBounds();
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getBounds();
    }
}
