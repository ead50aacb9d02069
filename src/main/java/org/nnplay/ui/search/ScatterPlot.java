package org.nnplay.ui.search;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.search.LogRange;
import org.nnplay.training.search.Strategy;
import org.nnplay.training.search.TrialResult;

/**
 * Test loss against learning rate, both on log scales: the picture of scene 15. Too small a rate and the loss has
 * hardly moved, too large and it diverges (a red × in the band at the top, since it has no loss to plot); the valley
 * between is where the next, finer round should look. Random trials are blue circles, grid trials orange squares,
 * the best trial is ringed. Drawn on a canvas at projector size: 15 px tick labels, 16 px axis titles.
 */
final class ScatterPlot extends Region {
    static final double LEFT = 84;
    static final double RIGHT = 24;
    static final double TOP = 78;
    static final double BOTTOM = 64;
    static final double BAND = 34;
    private static final Font TICK = Font.font(15);
    private static final Font TITLE = Font.font(null, FontWeight.BOLD, 16);

    private final Canvas canvas = new Canvas();
    private List<TrialResult> results = List.of();
    private TrialResult best;
    private LogRange range = LogRange.LECTURE_LEARNING_RATE;
    private PlotTheme theme = PlotTheme.LIGHT;

    ScatterPlot() {
        setId("search-plot");
        getChildren().add(canvas);
        setMinSize(360, 280);
        setPrefSize(640, 460);
    }

    /** Shows these trials over the learning-rate range searched (the axis also widens to any trial outside it). */
    void show(List<TrialResult> trials, TrialResult bestTrial, LogRange searched) {
        this.results = List.copyOf(trials);
        this.best = bestTrial;
        this.range = searched;
        draw();
    }

