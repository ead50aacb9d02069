package org.nnplay.experiment;

import org.nnplay.engine.Named;

/** Light or dark application theme. */
public enum Theme implements Named {
    LIGHT("light"),
    DARK("dark");

    private final String key;

    Theme(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static Theme fromKey(String key) { return Named.parse(Theme.class, key, "theme"); }
}
