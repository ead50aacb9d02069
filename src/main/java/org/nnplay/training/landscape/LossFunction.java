package org.nnplay.training.landscape;

import java.util.List;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Weights;

/**
 * The loss as a function of the flat weight vector, over a whole data set, in evaluation mode (no dropout, running
 * batch-norm statistics). Owns one private network copy on the JVM backend and one graph built once; each call
 * writes new weights into the network's tensors and replays the graph, allocating nothing.
 *
 * <p>Not thread-safe: one per thread.
 */
public final class LossFunction {
    private final LossSetup setup;
    private final Network net;
    private final ModelGraph graph;
    private final Tensor loss;
    private final Tensor[] wT;
    private final Tensor[] bT;
    private final double[][] wBuf;
    private final double[][] bBuf;
    private final WeightLayout layout;

    LossFunction(LossSetup setup) {
        this.setup = setup;
        this.layout = setup.layout();
        this.net = Network.of(setup.spec(), JvmBackend.INSTANCE, setup.template());
        int layers = net.layerCount();
        wT = new Tensor[layers];
        bT = new Tensor[layers];
        wBuf = new double[layers][];
        bBuf = new double[layers][];
        List<Tensor> params = net.parameters();
        List<Weights.Layer> tl = setup.template().layers();
        for (int l = 0, k = 0; l < layers; l++) {
            wT[l] = params.get(k);
            bT[l] = params.get(k + 1);
            k += tl.get(l).gamma() != null ? 4 : 2;
            wBuf[l] = new double[layout.in()[l] * layout.out()[l]];
            bBuf[l] = new double[layout.out()[l]];
        }
        graph = new ModelGraph(net, setup.data().rows(), false, setup.hasPenalty() ? setup.penalty() : null, 0);
        graph.setBatch(setup.data().x(), targets(setup));
        graph.forward();
        loss = setup.hasPenalty() ? graph.total() : graph.dataLoss();
    }

    private static double[] targets(LossSetup setup) {
        Head head = setup.spec().head();
        int outs = setup.spec().outputs();
        double[] labels = setup.data().labels();
        double[] t = new double[labels.length * outs];
        for (int r = 0; r < labels.length; r++) {
            head.encode(labels[r], t, r * outs, outs);
        }
        return t;
    }

    public LossSetup setup() { return setup; }

    /** Number of entries of the flat weight vector. */
    public int size() { return layout.size(); }

    /** L(w). */
    public double loss(double[] w) {
        write(w, null, 0, null, 0);
        return loss.forward().item();
    }

    /** L(c + α·d1 + β·d2), without forming the vector. */
    public double lossAt(double[] c, double[] d1, double alpha, double[] d2, double beta) {
        write(c, d1, alpha, d2, beta);
        return loss.forward().item();
    }

    /** L(w), and ∇L(w) written into {@code grad} (same layout as w). */
    public double lossAndGradient(double[] w, double[] grad) {
        return lossAndGradientAt(w, null, 0, null, 0, grad);
    }

    /** L(c + α·d1 + β·d2) and its full gradient with respect to the flat weights. */
    public double lossAndGradientAt(double[] c, double[] d1, double alpha, double[] d2, double beta, double[] grad) {
        write(c, d1, alpha, d2, beta);
        net.zeroGrad();
        loss.forward();
        loss.backward();
        for (int l = 0; l < wT.length; l++) {
            JvmBackend.INSTANCE.read(wT[l].gradBuf(), wBuf[l]);
            System.arraycopy(wBuf[l], 0, grad, layout.wOffset()[l], wBuf[l].length);
            JvmBackend.INSTANCE.read(bT[l].gradBuf(), bBuf[l]);
            System.arraycopy(bBuf[l], 0, grad, layout.bOffset()[l], bBuf[l].length);
        }
        return loss.item();
    }

    private void write(double[] c, double[] d1, double alpha, double[] d2, double beta) {
        if (c.length != layout.size()) {
            throw new IllegalArgumentException("weights: " + c.length + " values, the network has " + layout.size());
        }
        for (int l = 0; l < wT.length; l++) {
            fill(wBuf[l], c, d1, alpha, d2, beta, layout.wOffset()[l]);
            wT[l].set(wBuf[l]);
            fill(bBuf[l], c, d1, alpha, d2, beta, layout.bOffset()[l]);
            bT[l].set(bBuf[l]);
        }
    }

    private static void fill(double[] dst, double[] c, double[] d1, double a, double[] d2, double b, int off) {
        int n = dst.length;
        if (d1 == null) {
            System.arraycopy(c, off, dst, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                dst[i] = c[off + i] + a * d1[off + i] + b * d2[off + i];
            }
        }
    }
}
