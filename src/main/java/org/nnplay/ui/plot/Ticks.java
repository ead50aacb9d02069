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

    /** Steps from this on are written as a multiple of the step's power of ten: 12×10⁸, not 1200000000. */
    public static final double POWER_FROM = 1e5;

    /**
     * A tick's label: whole numbers as such, others with as many decimals as {@code step} needs, and from a step of
     * {@value #POWER_FROM} on (populations, Unix time) as a multiple of the step's power of ten, one power along the
     * axis ("2×10⁸", "12×10⁸"), so that the labels do not run into each other; a true minus sign.
     */
    public static String label(double v, double step) {
        double tolerance = Math.abs(step) * 1e-9;
        if (Math.abs(v) < tolerance) {
            return "0";
        }
        if (Math.abs(step) >= POWER_FROM) {
            int power = (int) Math.floor(Math.log10(Math.abs(step)) + 1e-9);
            double times = v / Math.pow(10, power);
            String mantissa = Math.abs(times - Math.rint(times)) < 1e-6 ? Long.toString(Math.round(times))
                    : String.format(Locale.ROOT, "%.1f", times);
            return (mantissa + "\u00d710" + superscript(power)).replace('-', '\u2212');
        }
        boolean whole = Math.abs(v - Math.rint(v)) < Math.max(tolerance, 1e-12);
        int decimals = whole ? 0 : Math.max(0, (int) -Math.floor(Math.log10(Math.abs(step)) + 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('-', '\u2212');
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(c == '-' ? '\u207b' : digits.charAt(c - '0'));
        }
        return sb.toString();
    }
}
