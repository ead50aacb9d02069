package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small helpers for numeric choices: preset lists that always hold the current value, and short display. */
final class Numbers {
    private Numbers() {}

    /** "0.03", "1", "0.00001": plain, no trailing zeros, no exponent. */
    static String plain(double v) { return org.nnplay.ui.Formulas.number(v); }

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

    /** "12,345" style epoch counter, zero-padded to six digits as the playground shows it. */
    static String epoch(long epoch) {
        String digits = String.format(Locale.ROOT, "%06d", Math.max(0, epoch));
        return String.format(Locale.ROOT, "%,d", Math.max(0, epoch)).length() >= 7 ? String.format(Locale.ROOT, "%,d", epoch)
                : digits.substring(0, digits.length() - 3) + "," + digits.substring(digits.length() - 3);
    }
}
