package org.nnplay.engine.train;

import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.optim.OptimizerKind;

/**
 * Floating-point operations of the engine's work, counted the usual way so that a rate can be set against the
 * machine's matrix-product rate: 2 per multiply-add of a matrix product; 1 per element for a bias, an activation,
 * its derivative and the loss; the optimizer's own arithmetic per weight (SGD 2 … Adam 12). Exponentials and square
 * roots count as one, as a BLAS benchmark would not count them at all.
 */
public final class Flops {
    private Flops() {}

    /** One forward pass over {@code rows}: per layer the product, the bias and the activation. */
    public static double forward(NetworkSpec spec, int rows) {
        int[] w = spec.widths();
        double f = 0;
        for (int l = 0; l + 1 < w.length; l++) {
            f += 2.0 * rows * w[l] * w[l + 1] + 2.0 * rows * w[l + 1];
        }
        return f;
    }

    /**
     * One training step on a batch of {@code rows}: the forward pass and the loss, then backward (per layer the
     * weight gradient, the input gradient except for the first layer, the bias gradient and the activation's
     * derivative), then the update of every weight and bias.
     */
    public static double trainingStep(NetworkSpec spec, OptimizerKind optimizer, int rows) {
        int[] w = spec.widths();
        double f = forward(spec, rows) + 3.0 * rows * spec.outputs();
        long params = 0;
        for (int l = 0; l + 1 < w.length; l++) {
            double product = 2.0 * rows * w[l] * w[l + 1];
            f += (l == 0 ? product : 2 * product) + 2.0 * rows * w[l + 1];
            params += (long) w[l] * w[l + 1] + w[l + 1];
        }
        return f + params * (double) perWeight(optimizer);
    }

    /** One epoch over {@code trainRows} in batches of the config's size (the last one shorter). */
    public static double trainingEpoch(NetworkSpec spec, TrainConfig config, int trainRows) {
        int b = Math.min(config.batchSize(), trainRows);
        int full = trainRows / b;
        int tail = trainRows % b;
        OptimizerKind k = config.optimizer().kind();
        return full * trainingStep(spec, k, b) + (tail == 0 ? 0 : trainingStep(spec, k, tail));
    }

    /** The update's arithmetic per weight, as {@code Optimizer} writes each rule (plus the gradient's norm: 2). */
    static int perWeight(OptimizerKind k) {
        return 2 + switch (k) {
            case SGD -> 2;
            case MOMENTUM -> 4;
            case NESTEROV -> 7;
            case ADAGRAD -> 6;
            case RMSPROP -> 8;
            case ADADELTA -> 14;
            case ADAM -> 12;
            case ADAMW -> 15;
        };
    }
}
