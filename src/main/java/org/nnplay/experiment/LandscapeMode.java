package org.nnplay.experiment;

import org.nnplay.engine.Named;

/**
 * What the loss-landscape view shows (its mode switch): a slice around the current weights, re-centred as they
 * move; the plane through the training path, which draws the path the optimizer took; the loss on the line from
 * the initial to the current weights; or the slice as a 3-D surface. Saved with the experiment, so a lesson opens
 * the landscape in the mode it is about.
 */
public enum LandscapeMode implements Named {
    AROUND("around"),
    PATH("path"),
    LINE("line"),
    SURFACE("surface");

    private final String key;

    LandscapeMode(String key) { this.key = key; }

    @Override public String key() { return key; }

    /** Whether the mode draws a 2-D slice (the heat map, or the 3-D surface of one). */
    public boolean slice() { return this != LINE; }

    public static LandscapeMode fromKey(String key) { return Named.parse(LandscapeMode.class, key, "landscape mode"); }
}
