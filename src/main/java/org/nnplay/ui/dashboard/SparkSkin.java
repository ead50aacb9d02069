package org.nnplay.ui.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.skins.SparkLineTileSkin;

/**
 * TilesFX's spark-line skin, taking each value once. In TilesFX 21.0.9 a non-animated {@code setValue} reaches
 * {@code handleCurrentValue} twice (through the current-value listener and the VALUE event), so every point was
 * plotted twice and the line came out as stairs. A value equal to the previous one is a repeat (the tile's value
 * property does not fire for an unchanged value), so it is skipped; {@link #restart} clears the line.
 */
final class SparkSkin extends SparkLineTileSkin {
    private double last = Double.NaN;

    SparkSkin(Tile tile) {
        super(tile);
    }

    @Override
    protected void handleCurrentValue(double value) {
        if (Double.compare(value, last) == 0) {
            return;
        }
        last = value;
        super.handleCurrentValue(value);
    }

    /**
     * Starts the line afresh, flat at the tile's current value. TilesFX refills its data with the minimum value when
     * the averaging period changes, so the minimum is the current value for that moment.
     */
    void restart() {
        Tile t = getSkinnable();
        double min = t.getMinValue();
        int period = t.getAveragingPeriod();
        t.setMinValue(t.getValue());
        t.setAveragingPeriod(period + 1);
        t.setAveragingPeriod(period);
        t.setMinValue(min);
    }
}
