package org.nnplay.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick values for a log axis, as plain numbers a class reads at a glance (0.001, 0.01, 0.1, 1), not as exponents:
 * one per decade when the axis spans several, 1-2-5 steps when it spans about one, and 1 to 9 steps when the search
 * has zoomed in below that.
 */
final class LogTicks {
    private LogTicks() {}

    /** The ticks between {@code min} and {@code max} (both positive), smallest first. */
    static List<Double> between(double min, double max) {
        double decades = Math.log10(max / min);
        int[] steps = decades > 3 ? new int[] {1} : decades > 0.9 ? new int[] {1, 2, 5} : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
        List<Double> out = new ArrayList<>();
        int from = (int) Math.floor(Math.log10(min));
        int to = (int) Math.ceil(Math.log10(max));
        int every = decades > 8 ? 2 : 1;
        for (int k = from; k <= to; k++) {
            if (steps.length == 1 && Math.floorMod(k, every) != 0) continue;
            for (int s : steps) {
                double v = s * Math.pow(10, k);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) out.add(v);
            }
        }
        return out;
    }

    /** 0.001, 0.02, 1, 30, 1e-06: short, without trailing zeros. */
    static String label(double v) {
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e5)) {
            return String.format(Locale.ROOT, "%.0e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        String s = String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** A value with three significant digits, for tables and buttons. */
    static String value(double v) {
        if (Double.isNaN(v)) return "—";
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e5)) return String.format(Locale.ROOT, "%.2e", v);
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** An exponent of e as the range fields show it: −3.25, 0, 1.5 (a real minus sign, two decimals at most). */
    static String exponent(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s.replace('-', '\u2212');
    }
}
