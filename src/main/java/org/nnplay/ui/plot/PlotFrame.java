package org.nnplay.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.data.Domain;

/**
 * Where a plot sits inside a canvas, the mapping between data and pixel coordinates, and the drawing of the frame,
 * ticks and axis names around it: the shared frame of the window's plots. A data set's plane is drawn as a square
 * ({@link #layout}, {@link #square}); the domain may be any rectangle (e.g. [0, 30] × [0, 40] for "Will I pass this
 * class?", or a loss landscape's α and β ranges). A curve may fill a rectangle ({@link #fill}).
 *
 * @param left   canvas x of the plot's left edge
 * @param top    canvas y of the plot's top edge
 * @param width  width of the plot in pixels
 * @param height height of the plot in pixels
 * @param domain the data rectangle shown: x1 across, x2 up
 * @param scale  1 normally; larger in presentation mode (type, ticks and margins grow with it)
 */
public record PlotFrame(double left, double top, double width, double height, Domain domain, double scale) {
    public static final double MARGIN_LEFT = 78;
    public static final double MARGIN_BOTTOM = 56;
    public static final double MARGIN_TOP = 18;
    public static final double MARGIN_RIGHT = 18;
    /** Type sizes at scale 1: tick numbers, axis names. */
    public static final double TICK_FONT = 15;
    public static final double TITLE_FONT = 18;

    /** A square frame. */
    public PlotFrame(double left, double top, double side, Domain domain, double scale) {
        this(left, top, side, side, domain, scale);
    }

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
     * The largest square that fits in w × h with room for the axes, at least {@code above} pixels free above it and
     * {@code right} on its right (a colour bar and its title), centred in what is left.
     */
    public static PlotFrame square(double w, double h, Domain domain, double above, double right, double scale) {
        double ml = MARGIN_LEFT * scale;
        double mt = Math.max(MARGIN_TOP * scale, above);
        double mr = Math.max(MARGIN_RIGHT * scale, right);
        double byHeight = h - mt - MARGIN_BOTTOM * scale;
        double side = Math.floor(Math.max(10, Math.min(w - ml - mr, byHeight)));
        double left = Math.floor(ml + Math.max(0, (w - ml - mr - side) / 2));
        return new PlotFrame(left, Math.floor(mt + Math.max(0, (byHeight - side) / 2)), side, domain, scale);
    }

    /** All of w × h but the axes' margins: a rectangular plot, for a curve. */
    public static PlotFrame fill(double w, double h, Domain domain, double scale) {
        double ml = MARGIN_LEFT * scale;
        double mt = MARGIN_TOP * scale;
        return new PlotFrame(ml, mt, Math.max(10, w - ml - MARGIN_RIGHT * scale),
                Math.max(10, h - mt - MARGIN_BOTTOM * scale), domain, scale);
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

    /** The side of a square frame (its width). */
    public double side() { return width; }

    public double right() { return left + width; }

    public double bottom() { return top + height; }

    /** Canvas x of data coordinate x1. */
    public double toX(double x1) { return left + (x1 - domain.x1Min()) / domain.width() * width; }

    /** Canvas y of data coordinate x2 (up is positive). */
    public double toY(double x2) { return top + (domain.x2Max() - x2) / domain.height() * height; }

    /** Data x1 at canvas x. */
    public double fromX(double x) { return domain.x1Min() + (x - left) / width * domain.width(); }

    /** Data x2 at canvas y. */
    public double fromY(double y) { return domain.x2Max() - (y - top) / height * domain.height(); }

    /** Whether canvas point (x, y) is inside the plot. */
    public boolean contains(double x, double y) { return x >= left && x <= right() && y >= top && y <= bottom(); }

    /** The tick step along x1 and along x2: at most about eight intervals each. */
    private static double step(double range) { return Ticks.niceStep(range, 8); }

    /** Faint grid lines at the ticks, drawn over the plot's background and under the points. */
    void drawGrid(GraphicsContext g, Color color) {
        g.setStroke(color);
        g.setLineWidth(1);
        for (double v : Ticks.multiples(domain.x1Min(), domain.x1Max(), step(domain.width()))) {
            double x = Math.round(toX(v)) + 0.5;
            g.strokeLine(x, top, x, bottom());
        }
        for (double v : Ticks.multiples(domain.x2Min(), domain.x2Max(), step(domain.height()))) {
            double y = Math.round(toY(v)) + 0.5;
            g.strokeLine(left, y, right(), y);
        }
    }

    /** A tick on the x2 axis at data value {@code at}, labelled (for axes that are not linear in their label). */
    public record Tick(double at, String label) {}

    /** The frame, tick marks with their numbers, and the axis names (shortened with "…" where they would not fit). */
    public List<TextBox> drawAxes(GraphicsContext g, Color ink, String x1Label, String x2Label) {
        double sy = step(domain.height());
        List<Tick> ys = new ArrayList<>();
        for (double v : Ticks.multiples(domain.x2Min(), domain.x2Max(), sy)) ys.add(new Tick(v, Ticks.label(v, sy)));
        return drawAxes(g, ink, x1Label, x2Label, ys);
    }

    /** As {@link #drawAxes(GraphicsContext, Color, String, String)} with the x2 axis's ticks given. */
    public List<TextBox> drawAxes(GraphicsContext g, Color ink, String x1Label, String x2Label, List<Tick> x2Ticks) {
        List<TextBox> out = new ArrayList<>();
        String family = Font.getDefault().getFamily();
        g.setStroke(ink);
        g.setFill(ink);
        g.setLineWidth(1.5 * scale);
        g.strokeRect(Math.round(left) - 0.25, Math.round(top) - 0.25, Math.round(width) + 0.5,
                Math.round(height) + 0.5);
        double tick = 6 * scale;
        g.setFont(Font.font(family, TICK_FONT * scale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double sx = step(domain.width());
        for (double v : Ticks.multiples(domain.x1Min(), domain.x1Max(), sx)) {
            double x = toX(v);
            g.strokeLine(x, bottom(), x, bottom() + tick);
            out.add(TextBox.fill(g, Ticks.label(v, sx), x, bottom() + tick + 3 * scale));
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (Tick t : x2Ticks) {
            if (t.at() < domain.x2Min() - 1e-9 || t.at() > domain.x2Max() + 1e-9) continue;
            double y = toY(t.at());
            g.strokeLine(left - tick, y, left, y);
            out.add(TextBox.fill(g, t.label(), left - tick - 4 * scale, y));
        }
        Font title = Font.font(family, FontWeight.BOLD, TITLE_FONT * scale);
        g.setFont(title);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        out.add(TextBox.fill(g, TextBox.fit(x1Label, title, width), left + width / 2,
                bottom() + MARGIN_BOTTOM * scale - 4 * scale));
        out.add(TextBox.fillUpwards(g, TextBox.fit(x2Label, title, height), left - MARGIN_LEFT * scale + 6 * scale,
                top + height / 2));
        return out;
    }

    /** A value with three significant digits, e.g. "3.5e+03" → "3500", "0.00123", "−12.5". */
    static String valueText(double v) {
        if (Math.abs(v) < 1e-12) return "0";
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        return s.replace("-", "\u2212");
    }
}
