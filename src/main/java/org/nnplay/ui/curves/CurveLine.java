package org.nnplay.ui.curves;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.nnplay.training.SeriesView;

/** A learning curve's line: through the bucket means of a series, broken where a bucket has no finite value. */
public final class CurveLine {
    private CurveLine() {}

    /** At most one bucket per this many pixels is drawn: more would cost the renderer without showing more. */
    public static final double PIXELS_PER_BUCKET = 3;

    /** {@code s} with buckets merged so that each is about {@link #PIXELS_PER_BUCKET} pixels wide or wider. */
    public static SeriesView forWidth(SeriesView s, double pixels) {
        int room = (int) Math.max(2, pixels / PIXELS_PER_BUCKET);
        return s.coarsen((s.size() + room - 1) / room);
    }

    /**
     * Strokes the line ({@code dashes} null: solid) with a dot of radius {@code dot} on its last point; values are
     * multiplied by {@code factor} before {@code y} maps them, and every point's y is kept within [{@code top},
     * {@code bottom}] (an off-scale value runs along the edge) instead of clipping the canvas, which would make the
     * software renderer draw every later shape through a mask. Returns how many points it went through.
     */
    public static int stroke(GraphicsContext g, Axis x, Axis y, double factor, SeriesView s, Color c, double width,
                             double[] dashes, double dot, double top, double bottom) {
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
            double py = y.toPixel(v * factor);
            if (Double.isNaN(py)) {
                pen = false;
                continue;
            }
            lastX = x.toPixel((s.x0()[i] + s.x1()[i]) / 2.0);
            lastY = Math.clamp(py, top, bottom);
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
