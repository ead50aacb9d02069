package org.nnplay.ui.plot;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints a grid of values into a square image of the plot's size, one pixel at a time: samples at the centres of
 * n × n cells (as {@link org.nnplay.data.Grid} evaluates them) or at n × n points from edge to edge (a loss
 * landscape's), row 0 at the top, interpolated bilinearly (the nearest sample where a neighbour is NaN; the nearest
 * cell for class indices), coloured through a {@link HeatScale}'s table. Keeps the last image and returns it
 * unchanged while nothing it depends on changed, so a redraw for another reason (a resize of the legend, a hover)
 * costs nothing. One per image shown; FX thread.
 */
public final class HeatPainter {
    /** Where a grid's n × n values sit in the plot. */
    public enum Samples {
        /** At the centres of n × n cells. */
        CELL_CENTRES,
        /** At n × n points, the first and last on the plot's edges. */
        EDGE_TO_EDGE
    }

    private WritableImage image;
    private int[] pixels = new int[0];
    private int[] col0 = new int[0];
    private double[] colFrac = new double[0];
    private double[] lastGrid;
    private GridMode lastMode;
    private HeatScale lastColours;
    private Samples lastSamples;
    private boolean lastDiscrete;
    private int lastSide;
    private long paints;

    /** Values in [0, 1] (NaN: none there), coloured by {@code colours}, into a side × side image. */
    public WritableImage paint(double[] grid, int n, Samples samples, HeatScale colours, int side) {
        return paint(grid, n, samples, GridMode.PROBABILITY, false, colours, side);
    }

    /** A decision-boundary grid (cell centres) as its mode says, in the palette's colours. */
    WritableImage paint(double[] grid, int n, GridMode mode, boolean discrete, Palette palette, int side) {
        return paint(grid, n, Samples.CELL_CENTRES, mode, discrete, palette, side);
    }

    private WritableImage paint(double[] grid, int n, Samples samples, GridMode mode, boolean discrete,
                                HeatScale colours, int side) {
        if (image != null && grid == lastGrid && mode == lastMode && colours == lastColours && discrete == lastDiscrete
                && side == lastSide && samples == lastSamples) {
            return image;
        }
        if (image == null || (int) image.getWidth() != side) {
            image = new WritableImage(side, side);
            pixels = new int[side * side];
            col0 = new int[side];
            colFrac = new double[side];
        }
        boolean centres = samples == Samples.CELL_CENTRES;
        for (int p = 0; p < side; p++) {
            double g = Math.clamp(centres ? (p + 0.5) / side * n - 0.5 : (p + 0.5) / side * (n - 1), 0, n - 1);
            int c = Math.min((int) g, n - 2);
            col0[p] = Math.max(c, 0);
            colFrac[p] = n < 2 ? 0 : g - col0[p];
        }
        if (mode == GridMode.CLASSES && colours instanceof Palette palette) paintClasses(grid, n, palette, side);
        else paintSmooth(grid, n, mode, discrete, colours, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
        lastGrid = grid;
        lastMode = mode;
        lastColours = colours;
        lastSamples = samples;
        lastDiscrete = discrete;
        lastSide = side;
        paints++;
        return image;
    }

    private void paintSmooth(double[] grid, int n, GridMode mode, boolean discrete, HeatScale colours, int side) {
        boolean signed = mode != GridMode.PROBABILITY;
        int step = n < 2 ? 0 : 1;
        for (int py = 0; py < side; py++) {
            int r0 = col0[py];
            double fy = colFrac[py];
            int row = r0 * n;
            int next = row + step * n;
            int out = py * side;
            for (int px = 0; px < side; px++) {
                int c0 = col0[px];
                double fx = colFrac[px];
                int i = row + c0;
                int j = next + c0;
                double top = grid[i] + (grid[i + step] - grid[i]) * fx;
                double bottom = grid[j] + (grid[j + step] - grid[j]) * fx;
                double v = top + (bottom - top) * fy;
                if (v != v) v = grid[(fy < 0.5 ? row : next) + c0 + (fx < 0.5 ? 0 : step)];
                double p = signed ? (v + 1) / 2 : v;
                if (discrete) p = p >= 0.5 ? 1 : 0;
                pixels[out + px] = colours.heatArgb(p);
            }
        }
    }

    private void paintClasses(double[] grid, int n, Palette palette, int side) {
        int[] tints = new int[16];
        for (int k = 0; k < tints.length; k++) tints[k] = palette.classTintArgb(k);
        for (int py = 0; py < side; py++) {
            int r = Math.min((int) ((py + 0.5) / side * n), n - 1);
            int out = py * side;
            for (int px = 0; px < side; px++) {
                int c = Math.min((int) ((px + 0.5) / side * n), n - 1);
                int k = (int) Math.round(grid[r * n + c]);
                pixels[out + px] = tints[Math.clamp(k, 0, tints.length - 1)];
            }
        }
    }

    /** How many times pixels were computed (for tests: unchanged grids must not repaint). */
    public long paints() { return paints; }
}
