package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.training.SeriesView;
import org.nnplay.ui.TextWidth;
import org.nnplay.ui.curves.Axis;
import org.nnplay.ui.curves.CurveLine;
import org.nnplay.ui.curves.Scale;

/**
 * One learning-curve chart with every variant overlaid: the loss (without penalty, so variants with different
 * penalties compare) on a log axis against epochs, a colour per variant, training solid and test dashed, a cross
 * where a variant diverged, and a legend naming each colour. A toggle shows training and test, or one of them.
 * Draws from each history's buckets (at most 512 per curve), whatever the number of epochs.
 */
final class OverlayChart extends Region {
    /** One variant's curves. {@code divergedAt} is the epoch it diverged at, or -1. */
    record Series(String label, Color color, SeriesView train, SeriesView test, long divergedAt) {}

    enum Shown { BOTH, TRAIN, TEST }

    private static final double TEXT = 15;
    private final Canvas canvas = new Canvas();
    private final SegmentedButton toggle;
    private List<Series> series = List.of();
    private Shown shown = Shown.BOTH;
    private double fs = 1;
    private boolean dark;
    private long redraws;

    OverlayChart() {
        getStyleClass().add("compare-chart");
        ToggleButton both = new ToggleButton("Train & test");
        ToggleButton train = new ToggleButton("Train");
        ToggleButton test = new ToggleButton("Test");
        both.setUserData(Shown.BOTH);
        train.setUserData(Shown.TRAIN);
        test.setUserData(Shown.TEST);
        toggle = new SegmentedButton(both, train, test);
        toggle.setId("compare-curves-shown");
        both.setSelected(true);
        toggle.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                shown = (Shown) now.getUserData();
                redraw();
            }
        });
        getChildren().addAll(canvas, toggle);
    }

    void setSeries(List<Series> s) {
        series = List.copyOf(s);
        redraw();
    }

    /** Which curves are drawn: training and test, or one of them. */
    void setShown(Shown s) {
        toggle.getButtons().stream().filter(b -> b.getUserData() == s).findFirst().ifPresent(b -> b.setSelected(true));
    }

    void setFontScale(double s) {
        fs = s;
        toggle.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * s));
        requestLayout();
        redraw();
    }

    void setDark(boolean d) {
        dark = d;
        redraw();
    }

    Shown shown() { return shown; }

    long redraws() { return redraws; }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        toggle.autosize();
        toggle.relocate(Math.max(0, w - toggle.getWidth() - 4 * fs), 4 * fs);
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override protected double computeMinWidth(double height) { return 200; }

    @Override protected double computeMinHeight(double width) { return 120; }

    private Font font(boolean bold) { return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, TEXT * fs); }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) return;
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        Color bg = dark ? Color.web("#1f1f1f") : Color.WHITE;
        Color ink = dark ? Color.web("#f0f0f0") : Color.web("#1e1e1e");
        Color muted = dark ? Color.web("#b0b0b0") : Color.web("#555555");
        Color grid = dark ? Color.web("#363636") : Color.web("#e6e6e6");
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font(true));
        g.setFill(ink);
        g.setTextAlign(TextAlignment.LEFT);
        double line = TEXT * fs * 1.6;
        g.fillText("Loss (log scale)", 8 * fs, 4 * fs + toggle.getHeight() / 2);
        double legendTop = Math.max(toggle.getHeight() + 8 * fs, line);
        double legendBottom = legend(g, 8 * fs, legendTop, w - 16 * fs, line, ink);
        double left = 70 * fs;
        double right = w - 16 * fs;
        double top = legendBottom + 6 * fs;
        double bottom = h - 42 * fs;
        if (bottom - top < 30 || right - left < 30) return;
        Axis x = new Axis(Scale.LINEAR, 0, epochHi(), left, right);
        double[] range = lossRange();
        Axis y = new Axis(Scale.LOG, range[0], range[1], bottom, top);
        g.setFont(font(false));
        g.setLineWidth(1);
        g.setLineDashes((double[]) null);
        g.setTextAlign(TextAlignment.RIGHT);
        for (Axis.Tick t : y.ticks(Math.max(2, (int) ((bottom - top) / (34 * fs))))) {
            double py = snap(y.toPixel(t.value()));
            g.setStroke(grid);
            g.strokeLine(left, py, right, py);
            g.setFill(muted);
            g.fillText(t.label(), left - 8 * fs, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (Axis.Tick t : x.epochTicks(Math.max(2, (int) ((right - left) / (90 * fs))))) {
            double px = snap(x.toPixel(t.value()));
            g.setStroke(grid);
            g.strokeLine(px, top, px, bottom);
            g.setFill(muted);
            g.fillText(t.label(), px, bottom + 14 * fs);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("epoch", right, bottom + 31 * fs);
        g.setStroke(muted);
        g.strokeLine(snap(left), top, snap(left), bottom);
        g.strokeLine(left, snap(bottom), right, snap(bottom));
        boolean any = false;
        // Off-scale values run along the plot's edge: no canvas clip, which would send every later shape through a mask.
        double clipTop = top - 4 * fs;
        double width = right - left;
        for (Series s : series) {
            if (shown != Shown.TRAIN) {
                any |= curve(g, x, y, CurveLine.forWidth(s.test(), width), s.color(), true, clipTop, bottom);
            }
            if (shown != Shown.TEST) {
                any |= curve(g, x, y, CurveLine.forWidth(s.train(), width), s.color(), false, clipTop, bottom);
            }
            if (s.divergedAt() >= 0) cross(g, x, y, s);
        }
        if (!any) {
            g.setFill(muted);
            g.setTextAlign(TextAlignment.CENTER);
            g.setFont(font(false));
            g.fillText("Press Play: every variant's loss is drawn here", (left + right) / 2, (top + bottom) / 2);
        }
    }

    /** Colour keys with each variant's label, then the line styles; wraps into rows. Returns the bottom. */
    private double legend(GraphicsContext g, double x0, double y0, double width, double line, Color ink) {
        Font f = font(false);
        g.setFont(f);
        g.setTextAlign(TextAlignment.LEFT);
        List<String> labels = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        for (Series s : series) {
            labels.add(s.label());
            colors.add(s.color());
            dashed.add(shown == Shown.TEST);
        }
        if (shown == Shown.BOTH) {
            labels.add("training");
            colors.add(ink);
            dashed.add(false);
            labels.add("test");
            colors.add(ink);
            dashed.add(true);
        }
        double key = 26 * fs;
        double x = x0;
        double y = y0 + line / 2;
        for (int i = 0; i < labels.size(); i++) {
            double wItem = key + 6 * fs + TextWidth.of(labels.get(i), f) + 16 * fs;
            if (x > x0 && x + wItem > x0 + width) {
                x = x0;
                y += line;
            }
            g.setStroke(colors.get(i));
            g.setLineWidth(3.5 * fs);
            g.setLineDashes(dashed.get(i) ? new double[] {7 * fs, 5 * fs} : null);
            g.strokeLine(x, y, x + key, y);
            g.setLineDashes((double[]) null);
            g.setFill(ink);
            g.fillText(labels.get(i), x + key + 6 * fs, y);
            x += wItem;
        }
        return y + line / 2;
    }

    private boolean curve(GraphicsContext g, Axis x, Axis y, SeriesView s, Color c, boolean dashed, double top,
                          double bottom) {
        return CurveLine.stroke(g, x, y, 1, s, c, (dashed ? 2.5 : 3) * fs, dashed ? new double[] {8 * fs, 6 * fs} : null,
                3.5 * fs, top, bottom) > 1;
    }

    private void cross(GraphicsContext g, Axis x, Axis y, Series s) {
        double last = s.train().latest();
        for (int i = s.train().size() - 1; i >= 0 && !Double.isFinite(last); i--) last = s.train().mean()[i];
        double px = x.toPixel(s.divergedAt());
        double r = 7 * fs;
        double top = Math.min(y.toPixel(y.lo()), y.toPixel(y.hi()));
        double bottom = Math.max(y.toPixel(y.lo()), y.toPixel(y.hi()));
        double py = Math.clamp(Double.isFinite(last) ? y.toPixel(last) : top, top + r, bottom - r);
        g.setStroke(s.color());
        g.setLineWidth(3 * fs);
        g.strokeLine(px - r, py - r, px + r, py + r);
        g.strokeLine(px - r, py + r, px + r, py - r);
    }

    private long epochHi() {
        long hi = 1;
        for (Series s : series) {
            for (SeriesView v : List.of(s.train(), s.test())) {
                if (!v.isEmpty()) hi = Math.max(hi, v.x1()[v.size() - 1]);
            }
            hi = Math.max(hi, s.divergedAt());
        }
        return hi;
    }

    /**
     * From just under the lowest curve to just over the highest (whole decades when they span more than three), up
     * to a hundred times the largest starting loss: a run blowing up on its way to diverging leaves the axis to the
     * others (its curve leaves the top of the chart).
     */
    private double[] lossRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double start = 0;
        for (Series s : series) {
            for (SeriesView v : List.of(s.train(), s.test())) {
                for (int i = 0; i < v.size(); i++) {
                    if (Double.isFinite(v.mean()[i])) {
                        start = Math.max(start, v.mean()[i]);
                        break;
                    }
                }
            }
        }
        for (Series s : series) {
            for (SeriesView v : List.of(s.train(), s.test())) {
                for (int i = 0; i < v.size(); i++) {
                    double m = v.mean()[i];
                    if (Double.isFinite(m) && m > 0) {
                        lo = Math.min(lo, m);
                        hi = Math.max(hi, m);
                    }
                }
            }
        }
        if (start > 0) hi = Math.min(hi, 100 * start);
        if (lo == Double.POSITIVE_INFINITY) return new double[] {0.01, 1};
        hi = Math.max(lo, hi);
        // a little room around the curves, but not whole decades: differences of a few per cent stay visible
        return hi / lo > 1000 ? Axis.logRange(lo, hi) : new double[] {lo / 1.25, Math.max(hi * 1.25, lo * 2)};
    }

    private static double snap(double v) { return Math.floor(v) + 0.5; }
}
