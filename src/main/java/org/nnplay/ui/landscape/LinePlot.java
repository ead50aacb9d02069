package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.nnplay.data.Domain;
import org.nnplay.training.landscape.LineInterpolation;
import org.nnplay.ui.TextWidth;
import org.nnplay.ui.plot.PlotFrame;
import org.nnplay.ui.plot.TextBox;

/**
 * The 1-D cut: the loss on the straight line θ(t) = (1 − t)·θ₀ + t·θ₁ from the initial weights (t = 0) to the
 * current ones (t = 1), a little beyond both ends. The curve is coloured by its loss on the same colour map as the
 * heat map, in the shared {@link PlotFrame} filling the view. Reports hover and clicks as t.
 */
final class LinePlot extends Region {
    private final Canvas canvas = new Canvas();
    private LineInterpolation line;
    private boolean log;
    private PlotFrame frame;
    private Double hoverT;
    private String message = "Computing the line…";
    private double fontScale = 1;
    private List<TextBox> texts = List.of();
    private Consumer<Double> onHover = t -> {};
    private Runnable onExit = () -> {};
    private Consumer<Double> onClick = t -> {};

    LinePlot() {
        getStyleClass().add("landscape-line");
        canvas.setId("landscape-line-canvas");
        getChildren().add(canvas);
        canvas.setOnMouseMoved(e -> pointer(e.getX(), e.getY(), false));
        canvas.setOnMouseExited(e -> { hoverT = null; paint(); onExit.run(); });
        canvas.setOnMouseClicked(e -> pointer(e.getX(), e.getY(), true));
        setMinSize(200, 200);
        setPrefSize(640, 600);
    }

    void setOnHover(Consumer<Double> h) { onHover = h; }

    void setOnExit(Runnable r) { onExit = r; }

    void setOnClick(Consumer<Double> c) { onClick = c; }

    void setLine(LineInterpolation l, boolean logScale) {
        line = l;
        log = logScale;
        message = null;
        paint();
    }

    void setMessage(String m) {
        message = m;
        line = null;
        paint();
    }

    LineInterpolation line() { return line; }

    void setFontScale(double s) {
        fontScale = s;
        paint();
    }

    /** The plot's rectangle (null without a line). */
    PlotFrame frame() { return frame; }

    /** What the last paint wrote, in this view's coordinates. */
    List<TextBox> texts() { return texts; }

