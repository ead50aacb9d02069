package org.nnplay.engine;

/** Where tensors live: plain JVM arrays, ND4J, or chosen per workload. */
public enum BackendKind implements Named {
    AUTO("auto"),
    JVM("jvm"),
    ND4J("nd4j");

    private final String key;

    BackendKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static BackendKind fromKey(String key) { return Named.parse(BackendKind.class, key, "backend kind"); }
}
