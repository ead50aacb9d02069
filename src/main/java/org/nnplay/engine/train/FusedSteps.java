package org.nnplay.engine.train;

import java.util.List;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.jvm.DenseStack;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Activations;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.Layer;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.Optimizer;

/**
 * {@link Trainer}'s steps for a small network of plain dense layers on the JVM backend: forward and backward by
 * {@link DenseStack} (one kernel, the graph's bits), then the update on the parameters' own arrays. Built by
 * {@link #of}, which says null where the graph takes the steps.
 */
final class FusedSteps {
    /**
     * The widest layer a step is taken by {@link DenseStack} for (TensorFlow Playground's own limit): up to it the
     * fused step was faster in every shape measured (1.03–1.8×: 7-4-2 to 7-8×6, batches 10 to 256, tanh and ReLU);
     * from 12 neurons, batches of 32 or more, the graph's blocked products were faster (16 wide at batch 256: 0.65×).
     */
    static final int MAX_WIDTH = 8;
    /** Tests turn the fused step off to compare it with the graph ({@code -Dnnplay.fused=false} does the same). */
    static volatile boolean enabled = !"false".equals(System.getProperty("nnplay.fused"));

    private final DenseStack stack;
    /** Every parameter's own array and its gradient's, in {@link Network#parameters()} order (W1, b1, W2, b2, …). */
    private final double[][] w;
    private final double[][] g;

    private FusedSteps(DenseStack stack, double[][] w, double[][] g) {
        this.stack = stack;
        this.w = w;
        this.g = g;
    }

    /**
     * The fused steps for this network on batches of up to {@code rows}, or null where the graph takes the steps:
     * another backend, no fused multiply-add, a layer wider than {@link #MAX_WIDTH}, dropout, batch norm, a penalty
     * or softmax.
     */
    static FusedSteps of(Network net, TrainConfig config, int rows) {
        Head head = net.spec().head();
        if (!enabled || net.backend() != JvmBackend.INSTANCE || !DenseStack.available()
                || config.regularization().kind() != RegularizationKind.NONE || head.outputFn() == null) {
            return null;
        }
        List<Layer> layers = net.layers();
        int n = layers.size();
        int[] widths = new int[n + 1];
        UnaryFn[] fns = new UnaryFn[n];
        double[] fnParams = new double[n];
        widths[0] = layers.getFirst().inputs();
        for (int l = 0; l < n; l++) {
            Layer layer = layers.get(l);
            if (layer.dropout() > 0 || layer.batchNorm() != null || layer.outputs() > MAX_WIDTH
                    || layer.inputs() > MAX_WIDTH) {
                return null;
            }
            widths[l + 1] = layer.outputs();
            fns[l] = layer.hidden() ? Activations.fn(layer.activation()) : head.outputFn();
            fnParams[l] = layer.hidden() ? layer.activationParam() : 0;
        }
        // without batch norm the parameters are W and b of each layer in turn; the JVM backend hands out its own arrays
        Backend be = net.backend();
        List<Tensor> params = net.parameters();
        double[][] values = new double[params.size()][];
        double[][] grads = new double[params.size()][];
        for (int i = 0; i < params.size(); i++) {
            values[i] = be.hostValues(params.get(i).value(), null);
            grads[i] = be.hostValues(params.get(i).gradBuf(), null);
        }
        double[][] wl = new double[n][];
        double[][] bl = new double[n][];
        double[][] gwl = new double[n][];
        double[][] gbl = new double[n][];
        for (int l = 0; l < n; l++) {
            wl[l] = values[2 * l];
            bl[l] = values[2 * l + 1];
            gwl[l] = grads[2 * l];
            gbl[l] = grads[2 * l + 1];
        }
        LossKind kind = head.loss();
        DenseStack.Loss loss = kind == LossKind.BCE ? DenseStack.Loss.BCE_WITH_LOGITS
                : kind == LossKind.MAE ? DenseStack.Loss.ABSOLUTE : DenseStack.Loss.SQUARED;
        double factor = kind == LossKind.HALF_SQUARED ? 0.5 : 1.0;
        return new FusedSteps(new DenseStack(widths, fns, fnParams, loss, factor, rows, wl, bl, gwl, gbl), values, grads);
    }

    /** Forward and backward over rows {@code order[from .. from + rows)}: the batch's loss; gradients accumulate. */
    double step(double[] x, double[] targets, int[] order, int from, int rows) {
        return stack.step(x, targets, order, from, rows);
    }

    /**
     * {@link Trainer}'s update and its check of the new weights, with the same arithmetic in the same order, on the
     * parameters' own arrays and without calls into the backend per parameter (a quarter of config a's step went to
     * them): clip, one optimizer call for all, then the gradients zeroed and the weights checked in one pass. Never
     * split between threads: layers of at most {@link #MAX_WIDTH} have far fewer weights than the backend splits.
     */
    Trainer.Update update(Optimizer optimizer, double clipNorm, double lr) {
        double factor = Trainer.clipFactor(g, clipNorm);
        if (Double.isNaN(factor)) {
            return Trainer.Update.GRADIENT_NOT_FINITE;
        }
        if (factor != 1) {
            for (double[] gi : g) {
                for (int k = 0; k < gi.length; k++) gi[k] *= factor;
            }
        }
        optimizer.beginStep();
        optimizer.updateAll(w, g, lr);
        boolean finite = true; // |w| ≤ MAX_VALUE is false for ±∞ and NaN
        for (int i = 0; i < w.length; i++) {
            double[] gi = g[i];
            double[] wi = w[i];
            for (int k = 0; k < gi.length; k++) {
                gi[k] = 0.0;
                finite &= Math.abs(wi[k]) <= Double.MAX_VALUE;
            }
        }
        return finite ? Trainer.Update.DONE : Trainer.Update.WEIGHT_NOT_FINITE;
    }
}
