package org.nnplay.experiment;

import org.nnplay.data.ProblemType;
import org.nnplay.engine.Named;

/**
 * The kinds of problem a loss is chosen for: two classes, more classes, or regression. Each has its default loss
 * ({@link TrainingSettings#defaultLoss}) and, once the user picks one, the user's loss ({@link ChosenLosses}).
 */
public enum LossProblem implements Named {
    BINARY("binary"),
    MULTICLASS("multiclass"),
    REGRESSION("regression");

    private final String key;

    LossProblem(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static LossProblem of(ProblemType type, int classes) {
        return type == ProblemType.REGRESSION ? REGRESSION : classes > 2 ? MULTICLASS : BINARY;
    }

    public static LossProblem of(DataSettings d) { return of(d.problem(), d.classes()); }

    /** "2 classes", "3 classes", "regression", for messages. */
    public static String describe(ProblemType type, int classes) {
        return type == ProblemType.REGRESSION ? "regression" : classes + " classes";
    }
}
