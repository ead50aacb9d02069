package org.nnplay.experiment;

import org.nnplay.engine.Named;

/** Scale of the loss axis of the learning curve. */
public enum CurveScale implements Named {
    LINEAR("linear"),
    LOG("log");

    private final String key;

    CurveScale(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static CurveScale fromKey(String key) { return Named.parse(CurveScale.class, key, "curve scale"); }
}
