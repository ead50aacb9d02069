package org.nnplay.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;
import org.nnplay.training.TrainingEvent;

/** What the hover shows: the crosshair, and the values of the bucket under the pointer as text. */
final class Readout {
    private static final int MAX_EVENTS = 4;

    private Readout() {}

    /** The bucket containing {@code epoch}, else the nearest one; -1 for an empty series. */
    static int bucketAt(SeriesView s, double epoch) {
        int n = s.size();
        if (n == 0) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.x0()[mid] <= epoch) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (epoch > s.x1()[lo] && lo + 1 < n && s.x0()[lo + 1] - epoch < epoch - s.x1()[lo]) {
            return lo + 1;
        }
        return lo;
    }

    /**
     * The readout at {@code epoch}: the epoch range of the training-loss bucket there, each metric's mean in its
     * bucket (with the bucket's min–max when they differ), and the events within {@code tolerance} epochs.
     */
    static String text(HistoryView h, double epoch, double tolerance) {
        SeriesView primary = h.get(Metric.TRAIN_LOSS);
        int b = bucketAt(primary, epoch);
        long from = b < 0 ? Math.round(epoch) : primary.x0()[b];
        long to = b < 0 ? from : primary.x1()[b];
        StringBuilder sb = new StringBuilder(from == to ? String.format(Locale.ROOT, "Epoch %,d", from)
                : String.format(Locale.ROOT, "Epochs %,d – %,d", from, to));
        row(sb, h, Metric.TRAIN_LOSS, "Training loss", epoch, 1, "");
        row(sb, h, Metric.TEST_LOSS, "Test loss", epoch, 1, "");
        row(sb, h, Metric.TRAIN_ACCURACY, "Training acc.", epoch, 100, "%");
        row(sb, h, Metric.TEST_ACCURACY, "Test accuracy", epoch, 100, "%");
        row(sb, h, Metric.TRAIN_RMSE, "Training RMSE", epoch, 1, "");
        row(sb, h, Metric.TEST_RMSE, "Test RMSE", epoch, 1, "");
        row(sb, h, Metric.TRAIN_R2, "Training R²", epoch, 1, "");
        row(sb, h, Metric.TEST_R2, "Test R²", epoch, 1, "");
        if (Plot.rateVaries(h)) {
            row(sb, h, Metric.LEARNING_RATE, "Learning rate", epoch, 1, "");
        }
        List<TrainingEvent> near = new ArrayList<>();
        for (TrainingEvent e : h.events()) {
            if (e.epoch() >= Math.min(from, epoch - tolerance) && e.epoch() <= Math.max(to, epoch + tolerance)) {
                near.add(e);
            }
        }
        for (int i = 0; i < Math.min(MAX_EVENTS, near.size()); i++) {
            TrainingEvent e = near.get(i);
            sb.append(String.format(Locale.ROOT, "%n%s  epoch %,d: %s", CurveTheme.letter(e.kind()), e.epoch(), e.message()));
        }
        if (near.size() > MAX_EVENTS) {
            sb.append(String.format(Locale.ROOT, "%n   … and %d more events", near.size() - MAX_EVENTS));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, HistoryView h, Metric m, String label, double epoch, double factor,
                            String unit) {
        SeriesView s = h.get(m);
        int b = bucketAt(s, epoch);
        if (b < 0) {
            return;
        }
        sb.append(String.format(Locale.ROOT, "%n%-14s %s", label, value(s.mean()[b], factor, unit)));
        String lo = value(s.min()[b], factor, unit);
        String hi = value(s.max()[b], factor, unit);
        double spread = Math.abs(s.max()[b] - s.min()[b]);
        if (!lo.equals(hi) && spread > 0.005 * Math.max(Math.abs(s.min()[b]), Math.abs(s.max()[b]))) {
            sb.append("   (").append(lo).append(" – ").append(hi).append(')');
        }
    }

    static String value(double v, double factor, String unit) {
        if (unit.equals("%") && Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.1f%%", v * factor);
        }
        return Axis.formatValue(v * factor) + unit;
    }

    /** Crosshair at (mx, my), a faint column over the hovered bucket and a dot on each curve there. */
    static void paint(GraphicsContext g, Plot p, HistoryView h, CurveTheme t, double mx, double my) {
        double fs = p.fontScale();
        double epoch = p.x().toValue(mx);
        SeriesView primary = h.get(Metric.TRAIN_LOSS);
        int b = bucketAt(primary, epoch);
        if (b >= 0) {
            double a0 = p.x().toPixel(primary.x0()[b]);
            double a1 = p.x().toPixel(primary.x1()[b]);
            if (a1 - a0 >= 2) {
                g.setFill(t.text().deriveColor(0, 1, 1, 0.08));
                g.fillRect(a0, p.top(), a1 - a0, p.bottom() - p.top());
            }
        }
        g.setStroke(t.text().deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        double x = CurvesPainter.snap(mx);
        g.strokeLine(x, p.top(), x, p.bottom());
        for (Plot.Panel panel : p.panels()) {
            if (panel.contains(my)) {
                double y = CurvesPainter.snap(my);
                g.strokeLine(p.left(), y, p.right(), y);
            }
        }
        g.setLineDashes((double[]) null);
        for (Plot.Panel panel : p.panels()) {
            dot(g, p, panel, Plot.series(h, panel.test()), epoch, t.test(), t.background(), fs);
            dot(g, p, panel, h.get(panel.train()), epoch, panel.test() == null ? t.text() : t.train(), t.background(), fs);
        }
    }

    private static void dot(GraphicsContext g, Plot p, Plot.Panel panel, SeriesView s, double epoch, Color c,
                            Color ring, double fs) {
        int b = bucketAt(s, epoch);
        if (b < 0 || !Double.isFinite(s.mean()[b])) {
            return;
        }
        double x = p.x().toPixel((s.x0()[b] + s.x1()[b]) / 2.0);
        double y = panel.y().toPixel(s.mean()[b] * panel.factor());
        if (y < panel.top() || y > panel.bottom()) {
            return;
        }
        double r = 5.5 * fs;
        g.setFill(ring);
        g.fillOval(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
        g.setFill(c);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }
}
