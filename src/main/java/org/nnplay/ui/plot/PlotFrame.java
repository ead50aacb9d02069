package org.nnplay.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Where the square plot of the domain [-extent, extent]² sits inside a canvas, the mapping between data and pixel
 * coordinates, and the drawing of the frame, ticks and axis names around it.
 *
 * @param left   canvas x of the plot's left edge
 * @param top    canvas y of the plot's top edge
 * @param side   width and height of the plot in pixels
 * @param extent half the width of the domain
 */
public record PlotFrame(double left, double top, double side, double extent) {
    static final double MARGIN_LEFT = 78;
    static final double MARGIN_BOTTOM = 66;
    static final double MARGIN_TOP = 18;
    static final double MARGIN_RIGHT = 18;

    /** The largest square that fits in w × h with room for the axes and, when there is room, a legend on the right. */
    public static PlotFrame layout(double w, double h, double extent, double legendWidth) {
        double byHeight = h - MARGIN_TOP - MARGIN_BOTTOM;
        double withLegend = Math.min(w - MARGIN_LEFT - legendWidth - MARGIN_RIGHT, byHeight);
        boolean roomForLegend = withLegend >= 0.8 * byHeight;
        double right = roomForLegend ? legendWidth + MARGIN_RIGHT : MARGIN_RIGHT;
        double side = Math.max(10, Math.min(w - MARGIN_LEFT - right, byHeight));
        double used = MARGIN_LEFT + side + right;
        double left = Math.max(0, (w - used) / 2) + MARGIN_LEFT;
        double top = MARGIN_TOP + Math.max(0, (byHeight - side) / 2);
        return new PlotFrame(left, top, side, extent);
    }

    public double right() { return left + side; }

    public double bottom() { return top + side; }

    /** Canvas x of data coordinate x1. */
    public double toX(double x1) { return left + (x1 + extent) / (2 * extent) * side; }

    /** Canvas y of data coordinate x2 (up is positive). */
    public double toY(double x2) { return top + (extent - x2) / (2 * extent) * side; }

    /** Data x1 at canvas x. */
    public double fromX(double x) { return (x - left) / side * 2 * extent - extent; }

    /** Data x2 at canvas y. */
    public double fromY(double y) { return extent - (y - top) / side * 2 * extent; }

    /** A "nice" tick step (1, 2 or 5 × 10^k) giving at most about eight intervals over the domain. */
    static double tickStep(double extent) {
        double raw = 2 * extent / 8;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * pow >= raw) return m * pow;
        return 10 * pow;
    }

    /** Faint grid lines at the ticks, drawn over the plot's background and under the points. */
    void drawGrid(GraphicsContext g, Color color) {
        double step = tickStep(extent);
        g.setStroke(color);
        g.setLineWidth(1);
        for (double v = Math.ceil(-extent / step) * step; v <= extent + 1e-9; v += step) {
            double x = Math.round(toX(v)) + 0.5;
            double y = Math.round(toY(v)) + 0.5;
            g.strokeLine(x, top, x, bottom());
            g.strokeLine(left, y, right(), y);
        }
    }

    /** The frame, tick marks with their numbers, and the axis names. */
    void drawAxes(GraphicsContext g, Color ink, String x1Label, String x2Label) {
        String family = Font.getDefault().getFamily();
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1.5);
        g.strokeRect(Math.round(left) - 0.25, Math.round(top) - 0.25, Math.round(side) + 0.5, Math.round(side) + 0.5);

        double step = tickStep(extent);
        g.setFont(Font.font(family, 15));
        for (double v = Math.ceil(-extent / step) * step; v <= extent + 1e-9; v += step) {
            String text = tickText(v);
            double x = toX(v);
            double y = toY(v);
            g.strokeLine(x, bottom(), x, bottom() + 6);
            g.strokeLine(left - 6, y, left, y);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(text, x, bottom() + 9);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, left - 10, y);
        }

        g.setFont(Font.font(family, FontWeight.BOLD, 18));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(x1Label == null ? "" : x1Label, left + side / 2, bottom() + MARGIN_BOTTOM - 4);
        g.save();
        g.translate(left - MARGIN_LEFT + 6, top + side / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(x2Label == null ? "" : x2Label, 0, 0);
        g.restore();
    }

    static String tickText(double v) {
        if (Math.abs(v) < 1e-9) return "0";
        String s = Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v))
                : String.format(java.util.Locale.ROOT, "%.1f", v);
        return s.replace("-", "\u2212");
    }
}
