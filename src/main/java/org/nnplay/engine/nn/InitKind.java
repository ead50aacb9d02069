package org.nnplay.engine.nn;

import org.nnplay.engine.Named;

/** Weight initialisers. */
public enum InitKind implements Named {
    GLOROT_UNIFORM("glorot_uniform"),
    GLOROT_NORMAL("glorot_normal"),
    HE_UNIFORM("he_uniform"),
    HE_NORMAL("he_normal"),
    LECUN("lecun"),
    NORMAL("normal"),
    UNIFORM("uniform"),
    ZEROS("zeros");

    private final String key;

    InitKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static InitKind fromKey(String key) { return Named.parse(InitKind.class, key, "init kind"); }
}
