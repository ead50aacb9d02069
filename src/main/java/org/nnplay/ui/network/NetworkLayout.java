package org.nnplay.ui.network;

import java.util.List;

/**
 * Where everything of the network builder goes, for one size: pure geometry, no JavaFX, so it can be tested alone.
 * <p>
 * Columns run left to right: the feature tiles (all of them, active or not; input {@code i} of the network is tile
 * {@code activeTiles[i]}), the hidden layers, the output neurons. Above the nodes sit a top bar (add or remove a
 * layer) and a row of per-layer controls. Every length is multiplied by {@code scale} (presentation mode) and shrinks
 * with the room available, down to {@link #MIN_NODE} pixels per node; {@link #minWidth()} and {@link #minHeight()}
 * say how much room that needs.
 * <p>
 * Neuron layers are numbered as in the snapshot's neuron grids (0 = inputs, last = output); links as in
 * {@code Weights} (layer {@code l} joins neuron layer {@code l} to {@code l + 1}), and so are biases.
 */
public final class NetworkLayout {
    public static final double MIN_NODE = 16;
    static final double PAD = 10, TOP_BAR = 36, CONTROLS = 64, LABEL_W = 62, MIN_GAP = 56;
    static final double MAX_TILE = 34, MAX_NODE = 42, MAX_OUTPUT = 60;

    /** A square node: top-left corner and side. */
    public record Box(double x, double y, double size) {
        public double cx() { return x + size / 2; }

        public double cy() { return y + size / 2; }

        public double right() { return x + size; }

        public double bottom() { return y + size; }

        public boolean contains(double px, double py, double slack) {
            return px >= x - slack && px <= x + size + slack && py >= y - slack && py <= y + size + slack;
        }
    }

    /** A weight: {@code layer} as in Weights (0 = inputs to the first hidden layer), row {@code from}, column {@code to}. */
    public record LinkRef(int layer, int from, int to) {}

    /** A neuron: {@code layer} as in the neuron grids (0 = inputs, then hidden layers, last = output). */
    public record NeuronRef(int layer, int neuron) {}

    /** What is laid out: the number of feature tiles, which of them feed the network (in input order), the rest. */
    public record Shape(int tiles, int[] activeTiles, List<Integer> hidden, int outputs) {
        public Shape {
            activeTiles = activeTiles.clone();
            hidden = List.copyOf(hidden);
        }

        /** Width of neuron layer {@code l}: inputs, hidden widths, outputs. */
        public int width(int l) {
            return l == 0 ? activeTiles.length : l <= hidden.size() ? hidden.get(l - 1) : outputs;
        }

        public int neuronLayers() { return hidden.size() + 2; }
    }

    private final Shape shape;
    private final double width, height, scale;
    private final Box[] tiles;
    private final Box[][] neurons;
    private final Box[][] biases;
    private final double[] columnX;
    private final double minWidth, minHeight, gap, linkWidthMax;

    public NetworkLayout(Shape shape, double width, double height, double scale) {
        this.shape = shape;
        this.width = width;
        this.height = height;
        this.scale = scale;
        int layers = shape.neuronLayers();
        double s = scale, top = nodesTop(), avail = Math.max(0, height - top - PAD * s);
        int maxHidden = shape.hidden.stream().mapToInt(Integer::intValue).max().orElse(1);

        double tile = clamp(avail / shape.tiles * 0.72, MIN_NODE, MAX_TILE * s);
        double out = clamp(avail / shape.outputs * 0.72, MIN_NODE, MAX_OUTPUT * s);
        double inputCx = (PAD + LABEL_W) * s + tile / 2;
        double outputCx = width - PAD * s - out / 2;
        gap = (outputCx - inputCx) / (layers - 1);
        double node = clamp(Math.min(avail / maxHidden * 0.72, gap * 0.4), MIN_NODE, MAX_NODE * s);

        columnX = new double[layers];
        for (int c = 0; c < layers; c++) {
            columnX[c] = inputCx + gap * c;
        }
        tiles = column(shape.tiles, tile, inputCx, top, avail);
        neurons = new Box[layers][];
        for (int l = 1; l < layers; l++) {
            neurons[l] = column(shape.width(l), l == layers - 1 ? out : node, columnX[l], top, avail);
        }
        neurons[0] = new Box[shape.activeTiles.length];
        for (int i = 0; i < neurons[0].length; i++) {
            neurons[0][i] = tiles[shape.activeTiles[i]];
        }
        biases = new Box[layers - 1][];
        for (int l = 0; l + 1 < layers; l++) {
            biases[l] = new Box[neurons[l + 1].length];
            for (int i = 0; i < biases[l].length; i++) {
                Box n = neurons[l + 1][i];
                double b = Math.round(clamp(n.size * 0.3, 7, 12 * s));
                biases[l][i] = new Box(n.x - Math.round(b * 0.45), n.bottom() - Math.round(b * 0.55), b);
            }
        }
        int tallest = Math.max(shape.tiles, Math.max(maxHidden, shape.outputs));
        minHeight = top + tallest * (MIN_NODE + 3) + PAD * s;
        minWidth = (2 * PAD + LABEL_W) * s + MIN_NODE * 2 + (layers - 1) * MIN_GAP * s;
        linkWidthMax = clamp(node * 0.3, 2, 9 * s);
    }

