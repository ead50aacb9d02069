package org.nnplay.ui.curves;

import java.util.EnumSet;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.HistoryView;
import org.nnplay.training.SeriesView;
import org.nnplay.training.TrainingEvent;

/**
 * Draws a {@link Plot} on a canvas: grid and ticks, event markers, and per series a min/max band over each bucket
 * (so a one-epoch spike in a bucket of thousands stays visible) under a line through the bucket means.
 * The cost depends on the number of buckets (≤ 512 per series), never on the number of epochs.
 */
final class CurvesPainter {
    private CurvesPainter() {}

    static Font font(double fs, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, 14 * fs);
    }

    static void paint(GraphicsContext g, Plot p, HistoryView h, CurveTheme t) {
        double fs = p.fontScale();
        g.setFill(t.background());
        g.fillRect(0, 0, p.width(), p.height());
        g.setFont(font(fs, false));
        g.setTextBaseline(VPos.CENTER);
        for (Plot.Panel panel : p.panels()) {
            grid(g, p, panel, t);
        }
        xLabels(g, p, t);
        markers(g, p, h, t);
        boolean empty = true;
        for (Plot.Panel panel : p.panels()) {
            empty &= h.get(panel.train()).isEmpty() && Plot.series(h, panel.test()).isEmpty();
            Clip clip = new Clip(p.left(), p.right() + 8 * fs, panel.top() - 6 * fs, panel.bottom());
            series(g, p.x(), panel, clip, Plot.series(h, panel.test()), t.test(), true, fs);
            series(g, p.x(), panel, clip, h.get(panel.train()), panel.test() == null ? t.text() : t.train(), false, fs);
            title(g, p, panel, t, h.get(panel.train()).latest());
        }
        if (p.legendRow()) legend(g, p, h, t);
        else eventKey(g, p, h, t);
        if (empty) {
            g.setFill(t.muted());
            g.setFont(font(fs * 1.2, false));
            g.setTextAlign(TextAlignment.CENTER);
            Plot.Panel first = p.panels().getFirst();
            g.fillText("No training yet: press Play to draw the learning curves", (p.left() + p.right()) / 2,
                    (first.top() + first.bottom()) / 2);
        }
    }

    private static void grid(GraphicsContext g, Plot p, Plot.Panel panel, CurveTheme t) {
        double fs = p.fontScale();
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        for (Axis.Tick tick : panel.y().ticks(p.yTicks(panel))) {
            double y = snap(panel.y().toPixel(tick.value()));
            g.setStroke(t.grid());
            g.strokeLine(p.left(), y, p.right(), y);
            g.setFill(t.muted());
            g.fillText(tick.label(), p.left() - 8 * fs, y);
        }
        g.setStroke(t.grid());
        for (Axis.Tick tick : p.x().epochTicks(p.xTicks())) {
            double x = snap(p.x().toPixel(tick.value()));
            g.strokeLine(x, panel.top(), x, panel.bottom());
        }
        g.setStroke(t.axis());
        g.strokeLine(snap(p.left()), panel.top(), snap(p.left()), panel.bottom());
        g.strokeLine(p.left(), snap(panel.bottom()), p.right(), snap(panel.bottom()));
    }

    private static void xLabels(GraphicsContext g, Plot p, CurveTheme t) {
        double fs = p.fontScale();
        double y = p.bottom() + 16 * fs;
        g.setFill(t.muted());
        g.setTextAlign(TextAlignment.CENTER);
        for (Axis.Tick tick : p.x().epochTicks(p.xTicks())) {
            g.fillText(tick.label(), p.x().toPixel(tick.value()), y);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("epoch", p.left() - 8 * fs, y);
    }

    /**
     * The panel's name, rotated, in the left margin beside its tick labels; when the panel is too short for that
     * (a small window, presentation mode), level, in the plot's right-hand corner away from where the training curve
     * ends ({@code latest}): at the bottom under an accuracy near 100 %, at the top over a loss near 0, so the name
     * never covers the line it names (in the top-left corner it hid an accuracy of 100 % from epoch 0 on).
     */
    private static void title(GraphicsContext g, Plot p, Plot.Panel panel, CurveTheme t, double latest) {
        double fs = p.fontScale();
        Font bold = font(fs, true);
        double length = textWidth(panel.title(), bold);
        g.save();
        g.setFont(bold);
        g.setFill(t.text());
        if (length + 8 * fs <= panel.bottom() - panel.top()) {
            g.translate(13 * fs, (panel.top() + panel.bottom()) / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(panel.title(), 0, 0);
        } else {
            double end = Double.isFinite(latest) ? panel.y().toPixel(latest * panel.factor()) : panel.bottom();
            boolean bottom = end < (panel.top() + panel.bottom()) / 2;
            double x = p.right() - 10 * fs - length;
            double y = bottom ? panel.bottom() - 11 * fs : panel.top() + 9 * fs;
            g.setFill(t.background().deriveColor(0, 1, 1, 0.85));
            g.fillRect(x - 3 * fs, y - 9 * fs, length + 6 * fs, 18 * fs);
            g.setFill(t.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(panel.title(), x, y);
        }
        g.restore();
        g.setFont(font(fs, false));
    }

    /**
     * Where a panel's curves may draw. The painter keeps them inside by clamping coordinates, not with the canvas's
     * clip: a clip makes every later shape go through a mask, which cost the software renderer 13 ms of a 18 ms
     * redraw at 1280 × 800 in presentation mode ({@code CurvesSpeed}).
     */
    record Clip(double left, double right, double top, double bottom) {
        double x(double v) { return Math.clamp(v, left, right); }

        double y(double v) { return Math.clamp(v, top, bottom); }
    }

    /**
     * A series: its min–max band over each bucket (so a one-epoch spike in a bucket of thousands stays visible) under
     * the line through the bucket means, both kept inside {@code clip}.
     */
    private static void series(GraphicsContext g, Axis x, Plot.Panel panel, Clip clip, SeriesView all, Color c,
                               boolean dashed, double fs) {
        SeriesView s = CurveLine.forWidth(all, clip.right() - clip.left());
        g.setFill(c.deriveColor(0, 1, 1, 0.28));
        g.setStroke(c.deriveColor(0, 1, 1, 0.7));
        g.setLineWidth(fs);
        g.setLineDashes((double[]) null);
        int n = s.size();
        double[] px = new double[4 * n];
        double[] py = new double[4 * n];
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && Double.isFinite(s.max()[i]) && Double.isFinite(s.min()[i])) {
                i++;
            }
            int k = i - start;
            for (int j = 0; j < k; j++) {
                int b = start + j;
                double a0 = x.toPixel(s.x0()[b]);
                double a1 = x.toPixel(s.x1()[b]);
                double mid = (a0 + a1) / 2;
                double half = Math.max(a1 - a0, 2 * fs) / 2;
                double top = y(clip, panel, s.max()[b]);
                double bottom = y(clip, panel, s.min()[b]);
                double left = clip.x(mid - half);
                double right = clip.x(mid + half);
                px[2 * j] = left;
                px[2 * j + 1] = right;
                py[2 * j] = top;
                py[2 * j + 1] = top;
                px[4 * k - 1 - 2 * j] = left;
                px[4 * k - 2 - 2 * j] = right;
                py[4 * k - 1 - 2 * j] = bottom;
                py[4 * k - 2 - 2 * j] = bottom;
            }
            if (k > 0) {
                g.fillPolygon(px, py, 4 * k);
                g.strokePolygon(px, py, 4 * k);
            }
            i++;
        }
        CurveLine.stroke(g, x, panel.y(), panel.factor(), s, c, 2.75 * fs, dashed ? new double[] {9 * fs, 6 * fs} : null,
                4 * fs, clip.top(), clip.bottom());
    }

    /** A value's pixel row inside the clip (a value the axis cannot map, such as a negative one on a log axis: its bottom). */
    private static double y(Clip clip, Plot.Panel panel, double v) {
        double p = panel.y().toPixel(v * panel.factor());
        return Double.isNaN(p) ? clip.bottom() : clip.y(p);
    }

    private static void markers(GraphicsContext g, Plot p, HistoryView h, CurveTheme t) {
        double fs = p.fontScale();
        double r = 9 * fs;
        double cy = p.laneTop() + Plot.LANE * fs / 2;
        g.setFont(font(fs * 0.93, true));
        g.setTextAlign(TextAlignment.CENTER);
        for (TrainingEvent e : h.events()) {
            double x = snap(p.x().toPixel(e.epoch()));
            if (x < p.left() - 1 || x > p.right() + 1) {
                continue;
            }
            Color c = t.marker(e.kind());
            g.setStroke(c.deriveColor(0, 1, 1, 0.75));
            g.setLineWidth(e.kind() == TrainingEvent.Kind.DIVERGED ? 2 : 1);
            g.strokeLine(x, cy + r, x, p.bottom());
            g.setFill(c);
            g.fillOval(x - r, cy - r, 2 * r, 2 * r);
            g.setFill(ink(c));
            g.fillText(CurveTheme.letter(e.kind()), x, cy + 0.5);
        }
        g.setFont(font(fs, false));
    }

    private static void legend(GraphicsContext g, Plot p, HistoryView h, CurveTheme t) {
        double fs = p.fontScale();
        double y = 8 * fs + Plot.LEGEND * fs / 2;
        double x = p.left();
        g.setTextAlign(TextAlignment.LEFT);
        x = legendLine(g, x, y, t.train(), false, "Training", fs, t);
        x = legendLine(g, x + 22 * fs, y, t.test(), true, "Test", fs, t);
        Set<TrainingEvent.Kind> kinds = EnumSet.noneOf(TrainingEvent.Kind.class);
        h.events().forEach(e -> kinds.add(e.kind()));
        x += 22 * fs;
        for (TrainingEvent.Kind k : kinds) {
            double r = 8 * fs;
            g.setFill(t.marker(k));
            g.fillOval(x, y - r, 2 * r, 2 * r);
            g.setFill(ink(t.marker(k)));
            g.setFont(font(fs * 0.93, true));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(CurveTheme.letter(k), x + r, y + 0.5);
            g.setFont(font(fs, false));
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(t.muted());
            String name = CurveTheme.name(k);
            g.fillText(name, x + 2 * r + 5 * fs, y);
            x += 2 * r + 5 * fs + textWidth(name, font(fs, false)) + 16 * fs;
        }
        SeriesView s = h.get(p.panels().getFirst().train());
        if (s.width() > 1) {
            int mid = s.size() / 2;
            String band = String.format("band: min–max of each ≈%,d epochs", s.x1()[mid] - s.x0()[mid] + 1);
            if (x + textWidth(band, font(fs, false)) + 10 * fs < p.right()) {
                g.setTextAlign(TextAlignment.RIGHT);
                g.setFill(t.muted());
                g.fillText(band, p.right(), y);
            }
        }
    }

    /** Without the legend row: the events' key (a marker and its name each) at the right end of the markers' lane. */
    private static void eventKey(GraphicsContext g, Plot p, HistoryView h, CurveTheme t) {
        double fs = p.fontScale();
        double y = p.laneTop() + Plot.LANE * fs / 2;
        Set<TrainingEvent.Kind> kinds = EnumSet.noneOf(TrainingEvent.Kind.class);
        h.events().forEach(e -> kinds.add(e.kind()));
        double x = p.right();
        double r = 8 * fs;
        Font plain = font(fs, false);
        for (TrainingEvent.Kind k : kinds) {
            String name = CurveTheme.name(k);
            x -= textWidth(name, plain) + 2 * r + 5 * fs;
            if (x < p.left()) break;
            g.setFill(t.background());
            g.fillRect(x - 4 * fs, y - r - 1, textWidth(name, plain) + 2 * r + 9 * fs, 2 * r + 2);
            g.setFill(t.marker(k));
            g.fillOval(x, y - r, 2 * r, 2 * r);
            g.setFill(ink(t.marker(k)));
            g.setFont(font(fs * 0.93, true));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(CurveTheme.letter(k), x + r, y + 0.5);
            g.setFont(plain);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(t.muted());
            g.fillText(name, x + 2 * r + 5 * fs, y);
            x -= 14 * fs;
        }
    }

    private static double legendLine(GraphicsContext g, double x, double y, Color c, boolean dashed, String label,
                                     double fs, CurveTheme t) {
        g.setStroke(c);
        g.setLineWidth(3 * fs);
        g.setLineDashes(dashed ? new double[] {8 * fs, 5 * fs} : null);
        g.strokeLine(x, y, x + 34 * fs, y);
        g.setLineDashes((double[]) null);
        g.setFill(t.text());
        g.fillText(label, x + 42 * fs, y);
        return x + 42 * fs + textWidth(label, font(fs, false));
    }

    static double textWidth(String s, Font f) { return org.nnplay.ui.TextWidth.of(s, f); }

    /** Black or white, whichever reads better on {@code c}. */
    static Color ink(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() > 0.6 ? Color.BLACK : Color.WHITE;
    }

    static double snap(double v) { return Math.floor(v) + 0.5; }
}
