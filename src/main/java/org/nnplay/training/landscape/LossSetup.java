package org.nnplay.training.landscape;

import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Matrix;

/**
 * What a loss in weight space is measured on: the network's shape, a template of its weights (batch-norm γ, β and
 * running statistics are taken from here and stay fixed; only the flat W and b vary), the data (training or test),
 * and the penalty to add ({@link Regularization#NONE} for the data loss alone). Immutable; each thread makes its
 * own {@link LossFunction} from it.
 *
 * <p>{@link #of} copies the network's weights, so build it where the network may be read (on the training thread, or
 * while training is paused); training can go on while a job computes on the copy.
 */
public record LossSetup(NetworkSpec spec, Weights template, Matrix data, Regularization penalty) {
    public LossSetup {
        if (data.rows() == 0) {
            throw new IllegalArgumentException("loss landscape: the data set has no rows");
        }
        if (data.cols() != spec.inputs()) {
            throw new IllegalArgumentException("loss landscape: data have " + data.cols() + " columns, the network "
                    + spec.inputs() + " inputs");
        }
        template = template.copy();
        penalty = penalty == null ? Regularization.NONE : penalty;
    }

    /**
     * The loss of {@code net}'s current weights on {@code data}; with {@code includePenalty} the regularisation
     * term {@code reg} is added (what training minimises), else the data loss alone.
     */
    public static LossSetup of(Network net, Matrix data, Regularization reg, boolean includePenalty) {
        return new LossSetup(net.spec(), net.weights(), data, includePenalty ? reg : Regularization.NONE);
    }

    public boolean hasPenalty() { return penalty.kind() != RegularizationKind.NONE; }

    /** The template's W and b as one flat vector (the centre of a slice around the current weights). */
    public double[] center() { return template.flatten(); }

    public WeightLayout layout() { return WeightLayout.of(template); }

    public LossSetup withData(Matrix other) { return new LossSetup(spec, template, other, penalty); }

    /** The data loss alone. */
    public LossSetup withoutPenalty() { return new LossSetup(spec, template, data, Regularization.NONE); }

    public LossFunction newFunction() { return new LossFunction(this); }
}
