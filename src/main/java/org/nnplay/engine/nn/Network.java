package org.nnplay.engine.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;

/**
 * A multi-layer perceptron's parameters on one backend: per layer W (in × out) and b (1 × out), and for hidden
 * layers with batch normalisation γ, β and running statistics. Graphs over batches are built by {@link ModelGraph}.
 */
public final class Network {
    private final NetworkSpec spec;
    private final Backend backend;
    final List<Tensor> w = new ArrayList<>();
    final List<Tensor> b = new ArrayList<>();
    final List<Tensor> gamma = new ArrayList<>();
    final List<Tensor> beta = new ArrayList<>();
    final List<double[]> runMean = new ArrayList<>();
    final List<double[]> runVar = new ArrayList<>();

    private Network(NetworkSpec spec, Backend backend) {
        this.spec = spec;
        this.backend = backend;
        int[] widths = spec.widths();
        for (int l = 0; l + 1 < widths.length; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            w.add(Tensor.parameter(backend, in, out, "W" + (l + 1)));
            b.add(Tensor.parameter(backend, 1, out, "b" + (l + 1)));
            boolean bn = spec.batchNorm() && l + 2 < widths.length;
            gamma.add(bn ? Tensor.parameter(backend, 1, out, "γ" + (l + 1)) : null);
            beta.add(bn ? Tensor.parameter(backend, 1, out, "β" + (l + 1)) : null);
            runMean.add(bn ? new double[out] : null);
            runVar.add(bn ? new double[out] : null);
        }
    }

    /** A freshly initialised network; the same spec and seed always give the same weights. */
    public static Network create(NetworkSpec spec, Backend backend, long seed) {
        Network n = new Network(spec, backend);
        Random rng = new Random(seed);
        int[] widths = spec.widths();
        for (int l = 0; l < n.layerCount(); l++) {
            double[] wl = new double[widths[l] * widths[l + 1]];
            Init.fill(wl, widths[l], widths[l + 1], spec.init(), spec.initScale(), rng);
            n.w.get(l).set(wl);
            double[] bl = new double[widths[l + 1]];
            java.util.Arrays.fill(bl, spec.biasInit());
            n.b.get(l).set(bl);
            if (n.gamma.get(l) != null) {
                double[] ones = new double[widths[l + 1]];
                java.util.Arrays.fill(ones, 1.0);
                n.gamma.get(l).set(ones);
                n.runVar.set(l, ones.clone());
            }
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

    public int layerCount() { return w.size(); }

    /** Every trainable tensor, in a fixed order (the optimizer keeps its state in the same order). */
    public List<Tensor> parameters() {
        List<Tensor> ps = new ArrayList<>();
        for (int l = 0; l < layerCount(); l++) {
            ps.add(w.get(l));
            ps.add(b.get(l));
            if (gamma.get(l) != null) {
                ps.add(gamma.get(l));
                ps.add(beta.get(l));
            }
        }
        return ps;
    }

    /** The tensors penalised by L1/L2 regularisation: the weight matrices, not biases. */
    public List<Tensor> weightMatrices() { return List.copyOf(w); }

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
        List<Weights.Layer> layers = new ArrayList<>();
        for (int l = 0; l < layerCount(); l++) {
            Tensor wl = w.get(l);
            boolean bn = gamma.get(l) != null;
            layers.add(new Weights.Layer(wl.rows(), wl.cols(), wl.data(), b.get(l).data(),
                    bn ? gamma.get(l).data() : null, bn ? beta.get(l).data() : null,
                    bn ? runMean.get(l).clone() : null, bn ? runVar.get(l).clone() : null));
        }
        return new Weights(layers);
    }

    public void load(Weights weights) {
        if (weights.layers().size() != layerCount()) {
            throw new IllegalArgumentException("weights have " + weights.layers().size() + " layers, the network "
                    + layerCount());
        }
        for (int l = 0; l < layerCount(); l++) {
            Weights.Layer src = weights.layers().get(l);
            Tensor wl = w.get(l);
            if (src.in() != wl.rows() || src.out() != wl.cols()) {
                throw new IllegalArgumentException("weights of layer " + (l + 1) + " are " + src.in() + "×" + src.out()
                        + ", the network's " + wl.rows() + "×" + wl.cols());
            }
            wl.set(src.w());
            b.get(l).set(src.b());
            if (gamma.get(l) != null && src.gamma() != null) {
                gamma.get(l).set(src.gamma());
                beta.get(l).set(src.beta());
                System.arraycopy(src.runMean(), 0, runMean.get(l), 0, src.runMean().length);
                System.arraycopy(src.runVar(), 0, runVar.get(l), 0, src.runVar().length);
            }
        }
    }

    /** Sets one weight, as when a student types a new value on a link (applied at once). */
    public void setWeight(int layer, int from, int to, double value) {
        double[] d = w.get(layer).data();
        d[from * w.get(layer).cols() + to] = value;
        w.get(layer).set(d);
    }

    public void setBias(int layer, int neuron, double value) {
        double[] d = b.get(layer).data();
        d[neuron] = value;
        b.get(layer).set(d);
    }

    @Override
    public String toString() {
        return "Network" + java.util.Arrays.toString(spec.widths()) + " on " + backend.name() + ", "
                + parameterCount() + " parameters";
    }
}
