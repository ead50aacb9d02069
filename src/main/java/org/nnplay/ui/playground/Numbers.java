package org.nnplay.ui.playground;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for numeric choices: preset lists that always hold the current value, and short display. */
final class Numbers {
    private Numbers() {}

    /** "0.03", "1", "0.00001": plain, no trailing zeros, no exponent. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The presets plus {@code current} (when it is not one of them), sorted. */
    static List<Double> withCurrent(List<Double> presets, double current) {
        List<Double> out = new ArrayList<>(presets);
        if (out.stream().noneMatch(p -> Math.abs(p - current) <= 1e-12 * Math.max(1, Math.abs(current)))) {
            out.add(current);
            out.sort(Double::compare);
        }
        return out;
    }

    static List<Integer> withCurrent(List<Integer> presets, int current, int unused) {
        List<Integer> out = new ArrayList<>(presets);
        if (!out.contains(current)) {
            out.add(current);
            out.sort(Integer::compare);
        }
        return out;
    }

    /**
     * A figure for tiles, bars and status lines that never breaks a layout: four significant digits, an exponent
     * for huge and tiny magnitudes ("1.0e15", "3.2e−7"), "—" for NaN (no value), "∞" and "−∞".
     */
    static String figure(double v) {
        if (Double.isNaN(v)) return "\u2014";
        if (Double.isInfinite(v)) return v > 0 ? "\u221e" : "\u2212\u221e";
        double a = Math.abs(v);
        String s;
        if (a != 0 && (a >= 1e6 || a < 1e-4)) {
            s = String.format(Locale.ROOT, "%.1e", v).replace("e+0", "e").replace("e+", "e").replace("e-0", "e-");
        } else if (a >= 1000) {
            s = String.format(Locale.ROOT, "%,.0f", v);
        } else {
            s = BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return s.replace('-', '\u2212');
    }

    /** "12,345" style epoch counter, zero-padded to six digits as the playground shows it. */
    static String epoch(long epoch) {
        String digits = String.format(Locale.ROOT, "%06d", Math.max(0, epoch));
        return String.format(Locale.ROOT, "%,d", Math.max(0, epoch)).length() >= 7 ? String.format(Locale.ROOT, "%,d", epoch)
                : digits.substring(0, digits.length() - 3) + "," + digits.substring(digits.length() - 3);
    }
}
