package org.nnplay.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.nnplay.ui.TextWidth;

/**
 * A text drawn on a canvas and the rectangle it covers, in the canvas's coordinates: what canvas painters return so
 * that a test can check that no label is cut off by the canvas's edge or runs into another. FX thread only.
 */
public record TextBox(String text, double fontSize, double minX, double minY, double maxX, double maxY) {
    private static final Text MEASURE = new Text();

    /** Draws {@code s} at (x, y) with the context's font, alignment and baseline, and says where it went. */
    public static TextBox fill(GraphicsContext g, String s, double x, double y) {
        Font f = g.getFont();
        double w = TextWidth.of(s, f);
        double[] v = vertical(f);
        double left = switch (g.getTextAlign()) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            default -> x;
        };
        double top = switch (g.getTextBaseline()) {
            case TOP -> y;
            case CENTER -> y - v[2] / 2;
            case BOTTOM -> y - v[2];
            default -> y - v[0];
        };
        g.fillText(s, x, y);
        return new TextBox(s, f.getSize(), left, top, left + w, top + v[2]);
    }

    /**
     * Draws {@code s} turned a quarter left (reading upwards), centred on {@code cy}, its top (the left side once
     * turned) at {@code x}.
     */
    public static TextBox fillUpwards(GraphicsContext g, String s, double x, double cy) {
        Font f = g.getFont();
        double w = TextWidth.of(s, f);
        double h = vertical(f)[2];
        g.save();
        g.translate(x, cy);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(s, 0, 0);
        g.restore();
        return new TextBox(s, f.getSize(), x, cy - w / 2, x + h, cy + w / 2);
    }

    /**
     * {@code s} if it fits in {@code width}; else with the items of its closing parenthetical dropped from the end
     * until it fits ("α: d1 (random, seed 1)" → "α: d1 (random)" → "α: d1"); else as much as fits and "…".
     */
    public static String fit(String s, Font f, double width) {
        if (s == null || s.isEmpty() || TextWidth.of(s, f) <= width) {
            return s == null ? "" : s;
        }
        int open = s.lastIndexOf(" (");
        if (open > 0 && s.endsWith(")")) {
            String inside = s.substring(open + 2, s.length() - 1);
            for (int cut = inside.lastIndexOf(", "); cut > 0; cut = inside.lastIndexOf(", ")) {
                inside = inside.substring(0, cut);
                String shorter = s.substring(0, open) + " (" + inside + ")";
                if (TextWidth.of(shorter, f) <= width) return shorter;
            }
            if (TextWidth.of(s.substring(0, open), f) <= width) return s.substring(0, open);
        }
        int n = s.length();
        while (n > 0 && TextWidth.of(s.substring(0, n).strip() + "…", f) > width) {
            n--;
        }
        return n == 0 ? "" : s.substring(0, n).strip() + "…";
    }

    /** The height of one line of {@code f}. */
    public static double lineHeight(Font f) { return vertical(f)[2]; }

    /** {ascent, descent, line height} of a font. */
    private static double[] vertical(Font f) {
        MEASURE.setFont(f);
        MEASURE.setText("Hg");
        MEASURE.setTextOrigin(VPos.BASELINE);
        double ascent = -MEASURE.getLayoutBounds().getMinY();
        double height = MEASURE.getLayoutBounds().getHeight();
        return new double[] {ascent, height - ascent, height};
    }

    public double width() { return maxX - minX; }

    public double height() { return maxY - minY; }

    /** Whether the two boxes share more than {@code slack} pixels each way. */
    public boolean overlaps(TextBox o, double slack) {
        return Math.min(maxX, o.maxX) - Math.max(minX, o.minX) > slack
                && Math.min(maxY, o.maxY) - Math.max(minY, o.minY) > slack;
    }

    /** Whether the box lies within [0, w] × [0, h] (up to half a pixel). */
    public boolean inside(double w, double h) {
        return minX >= -0.5 && minY >= -0.5 && maxX <= w + 0.5 && maxY <= h + 0.5;
    }
}
