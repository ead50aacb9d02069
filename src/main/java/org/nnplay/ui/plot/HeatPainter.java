package org.nnplay.ui.plot;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints a grid of values into an image of the plot's size, one pixel at a time: cell-centred samples (as
 * {@link org.nnplay.data.Grid} evaluates them), interpolated bilinearly between centres (nearest cell for class
 * indices), coloured through the palette's 256-step table. Keeps the last image and returns it unchanged while
 * nothing it depends on changed, so a redraw for another reason (a resize of the legend, a hover) costs nothing.
 */
final class HeatPainter {
    private WritableImage image;
    private int[] pixels = new int[0];
    private int[] col0 = new int[0];
    private double[] colFrac = new double[0];
    private double[] lastGrid;
    private GridMode lastMode;
    private Palette lastPalette;
    private boolean lastDiscrete;
    private int lastSide;
    private long paints;

    WritableImage paint(double[] grid, int n, GridMode mode, boolean discrete, Palette palette, int side) {
        if (image != null && grid == lastGrid && mode == lastMode && palette == lastPalette && discrete == lastDiscrete
                && side == lastSide) {
            return image;
        }
        if (image == null || (int) image.getWidth() != side) {
            image = new WritableImage(side, side);
            pixels = new int[side * side];
            col0 = new int[side];
            colFrac = new double[side];
        }
        for (int p = 0; p < side; p++) {
            double g = Math.clamp((p + 0.5) / side * n - 0.5, 0, n - 1);
            int c = Math.min((int) g, n - 2);
            col0[p] = Math.max(c, 0);
            colFrac[p] = n < 2 ? 0 : g - col0[p];
        }
        if (mode == GridMode.CLASSES) paintClasses(grid, n, palette, side);
        else paintSmooth(grid, n, mode, discrete, palette, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
        lastGrid = grid;
        lastMode = mode;
        lastPalette = palette;
        lastDiscrete = discrete;
        lastSide = side;
        paints++;
        return image;
    }

    private void paintSmooth(double[] grid, int n, GridMode mode, boolean discrete, Palette palette, int side) {
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
                double p = signed ? (v + 1) / 2 : v;
                if (discrete) p = p >= 0.5 ? 1 : 0;
                pixels[out + px] = palette.heatArgb(p);
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
    long paints() { return paints; }
}
