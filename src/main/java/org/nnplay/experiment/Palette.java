package org.nnplay.experiment;

import org.nnplay.engine.Named;

/** Colours of the two main classes on the plane. */
public enum Palette implements Named {
    RED_GREEN("red_green"),
    BLUE_ORANGE("blue_orange");

    private final String key;

    Palette(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static Palette fromKey(String key) { return Named.parse(Palette.class, key, "palette"); }
}
