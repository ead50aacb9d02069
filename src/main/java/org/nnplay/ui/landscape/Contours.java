package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Marching squares: the iso-lines of an n × n grid (values[j·n + i], i along x, j along y) at a given level, as
 * line segments in grid coordinates (x = i, y = j, fractional). Each cell's four corners are classified above /
 * below the level; the crossing points on its edges are found by linear interpolation. The two ambiguous saddle
 * cases are resolved with the cell-centre average. Cells with a non-finite corner are skipped.
 */
public final class Contours {
    /** One piece of an iso-line, from (x1, y1) to (x2, y2) in grid coordinates. */
    public record Segment(double x1, double y1, double x2, double y2) {}

    private Contours() {}

    public static List<Segment> trace(double[] values, int n, double level) {
        if (values.length != n * n) {
            throw new IllegalArgumentException("contours: " + values.length + " values for " + n + " × " + n);
        }
        List<Segment> out = new ArrayList<>();
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                double a = values[j * n + i];           // (i, j)       bottom-left
                double b = values[j * n + i + 1];       // (i+1, j)     bottom-right
                double c = values[(j + 1) * n + i + 1]; // (i+1, j+1)   top-right
                double d = values[(j + 1) * n + i];     // (i, j+1)     top-left
                if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(d)) {
                    continue;
                }
                int code = (a > level ? 1 : 0) | (b > level ? 2 : 0) | (c > level ? 4 : 0) | (d > level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                // crossing points on the four edges: bottom (a-b), right (b-c), top (d-c), left (a-d)
                double bx = i + t(a, b, level), by = j;
                double rx = i + 1, ry = j + t(b, c, level);
                double tx = i + t(d, c, level), ty = j + 1;
                double lx = i, ly = j + t(a, d, level);
                switch (code) {
                    case 1, 14 -> out.add(new Segment(lx, ly, bx, by));
                    case 2, 13 -> out.add(new Segment(bx, by, rx, ry));
                    case 3, 12 -> out.add(new Segment(lx, ly, rx, ry));
                    case 4, 11 -> out.add(new Segment(rx, ry, tx, ty));
                    case 6, 9 -> out.add(new Segment(bx, by, tx, ty));
                    case 7, 8 -> out.add(new Segment(lx, ly, tx, ty));
                    case 5, 10 -> {
                        boolean centreAbove = (a + b + c + d) / 4 > level;
                        // code 5: a and c above. With the centre above they join, so cut off b's and d's corners.
                        if ((code == 5) == centreAbove) {
                            out.add(new Segment(bx, by, rx, ry));
                            out.add(new Segment(lx, ly, tx, ty));
                        } else {
                            out.add(new Segment(lx, ly, bx, by));
                            out.add(new Segment(rx, ry, tx, ty));
                        }
                    }
                    default -> { }
                }
            }
        }
        return out;
    }

    private static double t(double p, double q, double level) {
        double d = q - p;
        return d == 0 ? 0.5 : Math.max(0, Math.min(1, (level - p) / d));
    }
}
