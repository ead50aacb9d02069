package org.nnplay.ui.search;

import javafx.scene.paint.Color;

/**
 * The scatter plot's colours, light or dark. Random and grid trials take blue and orange from the Okabe–Ito
 * palette (safe for the common colour blindnesses) and also differ in shape, circle against square, so the plot
 * reads in greyscale and on a washed-out projector. Diverged trials are a red ×, the best a thick ring in ink.
 */
record PlotTheme(Color background, Color grid, Color axis, Color text, Color muted, Color random, Color gridTrial,
                 Color diverged, Color divergedBand) {
    static final PlotTheme LIGHT = new PlotTheme(Color.WHITE, Color.web("#e3e5e9"), Color.web("#8a8f98"),
            Color.web("#1b1b1b"), Color.web("#555b66"), Color.web("#0072B2"), Color.web("#D55E00"),
            Color.web("#C0001A"), Color.web("#fbeaea"));
    static final PlotTheme DARK = new PlotTheme(Color.web("#22262e"), Color.web("#353b47"), Color.web("#8a919e"),
            Color.web("#eef0f4"), Color.web("#a9b0bd"), Color.web("#56B4E9"), Color.web("#E69F00"),
            Color.web("#FF5C5C"), Color.web("#3a2a2e"));

    static PlotTheme of(boolean dark) { return dark ? DARK : LIGHT; }
}
