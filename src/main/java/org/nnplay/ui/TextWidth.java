package org.nnplay.ui;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a string is drawn in a font, for canvas painters that lay out their own text. FX thread only. */
public final class TextWidth {
    private static final Text MEASURE = new Text();

    private TextWidth() {}

    public static double of(String s, Font f) {
        MEASURE.setFont(f);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
