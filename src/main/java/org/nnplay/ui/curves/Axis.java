package org.nnplay.ui.curves;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnplay.ui.plot.Ticks;

/**
 * One axis of a plot: maps data values in [lo, hi] to pixels in [p0, p1] (p0 may be greater than p1, as for a y
 * axis whose pixels grow downwards), linearly or logarithmically, and places "nice" ticks (1, 2, 5 × 10^k). Pure:
 * no JavaFX, so it is unit-tested directly.
 */
public final class Axis {
    /** A tick at {@code value}, labelled. */
    public record Tick(double value, String label) {}

    private final Scale scale;
    private final double lo;
    private final double hi;
    private final double p0;
    private final double p1;
    private final double tlo;
    private final double span;

    /** For {@link Scale#LOG}, {@code lo} must be positive: it is the floor every value ≤ 0 is clamped to. */
    public Axis(Scale scale, double lo, double hi, double p0, double p1) {
        if (!(hi > lo) || scale == Scale.LOG && !(lo > 0)) {
            throw new IllegalArgumentException("bad " + scale + " range [" + lo + ", " + hi + "]");
        }
        this.scale = scale;
        this.lo = lo;
        this.hi = hi;
        this.p0 = p0;
        this.p1 = p1;
        this.tlo = transform(lo);
        this.span = transform(hi) - tlo;
    }

    public Scale scale() { return scale; }

    public double lo() { return lo; }

    public double hi() { return hi; }

    private double transform(double v) {
        return scale == Scale.LOG ? Math.log10(v > 0 ? v : lo) : v;
    }

    /** The pixel of a data value; values outside [lo, hi] map outside [p0, p1]. */
    public double toPixel(double v) {
        return p0 + (transform(v) - tlo) / span * (p1 - p0);
    }

    /** The data value at a pixel: the inverse of {@link #toPixel}. */
    public double toValue(double px) {
        double t = tlo + (px - p0) / (p1 - p0) * span;
        return scale == Scale.LOG ? Math.pow(10, t) : t;
    }

    /** The ticks inside [lo, hi], about {@code maxTicks} at most, labelled as values. */
    public List<Tick> ticks(int maxTicks) {
        double[] values = scale == Scale.LOG ? logTicks(lo, hi, maxTicks) : niceTicks(lo, hi, maxTicks, false);
        List<Tick> out = new ArrayList<>(values.length);
        double step = values.length > 1 ? values[1] - values[0] : 1;
        for (double v : values) {
            out.add(new Tick(v, scale == Scale.LOG ? formatValue(v) : formatLinear(v, step)));
        }
        return out;
    }

    /** Integer ticks for epochs, labelled 500, 1k, 2.5k, 10k, 1M. */
    public List<Tick> epochTicks(int maxTicks) {
        List<Tick> out = new ArrayList<>();
        // at least two labelled epochs where the range has them: 0 to 453,264 in room for two ticks gave a step of
        // 500,000 and only "0" under the whole axis
        double[] ticks = niceTicks(lo, hi, maxTicks, true);
        for (int more = 1; ticks.length < 2 && more <= 4 && hi - lo >= 1; more++) {
            ticks = niceTicks(lo, hi, maxTicks + more, true);
        }
        for (double v : ticks) {
            out.add(new Tick(v, formatEpoch(v)));
        }
        return out;
    }

    /** Multiples of the {@link Ticks#niceStep nice step} inside [lo, hi] (integers only when {@code integer}). */
    public static double[] niceTicks(double lo, double hi, int maxTicks, boolean integer) {
        double step = Ticks.niceStep(hi - lo, maxTicks);
        if (integer) {
            step = Math.max(1, step);
        }
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        double[] out = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clean((first + i) * step, step);
        }
        return out;
    }

    /** [lo, hi] widened to multiples of the nice step; a flat range gets some room. */
    public static double[] niceRange(double lo, double hi, int maxTicks) {
        if (!(hi > lo)) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = Ticks.niceStep(hi - lo, maxTicks);
        return new double[] {clean(Math.floor(lo / step + 1e-9) * step, step), clean(Math.ceil(hi / step - 1e-9) * step, step)};
    }

    /** [lo, hi] (lo > 0) widened to whole decades, at least one. */
    public static double[] logRange(double lo, double hi) {
        double a = Math.floor(Math.log10(lo) + 1e-9);
        double b = Math.ceil(Math.log10(Math.max(hi, lo)) - 1e-9);
        if (b <= a) {
            b = a + 1;
        }
        return new double[] {Math.pow(10, a), Math.pow(10, b)};
    }

    /** Decades in [lo, hi]; with few decades also 2 and 5 times them; with many, every 2nd, 3rd... decade. */
    public static double[] logTicks(double lo, double hi, int maxTicks) {
        int a = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int b = (int) Math.floor(Math.log10(hi) + 1e-9);
        int decades = b - a + 1;
        List<Double> out = new ArrayList<>();
        boolean fine = decades * 3 <= maxTicks;
        int every = Math.max(1, (int) Math.ceil(decades / (double) Math.max(1, maxTicks)));
        for (int k = a - 1; k <= b; k++) {
            for (int m : fine ? new int[] {1, 2, 5} : new int[] {1}) {
                double v = m * Math.pow(10, k);
                v = Double.parseDouble(String.format(Locale.ROOT, "%.1e", v));
                boolean onStride = m != 1 || Math.floorMod(k - a, every) == 0;
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9) && onStride) {
                    out.add(v);
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double clean(double v, double step) {
        double r = Math.round(v / step) * step;
        return Math.abs(r) < step * 1e-9 ? 0 : new BigDecimal(r).round(new MathContext(12)).doubleValue();
    }

    /** An epoch for an axis: 0, 500, 1k, 2.5k, 10k, 250k, 1M, 2.5M, 1G. */
    public static String formatEpoch(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "G";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        }
        if (a >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    /** A value with about four significant digits: 0.01234, 12.35, 1.2e-5, 3e6. */
    public static String formatValue(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-3 || a >= 1e6) {
            String s = String.format(Locale.ROOT, "%.2e", v);
            int e = s.indexOf('e');
            return new BigDecimal(s.substring(0, e)).stripTrailingZeros().toPlainString() + "e" + Integer.parseInt(s.substring(e + 1));
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String formatLinear(double v, double step) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(v) >= 1e6 || v != 0 && Math.abs(v) < 1e-3) {
            return formatValue(v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String trim(double v) {
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
