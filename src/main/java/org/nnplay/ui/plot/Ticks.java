package org.nnplay.ui.plot;

import java.util.Locale;

/**
 * Round tick values for every plot's axes and scales: steps of 1, 2 or 5 × 10^k, and their labels with as many
 * decimals as the step needs. Pure: no JavaFX.
 */
public final class Ticks {
    private Ticks() {}

    /** The 1, 2 or 5 × 10^k step that puts at most about {@code maxTicks} intervals on {@code range}. */
    public static double niceStep(double range, int maxTicks) {
        if (!(range > 0) || Double.isInfinite(range)) {
            return 1;
        }
        double raw = range / Math.max(1, maxTicks);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * mag >= raw * (1 - 1e-9)) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    /** The multiples of {@code step} in [lo, hi] (a value within rounding of 0 is 0). */
    public static double[] multiples(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] out = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            double v = (first + i) * step;
            out[i] = Math.abs(v) < step * 1e-9 ? 0 : v;
        }
        return out;
    }

    /**
     * A tick's label: whole numbers as such, others with as many decimals as {@code step} needs; with a power of ten
     * ("2.5e139", "4e−5") where the step is huge or tiny, so a label never runs to dozens of digits; a true minus sign.
     */
    public static String label(double v, double step) {
        double tolerance = Math.abs(step) * 1e-9;
        if (Math.abs(v) < tolerance) {
            return "0";
        }
        if (Math.abs(step) >= 1e6 || Math.abs(step) < 1e-4) {
            int digits = (int) Math.clamp(Math.floor(Math.log10(Math.abs(v))) - Math.floor(Math.log10(Math.abs(step))
                    + 1e-9), 0, 3);
            return String.format(Locale.ROOT, "%." + digits + "e", v).replace("e+", "e").replaceAll("e(-?)0+(\\d)", "e$1$2")
                    .replace('-', '\u2212');
        }
        boolean whole = Math.abs(v - Math.rint(v)) < Math.max(tolerance, 1e-12);
        int decimals = whole ? 0 : Math.max(0, (int) -Math.floor(Math.log10(Math.abs(step)) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('-', '\u2212');
    }
}
