package org.nnplay.ui.network;

import javafx.scene.paint.Color;

/**
 * The neutral colours the builder's canvas draws with (the weight colours come from the {@link ColorScale}): links
 * without weights, outlines, the ring round a hovered neuron, the paper under bias markers, and an empty thumbnail.
 * One set for the light theme and one for the dark, matching network-view.css.
 */
record Ink(Color untrained, Color outline, Color border, Color ring, Color paper, int emptyArgb) {
    static final Ink LIGHT = new Ink(Color.web("#b4bac4"), Color.web("#1f2430"), Color.web("#6b7280"),
            Color.web("#1f2430"), Color.WHITE, 0xfff1f3f6);
    static final Ink DARK = new Ink(Color.web("#5d6470"), Color.web("#e8eaee"), Color.web("#8b93a0"),
            Color.web("#ffffff"), Color.web("#1e2127"), 0xff323741);
}
