package org.nnplay.ui.landscape;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.landscape.PathPoint;

/**
 * Draws what moves over the heat map. Every line has a dark halo under it so it reads on both ends of the colour
 * map; path points are filled with the colour of their own recorded loss on the map's scale.
 */
final class OverlayPainter {
    private static final Color HALO = Color.rgb(15, 15, 25, 0.85);
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, 15);

    private final GraphicsContext g;
    private final PlotFrame f;
    private final LossScale scale;

    OverlayPainter(GraphicsContext g, PlotFrame f, LossScale scale) {
        this.g = g;
        this.f = f;
        this.scale = scale;
    }

    void path(List<PathPoint> path) {
        if (path.isEmpty()) {
            return;
        }
        polyline(path, Color.WHITE, 2.5);
        double r = path.size() > 80 ? 4.5 : 6;
        for (PathPoint p : path) {
            double x = f.toX(p.alpha());
            double y = f.toY(p.beta());
            g.setFill(HALO);
            g.fillOval(x - r - 2.5, y - r - 2.5, 2 * r + 5, 2 * r + 5);
            dot(p.alpha(), p.beta(), r, ColorMap.color(scale.unit(p.loss())), Color.WHITE, 1.5);
        }
        PathPoint s = path.get(0);
        dot(s.alpha(), s.beta(), 7, ColorMap.color(scale.unit(s.loss())), Color.WHITE, 2.5);
        label("start", f.toX(s.alpha()) + 10, f.toY(s.beta()) - 10, Color.WHITE);
    }

    void current(PathPoint p) {
        double x = f.toX(p.alpha());
        double y = f.toY(p.beta());
        g.setFill(HALO);
        g.fillOval(x - 13, y - 13, 26, 26);
        dot(p.alpha(), p.beta(), 10, ColorMap.color(scale.unit(p.loss())), Color.WHITE, 3);
        g.setStroke(Color.web("#ff2d55"));
        g.setLineWidth(2.5);
        g.strokeOval(x - 14, y - 14, 28, 28);
        label("now " + LossScale.format(p.loss()), x + 17, y + 16, Color.WHITE);
    }

    void race(RaceTrace r) {
        polyline(r.path(), r.color(), 3);
        PathPoint end = r.path().get(r.path().size() - 1);
        double x = f.toX(end.alpha());
        double y = f.toY(end.beta());
        if (r.diverged()) {
            g.setLineCap(StrokeLineCap.ROUND);
            for (double[] w : new double[][] {{6, HALO.getOpacity()}, {3, 1}}) {
                g.setStroke(w[1] < 1 ? HALO : r.color());
                g.setLineWidth(w[0]);
                g.strokeLine(x - 7, y - 7, x + 7, y + 7);
                g.strokeLine(x - 7, y + 7, x + 7, y - 7);
            }
        } else {
            g.setFill(r.color());
            g.setStroke(HALO);
            g.setLineWidth(2);
            g.fillOval(x - 6, y - 6, 12, 12);
            g.strokeOval(x - 6, y - 6, 12, 12);
        }
    }

    void start(double a, double b) {
        double x = f.toX(a);
        double y = f.toY(b);
        g.setStroke(HALO);
        g.setLineWidth(5);
        g.strokeOval(x - 9, y - 9, 18, 18);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        g.strokeOval(x - 9, y - 9, 18, 18);
        g.strokeLine(x - 14, y, x - 4, y);
        g.strokeLine(x + 4, y, x + 14, y);
        g.strokeLine(x, y - 14, x, y - 4);
        g.strokeLine(x, y + 4, x, y + 14);
    }

    void hover(double a, double b, double loss) {
        double x = f.toX(a);
        double y = f.toY(b);
        g.setStroke(HALO);
        g.setLineWidth(4);
        g.strokeOval(x - 7, y - 7, 14, 14);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(x - 7, y - 7, 14, 14);
        String text = String.format(Locale.ROOT, "loss %s  (%s, %s)", LossScale.format(loss), LossScale.format(a),
                LossScale.format(b));
        g.setFont(LABEL);
        double tw = text.length() * 8.6 + 14;
        double bx = Math.min(x + 14, f.px + f.pw - tw - 4);
        double by = y + 14 + 26 > f.py + f.ph ? y - 40 : y + 14;
        g.setFill(Color.rgb(20, 22, 30, 0.85));
        g.fillRoundRect(bx, by, tw, 26, 8, 8);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, bx + 7, by + 13);
    }

    private void polyline(List<PathPoint> pts, Color c, double width) {
        if (pts.size() < 2) {
            return;
        }
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? HALO : c);
            g.setLineWidth(pass == 0 ? width + 3 : width);
            g.beginPath();
            g.moveTo(f.toX(pts.get(0).alpha()), f.toY(pts.get(0).beta()));
            for (int k = 1; k < pts.size(); k++) {
                PathPoint p = pts.get(k);
                if (Double.isFinite(p.alpha()) && Double.isFinite(p.beta())) {
                    g.lineTo(f.toX(p.alpha()), f.toY(p.beta()));
                }
            }
            g.stroke();
        }
    }

    private void dot(double a, double b, double r, Color fill, Color ring, double ringWidth) {
        double x = f.toX(a);
        double y = f.toY(b);
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(ring);
        g.setLineWidth(ringWidth);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void label(String text, double x, double y, Color c) {
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(HALO);
        g.setLineWidth(3.5);
        g.strokeText(text, x, y);
        g.setFill(c);
        g.fillText(text, x, y);
    }
}
