package org.nnplay.engine.nn;

import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;

/**
 * The output end of a network: what the last layer's activation is, how labels become targets, and which loss
 * compares them. Cross-entropies work on the logits for numerical stability; the others on the activated output.
 *
 * <ul>
 *   <li>bce: sigmoid output, 0/1 targets (one column per class when there are more than two);</li>
 *   <li>softmax_ce: softmax output, one-hot targets;</li>
 *   <li>half_squared: TensorFlow Playground's ½(out − label)², tanh output on ±1 labels (linear for regression);</li>
 *   <li>mse, mae: sigmoid output on 0/1 labels for classification, linear for regression.</li>
 * </ul>
 */
public record Head(LossKind loss, boolean regression) {
    public static Head of(LossKind loss, boolean regression) {
        if (regression && (loss == LossKind.BCE || loss == LossKind.SOFTMAX_CE)) {
            throw new IllegalArgumentException("loss " + loss.key() + " needs class labels; use mse, mae or half_squared for regression");
        }
        return new Head(loss, regression);
    }

    /** Number of output neurons for this many classes (1 for regression and for two classes, except softmax). */
    public static int outputs(LossKind loss, boolean regression, int classes) {
        if (regression) {
            return 1;
        }
        if (loss == LossKind.SOFTMAX_CE) {
            return Math.max(2, classes);
        }
        return classes > 2 ? classes : 1;
    }

    /** The element-wise output function, or null for softmax. */
    public UnaryFn outputFn() {
        return switch (loss) {
            case BCE -> UnaryFn.SIGMOID;
            case SOFTMAX_CE -> null;
            case HALF_SQUARED -> regression ? UnaryFn.LINEAR : UnaryFn.TANH;
            case MSE, MAE -> regression ? UnaryFn.LINEAR : UnaryFn.SIGMOID;
        };
    }

    public Tensor output(Tensor logits) {
        UnaryFn fn = outputFn();
        return (fn == null ? logits.softmax() : logits.map(fn, 0)).label("output");
    }

    /** The mean data loss of a batch. */
    public Tensor loss(Tensor logits, Tensor output, Tensor targets) {
        Tensor l = switch (loss) {
            case BCE -> logits.bceWithLogits(targets);
            case SOFTMAX_CE -> logits.softmaxCrossEntropy(targets);
            case MSE -> output.sub(targets).square().mean();
            case MAE -> output.sub(targets).abs().mean();
            case HALF_SQUARED -> output.sub(targets).square().mean(0.5);
        };
        return l.label("data loss");
    }

    /** Writes the target row for one label into {@code dst} at {@code offset}. */
    public void encode(double label, double[] dst, int offset, int outputs) {
        if (regression) {
            dst[offset] = label;
            return;
        }
        int cls = (int) label;
        double off = loss == LossKind.HALF_SQUARED ? -1 : 0;
        if (outputs == 1) {
            dst[offset] = cls == 1 ? 1 : off;
        } else {
            for (int k = 0; k < outputs; k++) {
                dst[offset + k] = k == cls ? 1 : off;
            }
        }
    }

    /**
     * The probability of the positive class (binary) read from an output row, in [0, 1]; for regression the raw
     * value. For several classes use {@link #predictedClass}.
     */
    public double positive(double[] out, int offset, int outputs) {
        if (regression) {
            return out[offset];
        }
        if (outputs == 1) {
            double o = out[offset];
            return loss == LossKind.HALF_SQUARED ? (o + 1) / 2 : o;
        }
        return out[offset + 1];
    }

    public int predictedClass(double[] out, int offset, int outputs) {
        if (outputs == 1) {
            return positive(out, offset, 1) >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < outputs; k++) {
            if (out[offset + k] > out[offset + best]) {
                best = k;
            }
        }
        return best;
    }
}
