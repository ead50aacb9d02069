package org.nnplay.ui.landscape;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The colours and type of the landscape's canvases, sized for a projector: 15 px and up at font scale 1. */
final class Style {
    static final Color INK = Color.web("#1f2430");
    static final Color MUTED = Color.web("#5b6270");
    static final Color PLANE = Color.web("#e9ebf0");
    static final double TEXT = 15;

    private Style() {}

    /** Numbers and notes. */
    static Font text(double scale) { return Font.font(Font.getDefault().getFamily(), TEXT * scale); }

    /** Names and markers' labels. */
    static Font bold(double scale) { return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TEXT * scale); }
}
