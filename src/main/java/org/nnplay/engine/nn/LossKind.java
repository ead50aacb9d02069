package org.nnplay.engine.nn;

import org.nnplay.engine.Named;

/** Loss functions. BCE works on logits; HALF_SQUARED is TensorFlow Playground's ½(out − label)² on ±1 labels. */
public enum LossKind implements Named {
    BCE("bce"),
    SOFTMAX_CE("softmax_ce"),
    MSE("mse"),
    MAE("mae"),
    HALF_SQUARED("half_squared");

    private final String key;

    LossKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static LossKind fromKey(String key) { return Named.parse(LossKind.class, key, "loss kind"); }
}
