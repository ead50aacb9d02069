package org.nnplay.ui.landscape;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.nnplay.training.landscape.LandscapeGrid;

/** Paints a grid as a smooth heat map (bilinear between grid points, one colour per pixel) with its contour lines. */
final class HeatmapPainter {
    static final int CONTOUR_LEVELS = 10;

    private HeatmapPainter() {}

    /** The loss at fractional grid coordinates (gx along α, gy along β), bilinear; nearest where a corner is not finite. */
    static double sample(double[] v, int n, double gx, double gy) {
        gx = Math.max(0, Math.min(n - 1, gx));
        gy = Math.max(0, Math.min(n - 1, gy));
        int i = Math.min((int) gx, n - 2);
        int j = Math.min((int) gy, n - 2);
        double fx = gx - i;
        double fy = gy - j;
        double a = v[j * n + i];
        double b = v[j * n + i + 1];
        double c = v[(j + 1) * n + i + 1];
        double d = v[(j + 1) * n + i];
        if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
            int ni = (int) Math.round(gx);
            int nj = (int) Math.round(gy);
            return v[nj * n + ni];
        }
        return (a * (1 - fx) + b * fx) * (1 - fy) + (d * (1 - fx) + c * fx) * fy;
    }

    /** A w × h image of the grid, row 0 at the top (β max). */
    static WritableImage raster(LandscapeGrid grid, LossScale scale, int w, int h) {
        double[] v = grid.losses();
        int n = grid.n();
        int[] px = new int[w * h];
        for (int y = 0; y < h; y++) {
            double gy = (n - 1) * (1 - (y + 0.5) / h);
            for (int x = 0; x < w; x++) {
                double gx = (n - 1) * (x + 0.5) / w;
                px[y * w + x] = ColorMap.argb(scale.unit(sample(v, n, gx, gy)));
            }
        }
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return img;
    }

    /** Iso-lines at {@link #CONTOUR_LEVELS} levels of the scale, thin and translucent white over the colours. */
    static void contours(GraphicsContext g, LandscapeGrid grid, LossScale scale, PlotFrame f) {
        double[] v = grid.losses();
        int n = grid.n();
        double sx = f.pw / (n - 1);
        double sy = f.ph / (n - 1);
        g.save();
        g.beginPath();
        g.rect(f.px, f.py, f.pw, f.ph);
        g.clip();
        g.setLineWidth(1.2);
        for (double level : scale.levels(CONTOUR_LEVELS)) {
            double t = scale.unit(level);
            g.setStroke(t > 0.6 ? Color.rgb(30, 20, 60, 0.55) : Color.rgb(255, 255, 255, 0.6));
            List<Contours.Segment> segs = Contours.trace(v, n, level);
            g.beginPath();
            for (Contours.Segment s : segs) {
                g.moveTo(f.px + s.x1() * sx, f.py + f.ph - s.y1() * sy);
                g.lineTo(f.px + s.x2() * sx, f.py + f.ph - s.y2() * sy);
            }
            g.stroke();
        }
        g.restore();
    }
}
