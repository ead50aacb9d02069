package org.nnplay.experiment;

import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.LossKind;

/**
 * The loss the user chose for each kind of problem (null: none chosen, the problem's default applies). Saved as
 * {@code training.chosenLosses}, e.g. {@code {"binary": "bce"}}. Choosing another data set or importing a file then
 * takes the user's loss for the new problem, else its default ({@link Experiment#withFittingLoss}).
 */
public record ChosenLosses(LossKind binary, LossKind multiclass, LossKind regression) {
    public static final ChosenLosses NONE = new ChosenLosses(null, null, null);

    public ChosenLosses {
        check("multiclass", multiclass, ProblemType.CLASSIFICATION, 3);
        check("regression", regression, ProblemType.REGRESSION, 0);
    }

    private static void check(String field, LossKind loss, ProblemType problem, int classes) {
        String misfit = loss == null ? null : TrainingSettings.lossMismatch(loss, problem, classes);
        if (misfit != null) {
            throw new InvalidSettingException(field, misfit);
        }
    }

    /** The loss chosen for {@code problem}, or null. */
    public LossKind of(LossProblem problem) {
        return switch (problem) {
            case BINARY -> binary;
            case MULTICLASS -> multiclass;
            case REGRESSION -> regression;
        };
    }

    /** With {@code loss} chosen for {@code problem}. */
    public ChosenLosses with(LossProblem problem, LossKind loss) {
        return switch (problem) {
            case BINARY -> new ChosenLosses(loss, multiclass, regression);
            case MULTICLASS -> new ChosenLosses(binary, loss, regression);
            case REGRESSION -> new ChosenLosses(binary, multiclass, loss);
        };
    }
}