    private void pointer(double x, double y, boolean click) {
        if (frame == null || !frame.contains(x, y)) return;
        double t = frame.fromX(x);
        hoverT = t;
        paint();
        if (click) onClick.accept(t); else onHover.accept(t);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(Math.floor(getWidth()));
            canvas.setHeight(Math.floor(getHeight()));
            paint();
        }
    }

    private double y(double loss, double floor) { return log ? Math.log10(Math.max(loss, floor)) : loss; }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double fs = fontScale;
        g.clearRect(0, 0, w, h);
        frame = null;
        List<TextBox> out = new ArrayList<>();
        texts = out;
        if (line == null) {
            g.setFill(Style.MUTED);
            g.setFont(Style.bold(fs));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String note = TextBox.fit(message == null ? "" : message, g.getFont(), w - 16 * fs);
            out.add(TextBox.fill(g, note, w / 2, h / 2));
            return;
        }
        double[] ts = line.alphas();
        double[] ls = line.losses();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : ls) {
            if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        }
        LossScale scale = LossScale.of(lo, hi, log);
        double floor = scale.min();
        double yMin = y(scale.min(), floor);
        double yMax = y(scale.max(), floor);
        double pad = (yMax - yMin) * 0.06;
        double bottom = log ? yMin : Math.max(0, yMin - pad);
        frame = PlotFrame.fill(w, h, new Domain(ts[0], ts[ts.length - 1], bottom, yMax + pad), fs);
        if (frame.width() < 20 || frame.height() < 20) { frame = null; return; }
        g.setFill(Color.web("#f4f5f8"));
        g.fillRect(frame.left(), frame.top(), frame.width(), frame.height());
        String across = "t   (0 = initial weights, 1 = now)";
        String up = log ? "loss (log scale)" : "loss";
        out.addAll(log ? frame.drawAxes(g, Style.INK, across, up, logTicks(scale))
                : frame.drawAxes(g, Style.INK, across, up));
        g.setLineDashes(6 * fs, 6 * fs);
        g.setStroke(Style.MUTED);
        g.setLineWidth(1.5 * fs);
        for (double t : new double[] {0, 1}) {
            g.strokeLine(frame.toX(t), frame.top(), frame.toX(t), frame.bottom());
        }
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            g.setLineWidth((pass == 0 ? 7 : 4) * fs);
            for (int k = 1; k < ts.length; k++) {
                if (!Double.isFinite(ls[k - 1]) || !Double.isFinite(ls[k])) continue;
                g.setStroke(pass == 0 ? Color.rgb(20, 20, 30, 0.8) : ColorMap.color(scale.unit((ls[k - 1] + ls[k]) / 2)));
                g.strokeLine(frame.toX(ts[k - 1]), frame.toY(y(ls[k - 1], floor)), frame.toX(ts[k]), frame.toY(y(ls[k], floor)));
            }
        }
        marker(g, ts, ls, 0, "initial", floor);
        marker(g, ts, ls, 1, "now", floor);
        if (hoverT != null) {
            int k = (int) Math.round((hoverT - ts[0]) / (ts[ts.length - 1] - ts[0]) * (ts.length - 1));
            k = Math.max(0, Math.min(ts.length - 1, k));
            g.setStroke(Style.INK);
            g.setLineWidth(fs);
            g.strokeLine(frame.toX(hoverT), frame.top(), frame.toX(hoverT), frame.bottom());
            label(g, "t = " + LossScale.format(ts[k]) + "   loss " + LossScale.format(ls[k]), frame.toX(hoverT),
                    frame.top() + 16 * fs);
        }
    }

    private void marker(GraphicsContext g, double[] ts, double[] ls, double t, String name, double floor) {
        int k = (int) Math.round((t - ts[0]) / (ts[ts.length - 1] - ts[0]) * (ts.length - 1));
        if (k < 0 || k >= ts.length || !Double.isFinite(ls[k])) return;
        double x = frame.toX(ts[k]);
        double y = frame.toY(y(ls[k], floor));
        double r = 8 * fontScale;
        g.setFill(t == 1 ? Color.web("#ff2d55") : Color.WHITE);
        g.setStroke(Style.INK);
        g.setLineWidth(2.5 * fontScale);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        label(g, name + "  " + LossScale.format(ls[k]), x, y - 18 * fontScale);
    }

    /** A label starting 12 px right of {@code x}, or ending left of it where it would leave the plot. */
    private void label(GraphicsContext g, String s, double x, double y) {
        double fs = fontScale;
        g.setFont(Style.bold(fs));
        double w = TextWidth.of(s, g.getFont());
        double lx = x + 12 * fs + w > frame.right() - 2 ? x - 12 * fs - w : x + 12 * fs;
        lx = Math.max(frame.left() + 2, Math.min(lx, frame.right() - 2 - w));
        double ly = Math.max(frame.top() + TextBox.lineHeight(g.getFont()) / 2 + 2, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Style.INK);
        texts.add(TextBox.fill(g, s, lx, ly));
    }

    private static List<PlotFrame.Tick> logTicks(LossScale s) {
        List<Double> t = new ArrayList<>(s.ticks(5));
        if (t.size() < 2) {
            t.clear();
            t.add(s.min());
            t.add(s.max());
        }
        List<PlotFrame.Tick> out = new ArrayList<>();
        for (double v : t) out.add(new PlotFrame.Tick(Math.log10(v), LossScale.format(v)));
        return out;
    }
}
