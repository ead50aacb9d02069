package org.nnplay.ui.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.nnplay.data.DataSet;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;

/** Draws the data points: training points filled with a dark outline, test points as a coloured ring on white. */
final class PointPainter {
    private static final Color OUTLINE = Color.web("#111111");

    void draw(GraphicsContext g, PlotFrame frame, DataSet data, Palette palette, boolean showTest, double scale) {
        double r = Math.clamp(frame.side() / 100, 4, 8) * Math.max(1, scale * 0.85);
        g.save();
        g.beginPath();
        g.rect(frame.left(), frame.top(), frame.side(), frame.side());
        g.clip();
        if (showTest) {
            double ring = Math.max(2.5, r * 0.55);
            double inner = r - ring / 2 - 0.5;
            for (Sample s : data.test()) {
                double x = frame.toX(s.x1());
                double y = frame.toY(s.x2());
                g.setFill(Color.WHITE);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(OUTLINE);
                g.setLineWidth(1);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(colorOf(s, data, palette));
                g.setLineWidth(ring);
                g.strokeOval(x - inner, y - inner, 2 * inner, 2 * inner);
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

    static Color colorOf(Sample s, DataSet data, Palette palette) {
        return data.type() == ProblemType.REGRESSION ? palette.valueColor(data.scaling().y().toNetwork(s.y()))
                : palette.classColor(s.label());
    }
}
