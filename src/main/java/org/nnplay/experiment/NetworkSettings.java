package org.nnplay.experiment;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;

/**
 * The shape of the network and how it starts. {@code hidden} lists the widths of the hidden layers (empty: the
 * inputs feed the output neuron directly). {@code layerActivations}, when present, overrides {@code activation}
 * per hidden layer. The output activation is not stored: the loss implies it (see {@link TrainingSettings}).
 * <p>
 * {@code initScale} is σ for {@code normal} and the half-width a of U(−a, a) for {@code uniform}; the other
 * initialisers compute their scale from the layer sizes. The defaults ({@code uniform}, 0.5, biases 0.1) are
 * TensorFlow Playground's: it draws weights from U(−0.5, 0.5) and starts every bias at 0.1. Leaky ReLU's default slope is
 * the course's 0.1: max(0.1x, x).
 */
public record NetworkSettings(List<Integer> hidden, ActivationKind activation, List<ActivationKind> layerActivations,
                              double leakySlope, InitKind init, double initScale, double biasInit, double dropout,
                              boolean batchNorm) {
    public static final int MAX_LAYERS = 10;
    public static final Range NEURONS = Range.closed(1, 32);
    public static final Range LEAKY_SLOPE = Range.closed(0, 1);
    public static final Range INIT_SCALE = Range.openClosed(0, 10);
    public static final Range BIAS_INIT = Range.closed(-10, 10);
    public static final Range DROPOUT = Range.closed(0, 0.9);

    public static final NetworkSettings DEFAULTS = new NetworkSettings(List.of(4, 2), ActivationKind.TANH, null,
            0.1, InitKind.UNIFORM, 0.5, 0.1, 0, false);

    public NetworkSettings {
        hidden = Checks.list("hidden", hidden, 0, MAX_LAYERS);
        for (int i = 0; i < hidden.size(); i++) {
            NEURONS.check("hidden[" + i + "]", hidden.get(i));
        }
        Checks.notNull("activation", activation);
        if (layerActivations != null) {
            layerActivations = Checks.list("layerActivations", layerActivations, hidden.size(), hidden.size());
        }
        LEAKY_SLOPE.check("leakySlope", leakySlope);
        Checks.notNull("init", init);
        INIT_SCALE.check("initScale", initScale);
        BIAS_INIT.check("biasInit", biasInit);
        DROPOUT.check("dropout", dropout);
    }

    /** The activation of hidden layer {@code layer} (0-based). */
    public ActivationKind activationOf(int layer) {
        return layerActivations == null ? activation : layerActivations.get(layer);
    }

    /** New hidden widths; per-layer activations are cut or padded with {@code activation} to match. */
    public NetworkSettings withHidden(List<Integer> v) {
        List<ActivationKind> per = null;
        if (layerActivations != null) {
            per = new ArrayList<>(layerActivations.subList(0, Math.min(v.size(), layerActivations.size())));
            while (per.size() < v.size()) {
                per.add(activation);
            }
        }
        return toBuilder().hidden(v).layerActivations(per).build();
    }

    public NetworkSettings withActivation(ActivationKind v) { return toBuilder().activation(v).build(); }

    public NetworkSettings withLayerActivations(List<ActivationKind> v) { return toBuilder().layerActivations(v).build(); }

    public NetworkSettings withLeakySlope(double v) { return toBuilder().leakySlope(v).build(); }

    public NetworkSettings withInit(InitKind v) { return toBuilder().init(v).build(); }

    public NetworkSettings withInitScale(double v) { return toBuilder().initScale(v).build(); }

    public NetworkSettings withBiasInit(double v) { return toBuilder().biasInit(v).build(); }

    public NetworkSettings withDropout(double v) { return toBuilder().dropout(v).build(); }

    public NetworkSettings withBatchNorm(boolean v) { return toBuilder().batchNorm(v).build(); }

    public Builder toBuilder() { return new Builder(this); }

    public static Builder builder() { return DEFAULTS.toBuilder(); }

    /** Mutable helper for changing several settings at once; {@link #build()} validates. */
    public static final class Builder {
        private List<Integer> hidden;
        private ActivationKind activation;
        private List<ActivationKind> layerActivations;
        private double leakySlope;
        private InitKind init;
        private double initScale;
        private double biasInit;
        private double dropout;
        private boolean batchNorm;

        private Builder(NetworkSettings n) {
            hidden = n.hidden;
            activation = n.activation;
            layerActivations = n.layerActivations;
            leakySlope = n.leakySlope;
            init = n.init;
            initScale = n.initScale;
            biasInit = n.biasInit;
            dropout = n.dropout;
            batchNorm = n.batchNorm;
        }

        public Builder hidden(List<Integer> v) { hidden = v; return this; }
        public Builder activation(ActivationKind v) { activation = v; return this; }
        public Builder layerActivations(List<ActivationKind> v) { layerActivations = v; return this; }
        public Builder leakySlope(double v) { leakySlope = v; return this; }
        public Builder init(InitKind v) { init = v; return this; }
        public Builder initScale(double v) { initScale = v; return this; }
        public Builder biasInit(double v) { biasInit = v; return this; }
        public Builder dropout(double v) { dropout = v; return this; }
        public Builder batchNorm(boolean v) { batchNorm = v; return this; }

        public NetworkSettings build() {
            return new NetworkSettings(hidden, activation, layerActivations, leakySlope, init, initScale, biasInit,
                    dropout, batchNorm);
        }
    }
}
