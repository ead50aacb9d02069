package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.ui.plot.Ticks;

/**
 * Maps losses in [min, max] to [0, 1] for the colour map, linearly or logarithmically, and picks contour levels and
 * colour-bar ticks. The log scale needs positive values: its floor is max(min, max · {@link #LOG_FLOOR}) so a loss of
 * exactly 0 does not stretch the scale to −∞. Immutable.
 */
public record LossScale(double min, double max, boolean log) {
    public static final double LOG_FLOOR = 1e-6;

    /** The scale of a grid's finite values; a flat or empty grid gets a unit-wide interval. */
    public static LossScale of(double min, double max, boolean log) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new LossScale(0, 1, log);
        }
        if (log) {
            if (max <= 0) {
                return new LossScale(LOG_FLOOR, 1, false);
            }
            min = Math.max(min, max * LOG_FLOOR);
            if (max <= min * (1 + 1e-12)) {
                return new LossScale(min / 2, max * 2, true);
            }
            return new LossScale(min, max, true);
        }
        if (max <= min) {
            return new LossScale(min - 0.5, max + 0.5, false);
        }
        return new LossScale(min, max, false);
    }

    /** Position of {@code v} on the scale, clamped to [0, 1]; NaN for a non-finite loss. */
    public double unit(double v) {
        if (!Double.isFinite(v)) {
            return v == Double.POSITIVE_INFINITY ? 1 : Double.NaN;
        }
        double t = log ? (Math.log(Math.max(v, min)) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (v - min) / (max - min);
        return Math.max(0, Math.min(1, t));
    }

    /** The loss at position {@code t} ∈ [0, 1] (inverse of {@link #unit}). */
    public double value(double t) {
        return log ? Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min))) : min + t * (max - min);
    }

    /** {@code count} contour levels strictly inside (min, max), evenly spaced on this scale (log-spaced when log). */
    public double[] levels(int count) {
        double[] out = new double[count];
        for (int k = 0; k < count; k++) {
            out[k] = value((k + 1.0) / (count + 1));
        }
        return out;
    }

    /** Colour-bar ticks: about {@code target} round values inside [min, max] (decades and 2, 5 × for log). */
    public List<Double> ticks(int target) {
        List<Double> out = new ArrayList<>();
        if (log && max / min > 20) {
            for (int e = (int) Math.floor(Math.log10(min)); e <= (int) Math.ceil(Math.log10(max)); e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double v = m * Math.pow(10, e);
                    if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) out.add(v);
                }
            }
            if (out.size() > target + 2) {
                out.removeIf(v -> Math.abs(v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)) - 1) > 1e-6);
            }
            return out;
        }
        double step = Ticks.niceStep(max - min, target);
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return out;
    }

    /** A compact label for a loss value: 3 significant digits, scientific outside [0.001, 10⁴). */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e4)) {
            return String.format(java.util.Locale.ROOT, "%.2g", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        String s = String.format(java.util.Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
