package org.nnplay.ui.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.nnplay.data.DataSet;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;

/**
 * Draws the data points: training points as filled discs with a dark outline, test points as hollow diamonds (a
 * thick outline in the class's colour on white), so the two differ in shape and fill, not only in a thin detail,
 * and can be told apart from the back of a lecture hall.
 */
final class PointPainter {
    private static final Color OUTLINE = Color.web("#111111");

    void draw(GraphicsContext g, PlotFrame frame, DataSet data, Palette palette, boolean showTest, double scale) {
        double r = Math.clamp(frame.side() / 100, 4, 8) * Math.max(1, scale * 0.85);
        g.save();
        g.beginPath();
        g.rect(frame.left(), frame.top(), frame.side(), frame.side());
        g.clip();
        if (showTest) {
            for (Sample s : data.test()) {
                testMark(g, frame.toX(s.x1()), frame.toY(s.x2()), r, colorOf(s, data, palette));
            }
        }
        g.setLineWidth(1.2 * Math.max(1, scale * 0.85));
        g.setStroke(OUTLINE);
        for (Sample s : data.train()) {
            double x = frame.toX(s.x1());
            double y = frame.toY(s.x2());
            g.setFill(colorOf(s, data, palette));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    /** A test point: a diamond, white inside, outlined thickly in {@code color} and thinly in dark ink. */
    static void testMark(GraphicsContext g, double x, double y, double r, Color color) {
        double d = r * 1.35;
        double[] xs = {x, x + d, x, x - d};
        double[] ys = {y - d, y, y + d, y};
        g.setFill(Color.WHITE);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(color);
        g.setLineWidth(Math.max(2.5, r * 0.5));
        g.strokePolygon(xs, ys, 4);
        g.setStroke(OUTLINE);
        g.setLineWidth(0.8);
        double o = d + Math.max(2.5, r * 0.5) / 2 * 1.41;
        g.strokePolygon(new double[] {x, x + o, x, x - o}, new double[] {y - o, y, y + o, y}, 4);
    }

    static Color colorOf(Sample s, DataSet data, Palette palette) {
        return data.type() == ProblemType.REGRESSION ? palette.valueColor(data.scaling().y().toNetwork(s.y()))
                : palette.classColor(s.label());
    }
}
