package org.nnplay.ui.curves;

/** How the loss axis maps values to pixels. */
public enum Scale {
    LINEAR,
    /** Base-10 logarithmic; zero and negative values are drawn at the smallest positive value. */
    LOG
}
