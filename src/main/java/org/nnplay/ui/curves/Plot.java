package org.nnplay.ui.curves;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;
import org.nnplay.training.TrainingEvent;

/**
 * Where everything goes for one size of the view: the shared epoch axis, the loss panel and, when shown, the
 * accuracy (or R² for regression) panel below it, each with its y axis. Pure geometry from the history.
 */
record Plot(double width, double height, double fontScale, double left, double right, double laneTop, Axis x,
            List<Panel> panels, boolean legendRow) {

    /** A rectangle of the view with a y axis and the two metrics drawn in it (training solid, test dashed). */
    record Panel(String title, Metric train, Metric test, double factor, double top, double bottom, Axis y) {
        boolean contains(double py) { return py >= top && py <= bottom; }
    }

    static final double LEGEND = 30;
    static final double LANE = 22;
    static final double TOP = 6;
    static final double BOTTOM = 32;
    static final double GAP = 14;
    /** The loss panel's share of the panels' height when the accuracy panel is shown (4 : 3). */
    static final double LOSS_SHARE = 4.0 / 7;
    /** The least height (at font scale 1) the accuracy panel is drawn in; below it only the loss is shown. */
    static final double MIN_PANEL = 20;

    double top() { return panels.getFirst().top(); }

    double bottom() { return panels.getLast().bottom(); }

    boolean inside(double px, double py) { return px >= left && px <= right && py >= laneTop && py <= bottom(); }

    static Plot plan(HistoryView h, double width, double height, Scale scale, boolean showAccuracy, double fs) {
        return plan(h, width, height, scale, showAccuracy, fs, true);
    }

    /**
     * The plan for one size; {@code legendRow} false leaves out the row of the training/test key at the top (a
     * header beside the view shows it), and the events' key goes to the right end of the markers' lane.
     */
    static Plot plan(HistoryView h, double width, double height, Scale scale, boolean showAccuracy, double fs,
                     boolean legendRow) {
        double left = 92 * fs;
        double right = width - 24 * fs;
        double laneTop = TOP * fs + (legendRow ? LEGEND * fs : 0);
        double top = laneTop + LANE * fs;
        double bottom = height - BOTTOM * fs;
        boolean regression = h.get(Metric.TRAIN_ACCURACY).isEmpty() && !h.get(Metric.TRAIN_R2).isEmpty();
        double gap = GAP * fs;
        // Too short for two readable panels (a small screen in presentation mode): the loss alone.
        showAccuracy &= (bottom - top - gap) * (1 - LOSS_SHARE) >= MIN_PANEL * fs;
        double lossBottom = showAccuracy ? top + (bottom - top - gap) * LOSS_SHARE : bottom;
        Axis x = new Axis(Scale.LINEAR, epochLo(h), epochHi(h), left, right);
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel(scale == Scale.LOG ? "Loss (log scale)" : "Loss", Metric.TRAIN_LOSS, Metric.TEST_LOSS, 1,
                top, lossBottom, lossAxis(h, scale, lossBottom, top, fs)));
        if (showAccuracy) {
            double t = lossBottom + gap;
            Axis y = regression ? r2Axis(h, bottom, t) : new Axis(Scale.LINEAR, 0, 100, bottom, t);
            panels.add(regression
                    ? new Panel("R²", Metric.TRAIN_R2, Metric.TEST_R2, 1, t, bottom, y)
                    : new Panel("Accuracy %", Metric.TRAIN_ACCURACY, Metric.TEST_ACCURACY, 100, t, bottom, y));
        }
        return new Plot(width, height, fs, left, right, laneTop, x, panels, legendRow);
    }

    /** The view's height at which the loss panel gets {@code loss} px and the accuracy panel {@code accuracy} px. */
    static double heightFor(double loss, double accuracy, double fs, boolean legendRow) {
        double panels = accuracy > 0 ? Math.max(loss / LOSS_SHARE, accuracy / (1 - LOSS_SHARE)) + GAP * fs : loss;
        return panels + (TOP + LANE + BOTTOM + (legendRow ? LEGEND : 0)) * fs;
    }

    int yTicks(Panel p) { return Math.max(2, (int) ((p.bottom() - p.top()) / (38 * fontScale))); }

    int xTicks() { return Math.max(2, (int) ((right - left) / (110 * fontScale))); }

    private static Axis lossAxis(HistoryView h, Scale scale, double p0, double p1, double fs) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double positive = Double.POSITIVE_INFINITY;
        for (Metric m : List.of(Metric.TRAIN_LOSS, Metric.TEST_LOSS)) {
            SeriesView s = h.get(m);
            for (int i = 0; i < s.size(); i++) {
                for (double v : new double[] {s.min()[i], s.max()[i]}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                        if (v > 0) {
                            positive = Math.min(positive, v);
                        }
                    }
                }
            }
        }
        if (scale == Scale.LOG) {
            double[] r = positive == Double.POSITIVE_INFINITY ? new double[] {0.01, 1} : Axis.logRange(positive, hi);
            return new Axis(Scale.LOG, r[0], r[1], p0, p1);
        }
        if (lo > hi) {
            return new Axis(Scale.LINEAR, 0, 1, p0, p1);
        }
        int ticks = Math.max(2, (int) ((p0 - p1) / (38 * fs)));
        double[] r = Axis.niceRange(Math.min(0, lo), hi, ticks);
        return new Axis(Scale.LINEAR, r[0], r[1], p0, p1);
    }

    private static Axis r2Axis(HistoryView h, double p0, double p1) {
        double a = h.get(Metric.TRAIN_R2).overallMin();
        double b = h.get(Metric.TEST_R2).overallMin();
        double lo = Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
        double floor = Double.isNaN(lo) || lo >= 0 ? 0 : Math.max(-1, Math.floor(lo * 4) / 4);
        return new Axis(Scale.LINEAR, floor, 1, p0, p1);
    }

    private static long epochLo(HistoryView h) {
        long lo = Long.MAX_VALUE;
        for (SeriesView s : h.series().values()) {
            if (!s.isEmpty()) {
                lo = Math.min(lo, s.x0()[0]);
            }
        }
        for (TrainingEvent e : h.events()) {
            lo = Math.min(lo, e.epoch());
        }
        return lo == Long.MAX_VALUE ? 0 : lo;
    }

    private static long epochHi(HistoryView h) {
        long hi = epochLo(h) + 1;
        for (SeriesView s : h.series().values()) {
            if (!s.isEmpty()) {
                hi = Math.max(hi, s.x1()[s.size() - 1]);
            }
        }
        for (TrainingEvent e : h.events()) {
            hi = Math.max(hi, e.epoch());
        }
        return hi;
    }
}
