package org.nnplay.engine.nn;

import java.util.Arrays;
import java.util.List;

/**
 * The shape of a network: inputs, hidden layers with their activations, outputs, and how it is initialised and
 * regularised structurally (dropout, batch norm). The output's activation follows from the loss ({@link Head}).
 */
public record NetworkSpec(int inputs, int[] hidden, ActivationKind[] activations, double leakySlope, int outputs,
                          LossKind loss, boolean regression, InitKind init, double initScale, double biasInit,
                          double dropout, boolean batchNorm) {
    public static final int MAX_LAYERS = 10;
    public static final int MAX_NEURONS = 32;

    public NetworkSpec {
        hidden = hidden.clone();
        activations = activations.clone();
        if (inputs < 1) {
            throw new IllegalArgumentException("network: at least one input feature is needed, got " + inputs);
        }
        if (activations.length != hidden.length) {
            throw new IllegalArgumentException("network: " + hidden.length + " hidden layers but "
                    + activations.length + " activations");
        }
        for (int h : hidden) {
            if (h < 1) {
                throw new IllegalArgumentException("network: a hidden layer needs at least one neuron, got " + h);
            }
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("network: outputs must be ≥ 1, got " + outputs);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("network: dropout must be in [0, 1), got " + dropout);
        }
    }

    /** The same activation in every hidden layer, TensorFlow Playground's initialisation (U(−0.5, 0.5), biases 0.1). */
    public static NetworkSpec simple(int inputs, List<Integer> hidden, ActivationKind activation, int outputs, LossKind loss,
                                     boolean regression) {
        int[] h = hidden.stream().mapToInt(Integer::intValue).toArray();
        ActivationKind[] acts = new ActivationKind[h.length];
        Arrays.fill(acts, activation);
        return new NetworkSpec(inputs, h, acts, 0.01, outputs, loss, regression, InitKind.UNIFORM, 0.5, 0.1, 0, false);
    }

    /** Widths of every layer from inputs to outputs. */
    public int[] widths() {
        int[] w = new int[hidden.length + 2];
        w[0] = inputs;
        System.arraycopy(hidden, 0, w, 1, hidden.length);
        w[w.length - 1] = outputs;
        return w;
    }

    public Head head() { return Head.of(loss, regression); }

    public NetworkSpec withInit(InitKind kind, double scale, double bias) {
        return new NetworkSpec(inputs, hidden, activations, leakySlope, outputs, loss, regression, kind, scale, bias,
                dropout, batchNorm);
    }

    public NetworkSpec withRegularisation(double dropoutRate, boolean bn) {
        return new NetworkSpec(inputs, hidden, activations, leakySlope, outputs, loss, regression, init, initScale,
                biasInit, dropoutRate, bn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec s && inputs == s.inputs && Arrays.equals(hidden, s.hidden)
                && Arrays.equals(activations, s.activations) && leakySlope == s.leakySlope && outputs == s.outputs
                && loss == s.loss && regression == s.regression && init == s.init && initScale == s.initScale
                && biasInit == s.biasInit && dropout == s.dropout && batchNorm == s.batchNorm;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hidden) * 31 + Arrays.hashCode(activations) * 17 + inputs + outputs * 7 + loss.hashCode();
    }

    @Override
    public String toString() {
        return "NetworkSpec" + Arrays.toString(widths()) + " " + Arrays.toString(activations) + " " + loss.key();
    }
}
