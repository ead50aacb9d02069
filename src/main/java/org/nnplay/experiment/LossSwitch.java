package org.nnplay.experiment;

import java.util.function.Function;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.LossKind;

/**
 * A loss changed because the data's problem changed (another data set, an imported file): from what, to what, for
 * which problem, and whether it is the user's own choice for that problem or the problem's default. The window says
 * it in the status bar and the command line in its import summary, each with its own names for losses.
 */
public record LossSwitch(LossKind from, LossKind to, ProblemType problem, int classes, boolean chosen) {
    /** The switch from {@code before} to {@code after}, or null when the loss stayed or the user changed it directly. */
    public static LossSwitch between(Experiment before, Experiment after) {
        LossKind from = before.training().loss();
        LossKind to = after.training().loss();
        DataSettings d = after.data();
        if (from == to || LossProblem.of(before.data()) == LossProblem.of(d)) {
            return null;
        }
        boolean chosen = after.training().chosenLosses().of(LossProblem.of(d)) == to;
        return new LossSwitch(from, to, d.problem(), d.classes(), chosen);
    }

    /** "Loss: Softmax CE → ½ squared, the default for 2 classes" with {@code name} naming the losses. */
    public String describe(Function<LossKind, String> name) {
        return "Loss: " + name.apply(from) + " → " + name.apply(to) + ", " + (chosen ? "the one you chose" : "the default")
                + " for " + LossProblem.describe(problem, classes);
    }
}
