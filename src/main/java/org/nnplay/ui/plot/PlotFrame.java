package org.nnplay.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.data.Domain;

/**
 * Where the square plot of a data set's domain sits inside a canvas, the mapping between data and pixel
 * coordinates, and the drawing of the frame, ticks and axis names around it. The domain may be any rectangle
 * (e.g. [0, 30] × [0, 40] for "Will I pass this class?"); it is drawn as a square.
 *
 * @param left   canvas x of the plot's left edge
 * @param top    canvas y of the plot's top edge
 * @param side   width and height of the plot in pixels
 * @param domain the data rectangle shown
 * @param scale  1 normally; larger in presentation mode (type, ticks and margins grow with it)
 */
public record PlotFrame(double left, double top, double side, Domain domain, double scale) {
    static final double MARGIN_LEFT = 78;
    static final double MARGIN_BOTTOM = 56;
    static final double MARGIN_TOP = 18;
    static final double MARGIN_RIGHT = 18;

    /** The square [-extent, extent]², at scale 1. */
    public PlotFrame(double left, double top, double side, double extent) {
        this(left, top, side, Domain.square(extent), 1);
    }

    /** The largest square that fits in w × h with room for the axes and, when there is room, a legend on the right. */
    public static PlotFrame layout(double w, double h, Domain domain, double legendWidth, double scale) {
        return layout(w, h, domain, legendWidth, 0, scale);
    }

    /**
     * As {@link #layout(double, double, Domain, double, double)}, choosing where the legend goes: in a column on the
     * right, or in a strip of {@code stripHeight} under the x axis, whichever leaves the larger plot (the column when
     * it costs little); inside the plot, boxed, only when both would halve it. {@link #legendBelow} tells which.
     */
    public static PlotFrame layout(double w, double h, Domain domain, double legendWidth, double stripHeight,
                                   double scale) {
        double ml = MARGIN_LEFT * scale;
        double mb = MARGIN_BOTTOM * scale;
        double mt = MARGIN_TOP * scale;
        double mr = MARGIN_RIGHT * scale;
        double byHeight = h - mt - mb;
        double full = Math.min(w - ml - mr, byHeight);
        double beside = Math.min(w - ml - legendWidth - mr, byHeight);
        double under = Math.min(w - ml - mr, byHeight - stripHeight);
        boolean column = beside >= under && beside >= 0.5 * full;
        boolean strip = !column && under >= 0.5 * full;
        double right = column ? legendWidth + mr : mr;
        double side = Math.max(10, column ? beside : strip ? under : full);
        double used = ml + side + right;
        double left = Math.max(0, (w - used) / 2) + ml;
        double top = mt + Math.max(0, ((strip ? byHeight - stripHeight : byHeight) - side) / 2);
        return new PlotFrame(left, top, side, domain, scale);
    }

    /**
     * The width, at most {@code maxWidth}, at which a plot {@code height} tall is the largest square it can be: with
     * the legend in a column beside it when that width is allowed, else with the legend's strip under it.
     */
    static double widthFor(double height, double maxWidth, double legendWidth, double stripHeight, double scale) {
        double byHeight = height - (MARGIN_TOP + MARGIN_BOTTOM) * scale;
        double margins = (MARGIN_LEFT + MARGIN_RIGHT) * scale;
        double column = margins + byHeight + legendWidth;
        if (column <= maxWidth) return column;
        return Math.min(maxWidth, margins + byHeight - stripHeight);
    }

    /** Whether a legend strip of {@code stripHeight} fits under this frame's x axis within height {@code h}. */
    public boolean legendBelow(double h, double stripHeight) {
        return stripHeight > 0 && bottom() + MARGIN_BOTTOM * scale + stripHeight <= h + 0.5;
    }

    /** Half the width of the domain when it is the square around 0; otherwise its largest absolute coordinate. */
    public double extent() { return domain.extent(); }

    public double right() { return left + side; }

    public double bottom() { return top + side; }

    /** Canvas x of data coordinate x1. */
    public double toX(double x1) { return left + (x1 - domain.x1Min()) / domain.width() * side; }

    /** Canvas y of data coordinate x2 (up is positive). */
    public double toY(double x2) { return top + (domain.x2Max() - x2) / domain.height() * side; }

    /** Data x1 at canvas x. */
    public double fromX(double x) { return domain.x1Min() + (x - left) / side * domain.width(); }

    /** Data x2 at canvas y. */
    public double fromY(double y) { return domain.x2Max() - (y - top) / side * domain.height(); }

    /** Whether canvas point (x, y) is inside the plot. */
    public boolean contains(double x, double y) { return x >= left && x <= right() && y >= top && y <= bottom(); }

    /** A "nice" tick step (1, 2 or 5 × 10^k) giving at most about eight intervals over {@code range}. */
    static double tickStep(double range) {
        double raw = range / 8;
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) if (m * pow >= raw) return m * pow;
        return 10 * pow;
    }

    /** Faint grid lines at the ticks, drawn over the plot's background and under the points. */
    void drawGrid(GraphicsContext g, Color color) {
        g.setStroke(color);
        g.setLineWidth(1);
        double sx = tickStep(domain.width());
        for (double v = Math.ceil(domain.x1Min() / sx) * sx; v <= domain.x1Max() + 1e-9; v += sx) {
            double x = Math.round(toX(v)) + 0.5;
            g.strokeLine(x, top, x, bottom());
        }
        double sy = tickStep(domain.height());
        for (double v = Math.ceil(domain.x2Min() / sy) * sy; v <= domain.x2Max() + 1e-9; v += sy) {
            double y = Math.round(toY(v)) + 0.5;
            g.strokeLine(left, y, right(), y);
        }
    }

    /** The frame, tick marks with their numbers, and the axis names. */
    void drawAxes(GraphicsContext g, Color ink, String x1Label, String x2Label) {
        String family = Font.getDefault().getFamily();
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1.5 * scale);
        g.strokeRect(Math.round(left) - 0.25, Math.round(top) - 0.25, Math.round(side) + 0.5, Math.round(side) + 0.5);
        double tick = 6 * scale;
        g.setFont(Font.font(family, 15 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double sx = tickStep(domain.width());
        for (double v = Math.ceil(domain.x1Min() / sx) * sx; v <= domain.x1Max() + 1e-9; v += sx) {
            double x = toX(v);
            g.strokeLine(x, bottom(), x, bottom() + tick);
            g.fillText(tickText(v), x, bottom() + tick + 3 * scale);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double sy = tickStep(domain.height());
        for (double v = Math.ceil(domain.x2Min() / sy) * sy; v <= domain.x2Max() + 1e-9; v += sy) {
            double y = toY(v);
            g.strokeLine(left - tick, y, left, y);
            g.fillText(tickText(v), left - tick - 4 * scale, y);
        }
        g.setFont(Font.font(family, FontWeight.BOLD, 18 * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(x1Label == null ? "" : x1Label, left + side / 2, bottom() + MARGIN_BOTTOM * scale - 4 * scale);
        g.save();
        g.translate(left - MARGIN_LEFT * scale + 6 * scale, top + side / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(x2Label == null ? "" : x2Label, 0, 0);
        g.restore();
    }

    /** A value with three significant digits, e.g. "3.5e+03" → "3500", "0.00123", "−12.5". */
    static String valueText(double v) {
        if (Math.abs(v) < 1e-12) return "0";
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        return s.replace("-", "\u2212");
    }

    static String tickText(double v) {
        if (Math.abs(v) < 1e-9) return "0";
        String s = Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v))
                : String.format(java.util.Locale.ROOT, "%.1f", v);
        return s.replace("-", "\u2212");
    }
}
