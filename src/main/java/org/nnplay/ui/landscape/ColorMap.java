package org.nnplay.ui.landscape;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.nnplay.ui.plot.HeatScale;

/**
 * Viridis (matplotlib's perceptually uniform map): 0 = low loss, dark purple-blue; 1 = high loss, yellow. Its
 * lightness rises monotonically, so it reads in grey-scale and on a washed-out projector. A 256-entry table
 * interpolated linearly between the eleven published stops viridis(0), viridis(0.1), …, viridis(1).
 */
public final class ColorMap {
    private static final int[] STOPS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
            0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    /** What a non-finite loss (the network blew up there) is painted with: a neutral grey, not on the map. */
    public static final int NON_FINITE_ARGB = 0xff8a8a8a;
    public static final int SIZE = 256;
    private static final int[] TABLE = build();
    /** The map as the shared heat painter takes it. */
    static final HeatScale HEAT = ColorMap::argb;

    private ColorMap() {}

    private static int[] build() {
        int[] t = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            double x = k / (SIZE - 1.0) * (STOPS.length - 1);
            int i = Math.min((int) x, STOPS.length - 2);
            double f = x - i;
            int a = STOPS[i];
            int b = STOPS[i + 1];
            int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
            int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
            int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
            t[k] = 0xff000000 | r << 16 | g << 8 | bl;
        }
        return t;
    }

    /** The colour of {@code t} ∈ [0, 1] (clamped) as 0xAARRGGBB; NaN gives {@link #NON_FINITE_ARGB}. */
    public static int argb(double t) {
        if (Double.isNaN(t)) {
            return NON_FINITE_ARGB;
        }
        int k = (int) Math.round(Math.max(0, Math.min(1, t)) * (SIZE - 1));
        return TABLE[k];
    }

    public static Color color(double t) {
        int c = argb(t);
        return Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255);
    }

    /** Relative luminance (Rec. 709 weights on sRGB-linearised channels) of {@code t}'s colour. */
    public static double luminance(double t) {
        int c = argb(t);
        return 0.2126 * lin((c >> 16) & 255) + 0.7152 * lin((c >> 8) & 255) + 0.0722 * lin(c & 255);
    }

    private static double lin(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** A SIZE × 2 strip of the map, u = t: the 3-D surface's diffuse texture. */
    public static Image texture() {
        WritableImage img = new WritableImage(SIZE, 2);
        PixelWriter pw = img.getPixelWriter();
        for (int k = 0; k < SIZE; k++) {
            pw.setArgb(k, 0, TABLE[k]);
            pw.setArgb(k, 1, TABLE[k]);
        }
        return img;
    }
}
