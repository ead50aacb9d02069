package org.nnplay.data;

import org.nnplay.engine.Named;

/** The built-in data sets. Keys are what experiment files and {@code train --dataset} use. */
public enum DatasetKind implements Named {
    CIRCLE("circle", ProblemType.CLASSIFICATION),
    XOR("xor", ProblemType.CLASSIFICATION),
    GAUSS("gauss", ProblemType.CLASSIFICATION),
    SPIRAL("spiral", ProblemType.CLASSIFICATION),
    MOONS("moons", ProblemType.CLASSIFICATION),
    PASS("pass", ProblemType.CLASSIFICATION),
    BLOBS("blobs", ProblemType.CLASSIFICATION),
    SPIRAL3("spiral3", ProblemType.CLASSIFICATION),
    PLANE("plane", ProblemType.REGRESSION),
    MULTI_GAUSS("multigauss", ProblemType.REGRESSION);

    private final String key;
    private final ProblemType type;

    DatasetKind(String key, ProblemType type) {
        this.key = key;
        this.type = type;
    }

    @Override public String key() { return key; }

    public ProblemType type() { return type; }

    public static DatasetKind fromKey(String key) { return Named.parse(DatasetKind.class, key, "data set"); }
}
