package org.nnplay.ui.network;

import javafx.scene.paint.Color;

/**
 * A diverging colour map for values in [-1, 1] (negative, zero, positive), quantised into a lookup table so that
 * a thumbnail costs one array read per pixel. {@link #negative()} and {@link #positive()} are the saturated ends,
 * used for links and bias markers; values outside [-1, 1] are clamped and NaN reads as the middle colour.
 */
public interface ColorScale {
    /** The TensorFlow Playground idea with the decision boundary's colours: red below zero, green above. */
    ColorScale RED_GREEN = diverging("Red / green", Color.web("#d7301f"), Color.web("#f7f7f7"), Color.web("#1a9850"));

    /** For red-green colour blindness: orange below zero, blue above (the playground's own pair). */
    ColorScale ORANGE_BLUE = diverging("Orange / blue", Color.web("#e66101"), Color.web("#f7f7f7"), Color.web("#1f6fb4"));

    String name();

    /** Opaque ARGB (0xAARRGGBB) for {@code v}. */
    int argb(double v);

    Color negative();

    Color positive();

    default Color color(double v) {
        int c = argb(v);
        return Color.rgb((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff);
    }

    /** The saturated end for a value's sign (zero counts as positive). */
    default Color signColor(double v) {
        return v < 0 ? negative() : positive();
    }

    /** Linear interpolation through three colours in [-1, 0, 1], quantised into 511 steps. */
    static ColorScale diverging(String name, Color neg, Color mid, Color pos) {
        int steps = 511;
        int[] table = new int[steps];
        for (int i = 0; i < steps; i++) {
            double t = i / (double) (steps - 1) * 2 - 1;
            Color c = t < 0 ? mid.interpolate(neg, -t) : mid.interpolate(pos, t);
            table[i] = 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return new ColorScale() {
            @Override public String name() { return name; }

            @Override public int argb(double v) {
                if (!(v == v)) {
                    return table[steps / 2];
                }
                double c = v < -1 ? -1 : v > 1 ? 1 : v;
                return table[(int) Math.round((c + 1) * 0.5 * (steps - 1))];
            }

            @Override public Color negative() { return neg; }

            @Override public Color positive() { return pos; }

            @Override public String toString() { return name; }
        };
    }
}
