package org.nnplay.experiment;

import org.nnplay.engine.Named;

/**
 * Which view has the window's stage: the normal layout (every view at its share) or one view alone on the whole
 * stage (keys 0–5 in the window, {@code --view} on the command line). Saved with the experiment, so a lesson opens
 * on the view it is about.
 */
public enum StageView implements Named {
    NORMAL("normal", 0),
    BOUNDARY("boundary", 1),
    CURVES("curves", 2),
    LANDSCAPE("landscape", 3),
    BUILDER("builder", 4),
    COMPARE("compare", 5);

    private final String key;
    private final int digit;

    StageView(String key, int digit) {
        this.key = key;
        this.digit = digit;
    }

    @Override public String key() { return key; }

    /** The number key that puts this view on the stage. */
    public int digit() { return digit; }

    public static StageView fromKey(String key) { return Named.parse(StageView.class, key, "view"); }
}
