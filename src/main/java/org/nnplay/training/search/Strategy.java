package org.nnplay.training.search;

import java.util.Locale;

/**
 * How a search places its trials. The lecture's point (Bergstra and Bengio, 2012): with the same budget a grid
 * tries only a few distinct values of each hyper-parameter, while random sampling tries a new value of every one
 * in every trial, so it finds the important one's good region more often.
 */
public enum Strategy {
    /** Evenly spaced in log space, from the low end of the range to the high end. */
    GRID,
    /** Log-uniform: e^x with x drawn uniformly from the range, from a seed, so a search can be repeated. */
    RANDOM;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    /** The strategy for {@code grid} or {@code random} (any case). */
    public static Strategy fromKey(String key) {
        for (Strategy s : values()) {
            if (s.key().equalsIgnoreCase(key.trim())) return s;
        }
        throw new IllegalArgumentException("unknown strategy '" + key + "': use random or grid");
    }
}
