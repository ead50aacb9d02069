package org.nnplay.experiment;

import org.nnplay.engine.Named;

/**
 * A window of its own that a lesson opens, after its preset when it has one: the backpropagation stepper (scene 9),
 * the activation gallery (scene 10), the hyper-parameter search on the lesson's experiment (scene 15), the
 * lesson's experiment as a PyTorch script (scene 18).
 */
public enum LessonWindow implements Named {
    BACKPROP("backprop"),
    GALLERY("gallery"),
    SEARCH("search"),
    PYTORCH("pytorch");

    private final String key;

    LessonWindow(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static LessonWindow fromKey(String key) { return Named.parse(LessonWindow.class, key, "lesson window"); }
}
