package org.nnplay.ui.curves;

import javafx.scene.paint.Color;
import org.nnplay.training.TrainingEvent;

/**
 * Colours of the learning curves, light or dark. Training and test come from the Okabe–Ito palette (blue and
 * vermillion on light, sky blue and orange on dark), safe for the common colour blindnesses; test is also dashed,
 * so the two never rely on colour alone. Event markers carry a letter for the same reason.
 */
record CurveTheme(Color background, Color grid, Color axis, Color text, Color muted, Color train, Color test,
                  Color setting, Color diverged, Color stopped, Color reset, Color readoutBackground) {

    static final CurveTheme LIGHT = new CurveTheme(Color.WHITE, Color.web("#e6e6e6"), Color.web("#9a9a9a"),
            Color.web("#1e1e1e"), Color.web("#666666"), Color.web("#0072B2"), Color.web("#D55E00"),
            Color.web("#5a5a5a"), Color.web("#E0001B"), Color.web("#009E73"), Color.web("#A8508A"),
            Color.web("#ffffff", 0.94));

    static final CurveTheme DARK = new CurveTheme(Color.web("#1f1f1f"), Color.web("#363636"), Color.web("#7a7a7a"),
            Color.web("#f0f0f0"), Color.web("#b0b0b0"), Color.web("#56B4E9"), Color.web("#E69F00"),
            Color.web("#c8c8c8"), Color.web("#FF4D4D"), Color.web("#2BD1A0"), Color.web("#E08CC5"),
            Color.web("#2a2a2a", 0.94));

    static CurveTheme of(boolean dark) { return dark ? DARK : LIGHT; }

    /**
     * The letter on an event's marker: S setting, D divergence, E early stop, R reset or rebuild, C points changed
     * (D was taken: divergence)...
     */
    static String letter(TrainingEvent.Kind kind) {
        return switch (kind) {
            case SETTING_CHANGED -> "S";
            case DIVERGED -> "D";
            case EARLY_STOP -> "E";
            case RESET, REBUILT -> "R";
            case WEIGHTS_EDITED -> "W";
            case DATA_CHANGED -> "C";
            case RESUMED -> "P";
            case MAX_EPOCHS -> "M";
            case TARGET_REACHED -> "T";
            case ERROR -> "!";
        };
    }

    /** A short name of an event kind, for the legend. */
    static String name(TrainingEvent.Kind kind) {
        return switch (kind) {
            case SETTING_CHANGED -> "setting changed";
            case DIVERGED -> "diverged";
            case EARLY_STOP -> "early stop";
            case RESET -> "reset";
            case REBUILT -> "rebuilt";
            case WEIGHTS_EDITED -> "weights edited";
            case DATA_CHANGED -> "points changed";
            case RESUMED -> "resumed";
            case MAX_EPOCHS -> "max epochs";
            case TARGET_REACHED -> "target reached";
            case ERROR -> "error";
        };
    }

    Color marker(TrainingEvent.Kind kind) {
        return switch (kind) {
            case DIVERGED, ERROR -> diverged;
            case EARLY_STOP, MAX_EPOCHS, TARGET_REACHED -> stopped;
            case RESET, REBUILT -> reset;
            default -> setting;
        };
    }
}
