package org.nnplay.engine.check;

import java.util.function.Supplier;

/**
 * One named gradient check: a category for grouping the report, and a supplier that builds its {@link Problem}
 * afresh (seeded, so every run sees the same numbers).
 */
public record Check(String name, String category, Supplier<Problem> problem) {
    public static final String OP = "op";
    public static final String ACTIVATION = "activation";
    public static final String LOSS = "loss";
    public static final String LAYER = "layer";
    public static final String REGULARISER = "regulariser";
}
