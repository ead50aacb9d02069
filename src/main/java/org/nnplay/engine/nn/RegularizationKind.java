package org.nnplay.engine.nn;

import org.nnplay.engine.Named;

/** Weight penalties. */
public enum RegularizationKind implements Named {
    NONE("none"),
    L1("l1"),
    L2("l2"),
    ELASTIC("elastic");

    private final String key;

    RegularizationKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static RegularizationKind fromKey(String key) { return Named.parse(RegularizationKind.class, key, "regularization kind"); }
}
