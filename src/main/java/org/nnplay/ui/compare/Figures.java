package org.nnplay.ui.compare;

import java.util.Locale;
import org.nnplay.ui.curves.Axis;

/** How the compare view writes its numbers: losses to three significant digits, accuracies in per cent. */
final class Figures {
    private Figures() {}

    /** At most six characters: "0.0123", "0.42", "1.4e-3", "1.2e-31"; "—" when there is none. */
    static String loss(double v) {
        if (Double.isNaN(v)) return "—";
        if (!Double.isFinite(v) || v == 0) return Axis.formatValue(v);
        if (Math.abs(v) < 0.01) {
            String s = String.format(Locale.ROOT, Math.abs(v) < 1e-9 ? "%.0e" : "%.1e", v);
            return s.replace(".0e", "e").replace("e-0", "e-");
        }
        double scale = Math.pow(10, 2 - Math.floor(Math.log10(Math.abs(v))));
        return Axis.formatValue(Math.round(v * scale) / scale);
    }

    /** "98.4 %"; "—" when there is none. */
    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
