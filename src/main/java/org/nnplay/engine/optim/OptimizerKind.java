package org.nnplay.engine.optim;

import org.nnplay.engine.Named;

/** Update rules. */
public enum OptimizerKind implements Named {
    SGD("sgd"),
    MOMENTUM("momentum"),
    NESTEROV("nesterov"),
    ADAGRAD("adagrad"),
    RMSPROP("rmsprop"),
    ADADELTA("adadelta"),
    ADAM("adam"),
    ADAMW("adamw");

    private final String key;

    OptimizerKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static OptimizerKind fromKey(String key) { return Named.parse(OptimizerKind.class, key, "optimizer kind"); }
}
