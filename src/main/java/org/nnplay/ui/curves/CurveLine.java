package org.nnplay.ui.curves;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.nnplay.training.SeriesView;

/** A learning curve's line: through the bucket means of a series, broken where a bucket has no finite value. */
public final class CurveLine {
    private CurveLine() {}

    /**
     * Strokes the line ({@code dashes} null: solid) with a dot of radius {@code dot} on its last point; values are
     * multiplied by {@code factor} before {@code y} maps them. Returns how many points it went through.
     */
    public static int stroke(GraphicsContext g, Axis x, Axis y, double factor, SeriesView s, Color c, double width,
                             double[] dashes, double dot) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes(dashes);
        g.beginPath();
        boolean pen = false;
        int points = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < s.size(); i++) {
            double v = s.mean()[i];
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            lastX = x.toPixel((s.x0()[i] + s.x1()[i]) / 2.0);
            lastY = y.toPixel(v * factor);
            if (pen) {
                g.lineTo(lastX, lastY);
            } else {
                g.moveTo(lastX, lastY);
                pen = true;
            }
            points++;
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        if (points > 0) {
            g.setFill(c);
            g.fillOval(lastX - dot, lastY - dot, 2 * dot, 2 * dot);
        }
        return points;
    }
}
