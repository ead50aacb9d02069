package org.nnplay.ui.landscape;

/** What the view shows: the four segments of its mode switch. */
public enum LandscapeMode {
    AROUND("Around weights"),
    PATH("Training path"),
    LINE("Line"),
    SURFACE("3-D");

    private final String label;

    LandscapeMode(String label) { this.label = label; }

    public String label() { return label; }

    /** Whether the mode draws a 2-D slice (the heat map, or the 3-D surface of one). */
    public boolean slice() { return this != LINE; }
}
