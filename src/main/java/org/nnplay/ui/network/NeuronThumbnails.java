package org.nnplay.ui.network;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.nnplay.data.Domain;
import org.nnplay.data.Feature;
import org.nnplay.training.Snapshot.NeuronGrids;
import org.nnplay.ui.network.NetworkLayout.Box;

/**
 * Writes neuron outputs over the plane into square thumbnails, pixel by pixel (nearest grid cell, row 0 at the top),
 * through a colour scale. The pixel and index buffers grow to the largest thumbnail and are reused, so a frame
 * allocates nothing.
 */
final class NeuronThumbnails {
    private static final PixelFormat<java.nio.IntBuffer> ARGB = PixelFormat.getIntArgbInstance();
    private int[] pixels = new int[0];
    private int[] cells = new int[0];

    /**
     * Draws {@code gain · v + offset} of neuron {@code neuron} of grid layer {@code layer} into {@code box}
     * (a sigmoid output in [0, 1] reads on the [-1, 1] scale with gain 2 and offset −1).
     */
    void draw(PixelWriter out, Box box, NeuronGrids grids, int layer, int neuron, double gain, double offset,
              ColorScale scale) {
        draw(out, box, grids.layers()[layer], grids.n(), grids.widths()[layer], neuron, gain, offset, scale);
    }

    /** The same from a raw grid: {@code values[cell * width + neuron]}, cell = row · n + col. */
    void draw(PixelWriter out, Box box, double[] values, int n, int width, int neuron, double gain, double offset,
              ColorScale scale) {
        int size = (int) box.size();
        if (size <= 0) {
            return; // a zero-sized pixel write breaks the whole scene's rendering
        }
        ensure(size);
        for (int p = 0; p < size; p++) {
            cells[p] = Math.min(n - 1, (int) ((p + 0.5) * n / size));
        }
        for (int py = 0; py < size; py++) {
            int rowBase = cells[py] * n, line = py * size;
            for (int px = 0; px < size; px++) {
                double v = values[(rowBase + cells[px]) * width + neuron];
                pixels[line + px] = scale.argb(gain * v + offset);
            }
        }
        out.setPixels((int) box.x(), (int) box.y(), size, size, ARGB, pixels, 0, size);
    }

    /** Fills a box with one colour (no grids yet). */
    void fill(PixelWriter out, Box box, int argb) {
        int size = (int) box.size();
        if (size <= 0) {
            return;
        }
        ensure(size);
        java.util.Arrays.fill(pixels, 0, size * size, argb);
        out.setPixels((int) box.x(), (int) box.y(), size, size, ARGB, pixels, 0, size);
    }

    private void ensure(int size) {
        if (pixels.length < size * size) {
            pixels = new int[size * size];
        }
        if (cells.length < size) {
            cells = new int[size];
        }
    }

    /**
     * A feature over the domain as a {@code n × n} image, divided by its largest magnitude there so that it spans
     * the scale (x1 runs red to green left to right, x1² white to green).
     */
    static WritableImage feature(Feature f, Domain d, int n, ColorScale scale) {
        double[] v = new double[n * n];
        double max = 1e-12;
        for (int row = 0; row < n; row++) {
            double x2 = d.x2Max() - (row + 0.5) / n * d.height();
            for (int col = 0; col < n; col++) {
                double x1 = d.x1Min() + (col + 0.5) / n * d.width();
                double y = f.apply(x1, x2);
                v[row * n + col] = y;
                max = Math.max(max, Math.abs(y));
            }
        }
        WritableImage img = new WritableImage(n, n);
        int[] px = new int[n * n];
        for (int i = 0; i < px.length; i++) {
            px[i] = scale.argb(v[i] / max);
        }
        img.getPixelWriter().setPixels(0, 0, n, n, ARGB, px, 0, n);
        return img;
    }
}
