package org.nnplay.ui.network;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.nnplay.engine.nn.Weights;
import org.nnplay.ui.network.NetworkLayout.Box;
import org.nnplay.ui.network.NetworkLayout.LinkRef;
import org.nnplay.ui.network.NetworkLayout.NeuronRef;

/**
 * Draws the links (S-curves coloured by the weight's sign, as thick as its magnitude, fainter when small) and the
 * bias markers. Colours and widths are set per stroke without creating objects, so a frame allocates nothing.
 */
final class LinkPainter {
    /** |w| at which a link reaches its full width and opacity. */
    static final double FULL = 3.0;
    private static final Color UNTRAINED = Color.web("#b4bac4");
    private static final Color HALO = Color.web("#1f2430");
    private final double[] ends = new double[4];
    private double minWidth, maxWidth, faint, contrast;

    /** Links of every layer; {@code weights} may be null (or not fit the layout): then thin grey links. */
    void paintLinks(GraphicsContext g, NetworkLayout layout, Weights weights, ColorScale scale, LinkRef hover) {
        g.setLineCap(StrokeLineCap.ROUND);
        NetworkLayout.Shape shape = layout.shape();
        for (int l = 0; l + 1 < shape.neuronLayers(); l++) {
            Weights.Layer wl = weights == null ? null : weights.layers().get(l);
            setDensity(layout, Math.max(shape.width(l), shape.width(l + 1)));
            for (int f = 0; f < shape.width(l); f++) {
                for (int t = 0; t < shape.width(l + 1); t++) {
                    if (wl == null) {
                        g.setGlobalAlpha(0.8);
                        g.setStroke(UNTRAINED);
                        g.setLineWidth(layout.scale());
                    } else {
                        style(g, layout, scale, wl.weight(f, t));
                    }
                    stroke(g, layout.link(l, f, t, ends));
                }
            }
        }
        if (hover != null) {
            setDensity(layout, 1);
            double[] e = layout.link(hover.layer(), hover.from(), hover.to(), ends);
            double w = weights == null ? 0 : weights.layers().get(hover.layer()).weight(hover.from(), hover.to());
            style(g, layout, scale, w);
            double width = g.getLineWidth();
            g.setGlobalAlpha(0.85);
            g.setStroke(HALO);
            g.setLineWidth(width + 3 * layout.scale());
            stroke(g, e);
            style(g, layout, scale, w);
            g.setGlobalAlpha(1);
            stroke(g, e);
        }
        g.setGlobalAlpha(1);
    }

    /**
     * Thinner, fainter links where many meet (up to 32 × 32 between two layers), so that a dense network still
     * shows its strongest links rather than a solid band.
     */
    private void setDensity(NetworkLayout layout, int widest) {
        double f = Math.min(1, 6.0 / widest);
        minWidth = 0.8 * layout.scale() * (0.6 + 0.4 * f);
        maxWidth = Math.max(1.2 * layout.scale(), layout.linkWidthMax() * f);
        faint = 0.3 * (0.35 + 0.65 * f);
        contrast = 0.5 + (1 - f);
    }

    private void style(GraphicsContext g, NetworkLayout layout, ColorScale scale, double w) {
        double m = Double.isFinite(w) ? Math.min(Math.abs(w) / FULL, 1) : 1;
        g.setStroke(scale.signColor(w));
        g.setLineWidth(minWidth + (maxWidth - minWidth) * m);
        g.setGlobalAlpha(faint + (1 - faint) * Math.pow(m, contrast));
    }

    private static void stroke(GraphicsContext g, double[] e) {
        double mx = (e[0] + e[2]) / 2;
        g.beginPath();
        g.moveTo(e[0], e[1]);
        g.bezierCurveTo(mx, e[1], mx, e[3], e[2], e[3]);
        g.stroke();
    }

    /** One small square per hidden and output neuron, filled by the bias's colour, outlined dark. */
    void paintBiases(GraphicsContext g, NetworkLayout layout, Weights weights, ColorScale scale, NeuronRef hover) {
        NetworkLayout.Shape shape = layout.shape();
        double s = layout.scale();
        for (int l = 0; l + 1 < shape.neuronLayers(); l++) {
            for (int i = 0; i < shape.width(l + 1); i++) {
                Box b = layout.bias(l, i);
                double v = weights == null ? 0 : weights.layers().get(l).b()[i];
                boolean on = hover != null && hover.layer() == l && hover.neuron() == i;
                g.setGlobalAlpha(1);
                g.setFill(Color.WHITE);
                g.fillRect(b.x(), b.y(), b.size(), b.size());
                if (weights != null) {
                    g.setGlobalAlpha(0.25 + 0.75 * Math.min(Math.abs(v) / 1.0, 1));
                    g.setFill(scale.signColor(v));
                    g.fillRect(b.x(), b.y(), b.size(), b.size());
                }
                g.setGlobalAlpha(1);
                g.setStroke(HALO);
                g.setLineWidth(on ? 2.5 * s : s);
                g.strokeRect(b.x() + 0.5, b.y() + 0.5, b.size() - 1, b.size() - 1);
            }
        }
    }

    /** Whether {@code weights} has exactly the layers and widths the layout draws. */
    static boolean fits(Weights weights, NetworkLayout.Shape shape) {
        if (weights == null || weights.layers().size() != shape.neuronLayers() - 1) {
            return false;
        }
        for (int l = 0; l < weights.layers().size(); l++) {
            Weights.Layer wl = weights.layers().get(l);
            if (wl.in() != shape.width(l) || wl.out() != shape.width(l + 1)) {
                return false;
            }
        }
        return true;
    }
}
