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

    /**
     * Shows the mode the experiment holds: full screen or not, type and views scaled to the room. Returns the scale;
     * call it again when the window is resized.
     */
    double apply(boolean on) {
        Stage stage = stage();
        watch(stage);
        boolean screenAsked = stage != null && stage.isFullScreen() != on;
        if (on != active || screenAsked) {
            active = on;
            fullScreen(stage, on);
        }
        scale = on ? scaleFor(room(stage)) : 1; // also after a resize: type and views follow the room
        if (on) {
            if (!root.getStyleClass().contains("presentation")) root.getStyleClass().add("presentation");
            root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", FONT * scale));
        } else {
            root.getStyleClass().remove("presentation");
            root.setStyle("");
        }
        return scale;
    }

    private void fullScreen(Stage stage, boolean on) {
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
    }

    private void watch(Stage stage) {
        if (stage == null || stage == watched) return;
        watched = stage;
        stage.fullScreenProperty().addListener((o, was, now) -> {
            // the stage may outlive this view (tests reuse it): only the view that is in it follows
            if (!now && active && root.getScene() != null && root.getScene() == stage.getScene()) {
                listener.leftFullScreen();
            }
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

    /**
     * The room presentation mode lays out for: the window's screen (where it goes full screen), or the window itself
     * where it is smaller than that (no window manager to make it full screen, or a window on a larger screen).
     */
    private static Rectangle2D room(Stage stage) {
        if (stage == null) return Screen.getPrimary().getBounds();
        var screens = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D screen = (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getBounds();
        var scene = stage.getScene();
        if (scene == null || scene.getWidth() <= 0) return screen;
        return new Rectangle2D(0, 0, Math.min(screen.getWidth(), scene.getWidth()),
                Math.min(screen.getHeight(), scene.getHeight()));
    }
}
