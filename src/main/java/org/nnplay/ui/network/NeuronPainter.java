package org.nnplay.ui.network;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import org.nnplay.training.Snapshot;
import org.nnplay.training.Snapshot.NeuronGrids;
import org.nnplay.ui.network.NetworkLayout.Box;
import org.nnplay.ui.network.NetworkLayout.NeuronRef;

/**
 * Draws the hidden and output neurons: each a thumbnail of its output over the plane (hidden values as they are,
 * clamped to [-1, 1]; the output through {@code gain · v + offset}, so a probability spans the scale), a thin border,
 * and a ring round the hovered one. Without fitting grids a neuron is a light grey square; a single output neuron
 * falls back to the snapshot's boundary.
 */
final class NeuronPainter {
    private Ink ink = Ink.LIGHT;
    private final NeuronThumbnails thumbnails = new NeuronThumbnails();

    void setInk(Ink i) { ink = i; }

    void paint(GraphicsContext g, PixelWriter pixels, NetworkLayout layout, Snapshot snapshot, double gain,
               double offset, ColorScale scale, NeuronRef hover) {
        NetworkLayout.Shape shape = layout.shape();
        NeuronGrids grids = snapshot == null ? null : fitting(snapshot.neurons(), shape);
        Snapshot.Boundary boundary = snapshot == null ? null : snapshot.boundary();
        int last = shape.neuronLayers() - 1;
        double s = layout.scale();
        for (int l = 1; l <= last; l++) {
            double a = l == last ? gain : 1, b = l == last ? offset : 0;
            for (int i = 0; i < shape.width(l); i++) {
                Box box = layout.neuron(l, i);
                if (!inside(box, g)) {
                    // Pixel writes that fall outside the canvas become zero-sized images, which stop JavaFX from
                    // rendering the whole scene; a cramped window just leaves these thumbnails out.
                    continue;
                }
                if (grids != null) {
                    thumbnails.draw(pixels, box, grids, l, i, a, b, scale);
                } else if (l == last && shape.outputs() == 1 && boundary != null
                        && boundary.values().length == boundary.n() * boundary.n()) {
                    thumbnails.draw(pixels, box, boundary.values(), boundary.n(), 1, 0, a, b, scale);
                } else {
                    thumbnails.fill(pixels, box, ink.emptyArgb());
                }
                boolean on = hover != null && hover.layer() == l && hover.neuron() == i;
                g.setStroke(on ? ink.ring() : ink.border());
                g.setLineWidth((on ? 3 : l == last ? 1.5 : 1) * s);
                double inset = on ? -1.5 * s : 0.5;
                g.strokeRect(box.x() + inset, box.y() + inset, box.size() - 2 * inset, box.size() - 2 * inset);
            }
        }
    }

    private static boolean inside(Box box, GraphicsContext g) {
        return box.size() >= 1 && box.x() >= 0 && box.y() >= 0 && box.x() + box.size() <= g.getCanvas().getWidth()
                && box.y() + box.size() <= g.getCanvas().getHeight();
    }

    /** The grids if they have exactly the layout's layers and widths (not those of an older architecture). */
    static NeuronGrids fitting(NeuronGrids g, NetworkLayout.Shape shape) {
        if (g == null || g.layerCount() != shape.neuronLayers()) {
            return null;
        }
        for (int l = 0; l < g.layerCount(); l++) {
            if (g.widths()[l] != shape.width(l) || g.layers()[l].length < g.n() * g.n() * g.widths()[l]) {
                return null;
            }
        }
        return g;
    }
}
