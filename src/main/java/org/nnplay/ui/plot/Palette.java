package org.nnplay.ui.plot;

import javafx.scene.paint.Color;

/**
 * Class colours and the heat-map scale of the plane. Points use the strong colours; the heat map uses tints of the
 * same hues through white at P = 0.5, so the boundary reads as the white band and points stay visible on top.
 */
public enum Palette {
    /** Red for class 0, green for class 1: the colours of the lecture slides. */
    RED_GREEN("Red / green", org.nnplay.experiment.Palette.RED_GREEN),
    /** Orange for class 0, blue for class 1: safe for red-green colour blindness. */
    BLUE_ORANGE("Blue / orange", org.nnplay.experiment.Palette.BLUE_ORANGE);

    /** How far the heat map's extremes go from white towards the strong colour (0 = white, 1 = full colour). */
    private static final double HEAT_STRENGTH = 0.5;

    private final String label;
    private final Color[] classes;
    private final Color negative;
    private final Color positive;
    private final int[] heatLut = new int[257];

    /** The class colours come from the experiment's palette, one per class (see its list). */
    Palette(String label, org.nnplay.experiment.Palette colors) {
        this.label = label;
        this.classes = colors.classColors().stream().map(Color::web).toArray(Color[]::new);
        this.negative = classes[0];
        this.positive = classes[1];
        for (int i = 0; i < heatLut.length; i++) heatLut[i] = argb(heatColor(i / 256.0));
    }

    public String label() { return label; }

    /** Class 0 (or the lowest regression value). */
    public Color negative() { return negative; }

    /** Class 1 (or the highest regression value). */
    public Color positive() { return positive; }

    /** Colour of a class index: 0 negative, 1 positive, then a distinct hue for each class up to 9. */
    public Color classColor(int label) {
        return classes[Math.clamp(label, 0, classes.length - 1)];
    }

    /** Colour of a regression target in [-1, 1] (clamped): negative through white to positive. */
    public Color valueColor(double y) {
        double t = Math.clamp((y + 1) / 2, 0, 1);
        return t < 0.5 ? negative.interpolate(Color.WHITE, t * 2 * 0.85) : Color.WHITE.interpolate(positive, 0.15 + (t - 0.5) * 2 * 0.85);
    }

    /** Heat-map colour of P(class 1) = p in [0, 1]: negative tint, white at 0.5, positive tint. */
    public Color heatColor(double p) {
        double t = Math.clamp(p, 0, 1);
        if (t < 0.5) return Color.WHITE.interpolate(negative, (0.5 - t) * 2 * HEAT_STRENGTH);
        return Color.WHITE.interpolate(positive, (t - 0.5) * 2 * HEAT_STRENGTH);
    }

    /** {@link #heatColor} as opaque ARGB, from a 257-entry table (fast enough for every pixel of the plane). */
    public int heatArgb(double p) {
        if (Double.isNaN(p)) return 0xFFFFFFFF;
        return heatLut[(int) Math.round(Math.clamp(p, 0, 1) * 256)];
    }

    /** The heat-map tint of class {@code label}: its colour as far from white as the two-class map goes. */
    public int classTintArgb(int label) {
        return argb(Color.WHITE.interpolate(classColor(label), HEAT_STRENGTH));
    }

    /** The palette an experiment names. */
    public static Palette of(org.nnplay.experiment.Palette p) {
        return p == org.nnplay.experiment.Palette.BLUE_ORANGE ? BLUE_ORANGE : RED_GREEN;
    }

    static int argb(Color c) {
        int r = (int) Math.round(c.getRed() * 255);
        int g = (int) Math.round(c.getGreen() * 255);
        int b = (int) Math.round(c.getBlue() * 255);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