    /**
     * Nodes of one column, centred vertically in the node area, spaced by up to 1.5 sides. Where even
     * {@link #MIN_NODE} does not fit (a window smaller than {@link #minHeight()}), the nodes shrink (to 8 px at least)
     * rather than run off the bottom.
     */
    private static Box[] column(int count, double size, double cx, double top, double avail) {
        size = Math.max(Math.min(8, size), Math.min(size, avail / count - 3));
        double pitch = Math.max(size + 3, Math.min(avail / count, size * 1.5));
        double y0 = top + Math.max(0, (avail - pitch * count) / 2) + (pitch - size) / 2;
        Box[] boxes = new Box[count];
        for (int i = 0; i < count; i++) {
            boxes[i] = new Box(Math.round(cx - size / 2), Math.round(y0 + i * pitch), Math.round(size));
        }
        return boxes;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    public Shape shape() { return shape; }

    public double width() { return width; }

    public double height() { return height; }

    public double scale() { return scale; }

    public double minWidth() { return minWidth; }

    public double minHeight() { return minHeight; }

    /** Top of the bar with the add/remove layer buttons. */
    public double topBarY() { return PAD * scale; }

    public double topBarHeight() { return TOP_BAR * scale; }

    /** Top of the per-layer controls (neuron buttons and count in one row, the activation below). */
    public double controlsY() { return (PAD + TOP_BAR + 2) * scale; }

    public double controlsHeight() { return (CONTROLS - 6) * scale; }

    /** Top of the area the nodes live in. */
    public double nodesTop() { return (PAD + TOP_BAR + CONTROLS) * scale; }

    /** Centre x of neuron layer {@code l} (0 = feature tiles). */
    public double columnX(int l) { return columnX[l]; }

    /** Distance between neighbouring columns: the most room a column's controls may take. */
    public double columnGap() { return gap; }

    /** Width of the feature labels left of the tiles. */
    public double labelWidth() { return LABEL_W * scale; }

    /** The widest a link is drawn (|w| at the top of the range). */
    public double linkWidthMax() { return linkWidthMax; }

    public Box tile(int t) { return tiles[t]; }

    public Box neuron(int layer, int i) { return neurons[layer][i]; }

    /** The bias marker of neuron {@code i} of neuron layer {@code layer + 1}: a small square on its bottom-left corner. */
    public Box bias(int layer, int i) { return biases[layer][i]; }

    /** Start and end of a link: right edge of the source, left edge of the target (x0, y0, x1, y1). */
    public double[] link(int layer, int from, int to) {
        return link(layer, from, to, new double[4]);
    }

    /** {@link #link(int, int, int)} into {@code out} (no allocation); returns {@code out}. */
    public double[] link(int layer, int from, int to, double[] out) {
        Box a = neurons[layer][from], b = neurons[layer + 1][to];
        out[0] = a.right();
        out[1] = a.cy();
        out[2] = b.x;
        out[3] = b.cy();
        return out;
    }

    /** The neuron (or active feature tile) under a point, or null. */
    public NeuronRef neuronAt(double x, double y) {
        for (int l = 0; l < neurons.length; l++) {
            for (int i = 0; i < neurons[l].length; i++) {
                if (neurons[l][i].contains(x, y, 0)) {
                    return new NeuronRef(l, i);
                }
            }
        }
        return null;
    }

    /** The bias marker under a point, as a (Weights layer, neuron) pair, or null. */
    public NeuronRef biasAt(double x, double y) {
        double slack = 2 * scale;
        for (int l = 0; l + 1 < neurons.length; l++) {
            for (int i = 0; i < neurons[l + 1].length; i++) {
                if (bias(l, i).contains(x, y, slack)) {
                    return new NeuronRef(l, i);
                }
            }
        }
        return null;
    }

    /** The link nearest a point within a few pixels, or null. Links are the cubic curves {@link #curvePoint} draws. */
    public LinkRef linkAt(double x, double y) {
        double tol = Math.max(4, 3 * scale), best = tol;
        LinkRef hit = null;
        double[] p = new double[2], q = new double[2], e = new double[4];
        for (int l = 0; l + 1 < neurons.length; l++) {
            if (neurons[l].length == 0 || x < neurons[l][0].right() - tol || x > neurons[l + 1][0].x + tol) {
                continue;
            }
            for (int f = 0; f < neurons[l].length; f++) {
                for (int t = 0; t < neurons[l + 1].length; t++) {
                    link(l, f, t, e);
                    curvePoint(e, 0, p);
                    for (int k = 1; k <= SAMPLES; k++) {
                        curvePoint(e, k / (double) SAMPLES, q);
                        double d = segmentDistance(x, y, p[0], p[1], q[0], q[1]);
                        if (d < best) {
                            best = d;
                            hit = new LinkRef(l, f, t);
                        }
                        double[] swap = p;
                        p = q;
                        q = swap;
                    }
                }
            }
        }
        return hit;
    }

    private static final int SAMPLES = 20;

    /** Point at parameter t of the S-curve from (x0, y0) to (x1, y1), control points at the middle x. */
    public static void curvePoint(double[] e, double t, double[] out) {
        double mx = (e[0] + e[2]) / 2, u = 1 - t;
        double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
        out[0] = a * e[0] + (b + c) * mx + d * e[2];
        out[1] = (a + b) * e[1] + (c + d) * e[3];
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    /** How a neuron is named in hover labels: the feature's label for inputs, "h2,3" for hidden ones, "output". */
    public static String name(Shape shape, List<String> inputLabels, int layer, int neuron) {
        if (layer == 0) {
            return inputLabels.get(neuron);
        }
        if (layer <= shape.hidden().size()) {
            return "h" + layer + "," + (neuron + 1);
        }
        return shape.outputs() == 1 ? "output" : "output " + (neuron + 1);
    }
}
