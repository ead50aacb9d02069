package org.nnplay.ui.network;

import javafx.scene.canvas.GraphicsContext;
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
    private Ink ink = Ink.LIGHT;
    private final double[] ends = new double[4];
    private double minWidth, maxWidth, faint, contrast;

    void setInk(Ink i) { ink = i; }

    /**
     * Links of every layer; {@code weights} may be null (or not fit the layout): then thin grey links. Links are
     * grouped by sign and by one of {@link #LEVELS} magnitude levels, and each group is stroked as one path, weakest
     * first: a few dozen strokes per frame instead of one per link (10 × 32² links at most).
     */
    void paintLinks(GraphicsContext g, NetworkLayout layout, Weights weights, ColorScale scale, LinkRef hover) {
        g.setLineCap(StrokeLineCap.ROUND);
        NetworkLayout.Shape shape = layout.shape();
        for (int l = 0; l + 1 < shape.neuronLayers(); l++) {
            Weights.Layer wl = weights == null ? null : weights.layers().get(l);
            setDensity(layout, Math.max(shape.width(l), shape.width(l + 1)));
            if (wl == null) {
                g.setGlobalAlpha(0.8);
                g.setStroke(ink.untrained());
                g.setLineWidth(layout.scale());
                g.beginPath();
                for (int f = 0; f < shape.width(l); f++) {
                    for (int t = 0; t < shape.width(l + 1); t++) {
                        add(g, layout.link(l, f, t, ends));
                    }
                }
                g.stroke();
                continue;
            }
            int minBin = lowestBin(wl);
            for (int level = minBin * LEVELS / BINS; level < LEVELS; level++) {
                for (int sign = -1; sign <= 1; sign += 2) {
                    boolean any = false;
                    for (int f = 0; f < wl.in(); f++) {
                        for (int t = 0; t < wl.out(); t++) {
                            double w = wl.weight(f, t);
                            if (level(w) != level || (w < 0) != (sign < 0) || bin(w) < minBin) {
                                continue;
                            }
                            if (!any) {
                                g.beginPath();
                                any = true;
                            }
                            add(g, layout.link(l, f, t, ends));
                        }
                    }
                    if (any) {
                        style(g, scale, sign, (level + 1) / (double) LEVELS);
                        g.stroke();
                    }
                }
            }
        }
        if (hover != null) {
            setDensity(layout, 1);
            double[] e = layout.link(hover.layer(), hover.from(), hover.to(), ends);
            double w = weights == null ? 0 : weights.layers().get(hover.layer()).weight(hover.from(), hover.to());
            double m = Double.isFinite(w) ? Math.min(Math.abs(w) / FULL, 1) : 1;
            style(g, scale, w < 0 ? -1 : 1, m);
            double width = g.getLineWidth();
            g.setGlobalAlpha(0.85);
            g.setStroke(ink.outline());
            g.setLineWidth(width + 3 * layout.scale());
            g.beginPath();
            add(g, e);
            g.stroke();
            style(g, scale, w < 0 ? -1 : 1, m);
            g.setGlobalAlpha(1);
            g.stroke();
        }
        g.setGlobalAlpha(1);
    }

    static final int LEVELS = 8;
    /** Most links drawn between two layers: beyond it the weakest are left out (they would be faint anyway). */
    static final int BUDGET = 160;
    private static final int BINS = 64;
    private final int[] histogram = new int[BINS];

    /**
     * The smallest magnitude bin (of {@link #BINS} over [0, FULL]) to draw so that at most about {@link #BUDGET}
     * links are drawn between two layers; the strongest non-empty bin is always drawn. Rasterising 10 × 32² curves
     * takes far longer than a frame, and the strongest few hundred per layer are what a class can read anyway.
     */
    private int lowestBin(Weights.Layer wl) {
        if (wl.w().length <= BUDGET) {
            return 0;
        }
        java.util.Arrays.fill(histogram, 0);
        for (double w : wl.w()) {
            histogram[bin(w)]++;
        }
        int b = BINS - 1;
        while (b > 0 && histogram[b] == 0) {
            b--;
        }
        int count = histogram[b];
        while (b > 0 && count + histogram[b - 1] <= BUDGET) {
            b--;
            count += histogram[b];
        }
        return b;
    }

    private static int bin(double w) {
        double m = Double.isFinite(w) ? Math.min(Math.abs(w) / FULL, 1) : 1;
        return Math.min(BINS - 1, (int) (m * BINS));
    }

    /** The magnitude level of a weight: 0 (near zero) to LEVELS − 1 (|w| ≥ FULL, or not finite). */
    static int level(double w) {
        double m = Double.isFinite(w) ? Math.min(Math.abs(w) / FULL, 1) : 1;
        return Math.min(LEVELS - 1, (int) (m * LEVELS));
    }

    /**
     * Thinner, fainter links where many meet (up to 32 × 32 between two layers), so that a dense network still
     * shows its strongest links rather than a solid band.
     */
    private void setDensity(NetworkLayout layout, int widest) {
        double f = Math.min(1, 4.0 / widest);
        minWidth = 0.8 * layout.scale() * (0.6 + 0.4 * f);
        maxWidth = Math.max(1.2 * layout.scale(), layout.linkWidthMax() * f);
        faint = 0.3 * (0.35 + 0.65 * f);
        contrast = 0.5 + (1 - f);
    }

    /** Colour, width and opacity for links of a sign and a magnitude m in [0, 1]. */
    private void style(GraphicsContext g, ColorScale scale, int sign, double m) {
        g.setStroke(sign < 0 ? scale.negative() : scale.positive());
        g.setLineWidth(minWidth + (maxWidth - minWidth) * m);
        g.setGlobalAlpha(faint + (1 - faint) * Math.pow(m, contrast));
    }

    /** Adds a link's S-curve (control points at the middle x) to the current path. */
    private static void add(GraphicsContext g, double[] e) {
        double mx = (e[0] + e[2]) / 2;
        g.moveTo(e[0], e[1]);
        g.bezierCurveTo(mx, e[1], mx, e[3], e[2], e[3]);
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
                g.setFill(ink.paper());
                g.fillRect(b.x(), b.y(), b.size(), b.size());
                if (weights != null) {
                    g.setGlobalAlpha(0.25 + 0.75 * Math.min(Math.abs(v) / 1.0, 1));
                    g.setFill(scale.signColor(v));
                    g.fillRect(b.x(), b.y(), b.size(), b.size());
                }
                g.setGlobalAlpha(1);
                g.setStroke(ink.outline());
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
