package org.nnplay.ui.landscape;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A plot rectangle in pixels and the data rectangle it shows; maps between them (y up) and draws the axes with
 * round-number ticks and their labels, sized for a projector.
 */
final class PlotFrame {
    static final Font TICK_FONT = Font.font("System", 15);
    static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 16);
    static final Color INK = Color.web("#1f2430");
    static final Color MUTED = Color.web("#5b6270");

    final double px;
    final double py;
    final double pw;
    final double ph;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;

    PlotFrame(double px, double py, double pw, double ph, double xMin, double xMax, double yMin, double yMax) {
        this.px = px;
        this.py = py;
        this.pw = pw;
        this.ph = ph;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    double toX(double x) { return px + (x - xMin) / (xMax - xMin) * pw; }

    double toY(double y) { return py + ph - (y - yMin) / (yMax - yMin) * ph; }

    double fromX(double sx) { return xMin + (sx - px) / pw * (xMax - xMin); }

    double fromY(double sy) { return yMin + (py + ph - sy) / ph * (yMax - yMin); }

    boolean contains(double sx, double sy) { return sx >= px && sx <= px + pw && sy >= py && sy <= py + ph; }

    /** Ticks and labels below and left of the rectangle; {@code yTicks} may be null for round linear ticks. */
    void drawAxes(GraphicsContext g, String xLabel, String yLabel, List<Double> yTicks, boolean yLog) {
        g.setStroke(INK);
        g.setLineWidth(1.5);
        g.strokeRect(px, py, pw, ph);
        g.setFill(INK);
        g.setFont(TICK_FONT);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : linearTicks(xMin, xMax, pw / 90)) {
            double sx = toX(t);
            g.strokeLine(sx, py + ph, sx, py + ph + 6);
            g.fillText(LossScale.format(t), sx, py + ph + 8);
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        List<Double> ys = yTicks != null ? yTicks : linearTicks(yMin, yMax, ph / 70);
        for (double t : ys) {
            double v = yLog ? Math.log10(t) : t;
            if (v < yMin - 1e-9 || v > yMax + 1e-9) continue;
            double sy = toY(v);
            g.strokeLine(px - 6, sy, px, sy);
            g.fillText(LossScale.format(t), px - 9, sy);
        }
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(xLabel, px + pw / 2, py + ph + 32, Math.max(pw, 10));
        g.save();
        g.translate(px - 62, py + ph / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(yLabel, 0, 0, Math.max(ph, 10));
        g.restore();
    }

    static List<Double> linearTicks(double min, double max, double target) {
        return LossScale.of(min, max, false).ticks((int) Math.max(2, Math.round(target)));
    }
}
