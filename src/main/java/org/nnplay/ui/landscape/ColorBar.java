package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.nnplay.ui.TextWidth;
import org.nnplay.ui.plot.TextBox;

/**
 * The heat map's key, painted beside the plot: the colour map as a vertical bar as tall as the plot, low loss at the
 * bottom, round loss values right of it, and the loss's name above it (right-aligned, so a long name reaches over
 * the plot's top margin, never past the canvas).
 */
final class ColorBar {
    private static final double GAP = 10;
    private static final double BAR = 14;
    private static final double TICK = 5;
    /** The widest usual value: the bar keeps room for it. */
    private static final String WIDEST = "0.000";

    private ColorBar() {}

    /** The room the bar and its values take right of the plot at font scale {@code fs}. */
    static double width(double fs) {
        return (GAP + BAR + TICK + 4) * fs + TextWidth.of(WIDEST, Style.text(fs)) + 4 * fs;
    }

    /** The room its name takes above the plot. */
    static double above(double fs) { return TextBox.lineHeight(Style.bold(fs)) + 14 * fs; }

    /** Paints the bar right of the plot's right edge {@code x}, from {@code top} down {@code height}. */
    static List<TextBox> paint(GraphicsContext g, double x, double top, double height, double canvasWidth,
                               LossScale scale, String title, double fs) {
        List<TextBox> out = new ArrayList<>();
        double bx = x + GAP * fs;
        double bw = BAR * fs;
        for (int y = 0; y < height; y++) {
            g.setFill(ColorMap.color(1 - y / Math.max(1, height - 1)));
            g.fillRect(bx, top + y, bw, 1.5);
        }
        g.setStroke(Style.INK);
        g.setLineWidth(1.2 * fs);
        g.strokeRect(bx, top, bw, height);
        g.setFill(Style.INK);
        g.setFont(Style.text(fs));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : scale.ticks(Math.max(3, (int) (height / (60 * fs))))) {
            double y = top + height * (1 - scale.unit(t));
            g.strokeLine(bx + bw, y, bx + bw + TICK * fs, y);
            out.add(TextBox.fill(g, LossScale.format(t), bx + bw + (TICK + 4) * fs, y));
        }
        g.setFont(Style.bold(fs));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        double right = Math.min(canvasWidth - 2, Math.max(bx + bw, x + width(fs) - 4 * fs));
        out.add(TextBox.fill(g, TextBox.fit(title, g.getFont(), right), right, top - 12 * fs));
        return out;
    }
}
