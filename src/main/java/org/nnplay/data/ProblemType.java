package org.nnplay.data;

import org.nnplay.engine.Named;

/** Whether labels are classes or real values. */
public enum ProblemType implements Named {
    CLASSIFICATION("classification"),
    REGRESSION("regression");

    private final String key;

    ProblemType(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static ProblemType fromKey(String key) { return Named.parse(ProblemType.class, key, "problem type"); }
}