    void setDark(boolean dark) {
        theme = PlotTheme.of(dark);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    /** The x-axis as ln(learning rate): the range searched and every trial, with a little room at the ends. */
    double[] xDomain() {
        double lo = range.lo();
        double hi = range.hi();
        for (TrialResult r : results) {
            lo = Math.min(lo, Math.log(r.trial().learningRate()));
            hi = Math.max(hi, Math.log(r.trial().learningRate()));
        }
        double pad = Math.max(0.05, 0.04 * (hi - lo));
        return new double[] {lo - pad, hi + pad};
    }

    /** The y-axis as log10(test loss) over the trials that have one; one decade around it when they all agree. */
    double[] yDomain() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrialResult r : results) {
            double v = r.rankingLoss();
            if (Double.isFinite(v) && v > 0) {
                lo = Math.min(lo, Math.log10(v));
                hi = Math.max(hi, Math.log10(v));
            }
        }
        if (lo > hi) return new double[] {-2, 0};
        if (hi - lo < 0.3) {
            double mid = (lo + hi) / 2;
            return new double[] {mid - 0.5, mid + 0.5};
        }
        double pad = 0.06 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }

    double xOf(double learningRate) {
        double[] d = xDomain();
        return LEFT + (Math.log(learningRate) - d[0]) / (d[1] - d[0]) * (canvas.getWidth() - LEFT - RIGHT);
    }

    /** Pixel y of a trial: its test loss in the plot area, or the middle of the band on top when it diverged. */
    double yOf(TrialResult r) {
        if (r.diverged() || !(r.rankingLoss() > 0) || !Double.isFinite(r.rankingLoss())) return TOP - BAND / 2;
        double[] d = yDomain();
        double h = canvas.getHeight() - TOP - BOTTOM;
        return TOP + h - (Math.log10(r.rankingLoss()) - d[0]) / (d[1] - d[0]) * h;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 10 || h < 10) return;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        g.setFill(theme.divergedBand());
        g.fillRect(LEFT, TOP - BAND, w - LEFT - RIGHT, BAND - 6);
        g.setFill(theme.diverged());
        g.setFont(TICK);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("diverged", LEFT - 8, TOP - BAND / 2);
        axes(g, w, h);
        for (TrialResult r : results) marker(g, r);
        if (best != null) ring(g, best);
        legend(g, w);
    }

    private void axes(GraphicsContext g, double w, double h) {
        double[] xd = xDomain();
        double[] yd = yDomain();
        g.setLineWidth(1);
        g.setFont(TICK);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v : LogTicks.between(Math.exp(xd[0]), Math.exp(xd[1]))) {
            double x = xOf(v);
            g.setStroke(theme.grid());
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.setFill(theme.text());
            g.fillText(LogTicks.label(v), x, h - BOTTOM + 8);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        double plotH = h - TOP - BOTTOM;
        for (double v : LogTicks.between(Math.pow(10, yd[0]), Math.pow(10, yd[1]))) {
            double y = TOP + plotH - (Math.log10(v) - yd[0]) / (yd[1] - yd[0]) * plotH;
            g.setStroke(theme.grid());
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.setFill(theme.text());
            g.fillText(LogTicks.label(v), LEFT - 8, y);
        }
        g.setStroke(theme.axis());
        g.setLineWidth(1.5);
        g.strokeLine(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM);
        g.strokeLine(LEFT, TOP, LEFT, h - BOTTOM);
        g.setFill(theme.text());
        g.setFont(TITLE);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("learning rate (log scale)", LEFT + (w - LEFT - RIGHT) / 2, h - 6);
        g.save();
        g.translate(18, TOP + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("test loss (log scale)", 0, 0);
        g.restore();
    }

    private void marker(GraphicsContext g, TrialResult r) {
        double x = xOf(r.trial().learningRate());
        double y = yOf(r);
        if (r.diverged()) {
            g.setStroke(theme.diverged());
            g.setLineWidth(3);
            g.strokeLine(x - 7, y - 7, x + 7, y + 7);
            g.strokeLine(x - 7, y + 7, x + 7, y - 7);
            return;
        }
        shape(g, r.trial().strategy(), x, y);
    }

    private void shape(GraphicsContext g, Strategy s, double x, double y) {
        g.setStroke(theme.background());
        g.setLineWidth(1.5);
        if (s == Strategy.RANDOM) {
            g.setFill(theme.random());
            g.fillOval(x - 7, y - 7, 14, 14);
            g.strokeOval(x - 7, y - 7, 14, 14);
        } else {
            g.setFill(theme.gridTrial());
            g.fillRect(x - 6.5, y - 6.5, 13, 13);
            g.strokeRect(x - 6.5, y - 6.5, 13, 13);
        }
    }

    private void ring(GraphicsContext g, TrialResult r) {
        double x = xOf(r.trial().learningRate());
        double y = yOf(r);
        g.setStroke(theme.text());
        g.setLineWidth(3);
        g.strokeOval(x - 14, y - 14, 28, 28);
        g.setFill(theme.text());
        g.setFont(TITLE);
        g.setTextAlign(x > canvas.getWidth() - 160 ? TextAlignment.RIGHT : TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double dx = x > canvas.getWidth() - 160 ? -20 : 20;
        double dy = y > canvas.getHeight() - BOTTOM - 40 ? -24 : 24; // keep clear of the x-axis labels
        g.fillText("best: " + LogTicks.value(r.trial().learningRate()), x + dx, y + dy);
    }

    /** One row above the plot: random ●, grid ■, diverged ×, best ◯. */
    private void legend(GraphicsContext g, double w) {
        double y = 18;
        double x = LEFT;
        g.setFont(TICK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        x = entry(g, x, y, "random", () -> shape(g, Strategy.RANDOM, 0, 0));
        x = entry(g, x, y, "grid", () -> shape(g, Strategy.GRID, 0, 0));
        x = entry(g, x, y, "diverged", () -> {
            g.setStroke(theme.diverged());
            g.setLineWidth(3);
            g.strokeLine(-7, -7, 7, 7);
            g.strokeLine(-7, 7, 7, -7);
        });
        entry(g, x, y, "best", () -> {
            g.setStroke(theme.text());
            g.setLineWidth(3);
            g.strokeOval(-9, -9, 18, 18);
        });
    }

    private double entry(GraphicsContext g, double x, double y, String text, Runnable icon) {
        g.save();
        g.translate(x + 9, y);
        icon.run();
        g.restore();
        g.setFill(theme.text());
        g.setFont(TICK);
        g.fillText(text, x + 24, y);
        return x + 24 + text.length() * 8.5 + 26;
    }

    /** Test access: the colour the canvas shows at a pixel. */
    Color colorAt(int x, int y) {
        return canvas.snapshot(null, null).getPixelReader().getColor(x, y);
    }
}
