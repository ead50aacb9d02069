package org.nnplay.engine.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;

/**
 * A multi-layer perceptron on one backend: a list of {@link Layer}s from the inputs to the outputs, as micrograd's
 * MLP. It holds parameters only; graphs over batches are built by {@link ModelGraph}.
 */
public final class Network {
    private final NetworkSpec spec;
    private final Backend backend;
    private final List<Layer> layers;

    private Network(NetworkSpec spec, Backend backend) {
        this.spec = spec;
        this.backend = backend;
        int[] widths = spec.widths();
        List<Layer> ls = new ArrayList<>();
        for (int l = 0; l + 1 < widths.length; l++) {
            boolean hidden = l + 2 < widths.length;
            ActivationKind act = hidden ? spec.activations()[l] : null;
            double param = hidden ? Activations.param(act, spec.leakySlope()) : 0;
            ls.add(new Layer(backend, l + 1, widths[l], widths[l + 1], act, param, spec.dropout(), spec.batchNorm()));
        }
        this.layers = List.copyOf(ls);
    }

    /** A freshly initialised network; the same spec and seed always give the same weights. */
    public static Network create(NetworkSpec spec, Backend backend, long seed) {
        Network n = new Network(spec, backend);
        Random rng = new Random(seed);
        for (Layer l : n.layers) {
            l.initialise(spec.init(), spec.initScale(), spec.biasInit(), rng);
        }
        return n;
    }

    /** A network with these weights (e.g. loaded from a file, or moved from another backend). */
    public static Network of(NetworkSpec spec, Backend backend, Weights weights) {
        Network n = new Network(spec, backend);
        n.load(weights);
        return n;
    }

    public Network moveTo(Backend other) {
        return other == backend ? this : of(spec, other, weights());
    }

    public NetworkSpec spec() { return spec; }

    public Backend backend() { return backend; }

    /** The layers, first hidden layer first, the output layer last. */
    public List<Layer> layers() { return layers; }

    public int layerCount() { return layers.size(); }

    /** Every trainable tensor, layer by layer (W, b, then γ, β): the order the optimizer keeps its state in. */
    public List<Tensor> parameters() {
        List<Tensor> ps = new ArrayList<>();
        for (Layer l : layers) {
            ps.addAll(l.parameters());
        }
        return ps;
    }

    /** The tensors penalised by L1/L2 regularisation: the weight matrices, not biases. */
    public List<Tensor> weightMatrices() {
        List<Tensor> ws = new ArrayList<>();
        for (Layer l : layers) {
            ws.add(l.weights());
        }
        return ws;
    }

    public void zeroGrad() {
        for (Tensor p : parameters()) {
            p.zeroGrad();
        }
    }

    public int parameterCount() {
        int n = 0;
        for (Tensor p : parameters()) {
            n += p.rows() * p.cols();
        }
        return n;
    }

    public Weights weights() {
        List<Weights.Layer> ws = new ArrayList<>();
        for (Layer l : layers) {
            ws.add(l.toWeights());
        }
        return new Weights(ws);
    }

    public void load(Weights weights) {
        if (weights.layers().size() != layerCount()) {
            throw new IllegalArgumentException("weights have " + weights.layers().size() + " layers, the network "
                    + layerCount());
        }
        for (int l = 0; l < layerCount(); l++) {
            layers.get(l).load(weights.layers().get(l));
        }
    }

    /** Sets one weight, as when a student types a new value on a link (applied at once). */
    public void setWeight(int layer, int from, int to, double value) {
        Tensor w = layers.get(layer).weights();
        double[] d = w.data();
        d[from * w.cols() + to] = value;
        w.set(d);
    }

    public void setBias(int layer, int neuron, double value) {
        Tensor b = layers.get(layer).bias();
        double[] d = b.data();
        d[neuron] = value;
        b.set(d);
    }

    @Override
    public String toString() {
        return "Network" + java.util.Arrays.toString(spec.widths()) + " on " + backend.name() + ", "
                + parameterCount() + " parameters";
    }
}
