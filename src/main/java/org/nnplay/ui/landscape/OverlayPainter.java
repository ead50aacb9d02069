package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.ui.TextWidth;
import org.nnplay.ui.plot.PlotFrame;
import org.nnplay.ui.plot.TextBox;

/**
 * Draws what moves over the heat map. Every line has a dark halo under it so it reads on both ends of the colour
 * map; path points are filled with the colour of their own recorded loss on the map's scale. Marks and type grow
 * with the frame's scale; the labels drawn are kept in {@link #texts()}.
 */
final class OverlayPainter {
    private static final Color HALO = Color.rgb(15, 15, 25, 0.85);

    private final GraphicsContext g;
    private final PlotFrame f;
    private final LossScale scale;
    private final double fs;
    private final List<TextBox> texts = new ArrayList<>();

    OverlayPainter(GraphicsContext g, PlotFrame f, LossScale scale) {
        this.g = g;
        this.f = f;
        this.scale = scale;
        this.fs = f.scale();
    }

    List<TextBox> texts() { return texts; }

    void path(List<PathPoint> path) {
        if (path.isEmpty()) {
            return;
        }
        polyline(path, Color.WHITE, 2.5 * fs);
        double r = (path.size() > 80 ? 4.5 : 6) * fs;
        for (PathPoint p : path) {
            double x = f.toX(p.alpha());
            double y = f.toY(p.beta());
            g.setFill(HALO);
            g.fillOval(x - r - 2.5 * fs, y - r - 2.5 * fs, 2 * r + 5 * fs, 2 * r + 5 * fs);
            dot(p.alpha(), p.beta(), r, ColorMap.color(scale.unit(p.loss())), Color.WHITE, 1.5 * fs);
        }
        PathPoint s = path.get(0);
        dot(s.alpha(), s.beta(), 7 * fs, ColorMap.color(scale.unit(s.loss())), Color.WHITE, 2.5 * fs);
        label("start", f.toX(s.alpha()), f.toY(s.beta()), 10, -10);
    }

    void current(PathPoint p) {
        double x = f.toX(p.alpha());
        double y = f.toY(p.beta());
        g.setFill(HALO);
        g.fillOval(x - 13 * fs, y - 13 * fs, 26 * fs, 26 * fs);
        dot(p.alpha(), p.beta(), 10 * fs, ColorMap.color(scale.unit(p.loss())), Color.WHITE, 3 * fs);
        g.setStroke(Color.web("#ff2d55"));
        g.setLineWidth(2.5 * fs);
        g.strokeOval(x - 14 * fs, y - 14 * fs, 28 * fs, 28 * fs);
        label("now " + LossScale.format(p.loss()), x, y, 17, 16);
    }

    void race(RaceTrace r) {
        polyline(r.path(), r.color(), 3 * fs);
        PathPoint end = r.path().get(r.path().size() - 1);
        double x = f.toX(end.alpha());
        double y = f.toY(end.beta());
        if (r.diverged()) {
            g.setLineCap(StrokeLineCap.ROUND);
            double d = 7 * fs;
            for (double[] w : new double[][] {{6, HALO.getOpacity()}, {3, 1}}) {
                g.setStroke(w[1] < 1 ? HALO : r.color());
                g.setLineWidth(w[0] * fs);
                g.strokeLine(x - d, y - d, x + d, y + d);
                g.strokeLine(x - d, y + d, x + d, y - d);
            }
        } else {
            double d = 6 * fs;
            g.setFill(r.color());
            g.setStroke(HALO);
            g.setLineWidth(2 * fs);
            g.fillOval(x - d, y - d, 2 * d, 2 * d);
            g.strokeOval(x - d, y - d, 2 * d, 2 * d);
        }
    }

    void start(double a, double b) {
        double x = f.toX(a);
        double y = f.toY(b);
        ring(x, y, 9, 2.5);
        g.strokeLine(x - 14 * fs, y, x - 4 * fs, y);
        g.strokeLine(x + 4 * fs, y, x + 14 * fs, y);
        g.strokeLine(x, y - 14 * fs, x, y - 4 * fs);
        g.strokeLine(x, y + 4 * fs, x, y + 14 * fs);
    }

    void hover(double a, double b, double loss) {
        double x = f.toX(a);
        double y = f.toY(b);
        ring(x, y, 7, 2);
        String text = String.format(Locale.ROOT, "loss %s  (%s, %s)", LossScale.format(loss), LossScale.format(a),
                LossScale.format(b));
        g.setFont(Style.bold(fs));
        double tw = TextWidth.of(text, g.getFont()) + 14 * fs;
        double th = TextBox.lineHeight(g.getFont()) + 8 * fs;
        double bx = Math.max(f.left() + 4, Math.min(x + 14 * fs, f.right() - tw - 4));
        double by = y + 14 * fs + th > f.bottom() ? y - 14 * fs - th : y + 14 * fs;
        g.setFill(Color.rgb(20, 22, 30, 0.85));
        g.fillRoundRect(bx, by, tw, th, 8 * fs, 8 * fs);
        g.setFill(Color.WHITE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        texts.add(TextBox.fill(g, text, bx + 7 * fs, by + th / 2));
    }

    /** A white ring of radius {@code r} and line {@code width} (design pixels) on a dark halo; leaves white stroking. */
    private void ring(double x, double y, double r, double width) {
        double rr = r * fs;
        g.setStroke(HALO);
        g.setLineWidth((width * 2) * fs);
        g.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
        g.setStroke(Color.WHITE);
        g.setLineWidth(width * fs);
        g.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
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

    /**
     * A white label (dx, dy) design pixels from a mark at (x, y), moved to the mark's other side where it would leave
     * the plot.
     */
    private void label(String text, double x, double y, double dx, double dy) {
        g.setFont(Style.bold(fs));
        double w = TextWidth.of(text, g.getFont());
        double h = TextBox.lineHeight(g.getFont());
        double lx = x + dx * fs + w > f.right() - 2 ? x - dx * fs - w : x + dx * fs;
        lx = Math.max(f.left() + 2, Math.min(lx, f.right() - 2 - w));
        double ly = y + dy * fs;
        if (ly - h / 2 < f.top() + 2 || ly + h / 2 > f.bottom() - 2) ly = y - dy * fs;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(HALO);
        g.setLineWidth(3.5 * fs);
        g.strokeText(text, lx, ly);
        g.setFill(Color.WHITE);
        texts.add(TextBox.fill(g, text, lx, ly));
    }
}
