package org.nnplay.training.search;

import java.util.List;

/**
 * The lecture's "refine the grid, train longer": from a finished round, the log range spanned by the best quarter
 * of the trials (at least two, when there are), widened on each side by a quarter of that span, and by at least
 * 15 % of the old width (trials are sparse: the optimum may lie between the best one and its neighbours); never
 * wider than half the old range, so each round really narrows. Diverged trials never count among the best. The
 * new range may step past the old one when the best trials sit at its edge: the optimum probably lies beyond it.
 */
public final class CoarseToFine {
    /** The share of trials the next range is drawn around. */
    public static final double BEST_SHARE = 0.25;
    /** Each side is widened by this share of the best trials' span. */
    public static final double MARGIN = 0.25;
    /** Each side is widened by at least this share of the old width: trials are sparse, the optimum may lie between. */
    public static final double MIN_MARGIN = 0.15;
    /** The new range is at most this share of the old one's width. */
    public static final double MAX_SHRINK = 0.5;

    private CoarseToFine() {}

    /** The next round's space, or the current one unchanged when no trial converged. */
    public static SearchSpace refine(SearchSpace current, List<TrialResult> results) {
        List<TrialResult> best = best(results);
        if (best.isEmpty()) return current;
        LogRange lr = around(current.learningRate(), best.stream().mapToDouble(r -> r.trial().learningRate()).toArray(),
                SearchSpace.MAX_LR_EXPONENT);
        LogRange l2 = current.l2();
        if (l2 != null) {
            l2 = around(l2, best.stream().filter(r -> r.trial().hasL2()).mapToDouble(r -> r.trial().l2Rate()).toArray(),
                    SearchSpace.MAX_L2_EXPONENT);
        }
        return new SearchSpace(lr, l2);
    }

    /** The best quarter of the converged trials, best first (at least two when two converged). */
    public static List<TrialResult> best(List<TrialResult> results) {
        List<TrialResult> ok = results.stream().filter(r -> !r.diverged()).sorted(TrialResult.BEST_FIRST).toList();
        int k = Math.min(ok.size(), Math.max(2, (int) Math.ceil(results.size() * BEST_SHARE)));
        return ok.subList(0, k);
    }

    /**
     * The log range around {@code values} (best first): their span plus margins; when that is wider than half of
     * {@code old}, half of {@code old}'s width centred on the best value.
     */
    static LogRange around(LogRange old, double[] values, double ceiling) {
        if (values.length == 0) return old;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, Math.log(v));
            hi = Math.max(hi, Math.log(v));
        }
        double margin = Math.max(MARGIN * (hi - lo), MIN_MARGIN * old.width());
        double newLo = lo - margin;
        double newHi = hi + margin;
        double maxWidth = MAX_SHRINK * old.width();
        if (newHi - newLo > maxWidth) {
            double c = Math.log(values[0]); // too spread out: centre on the very best trial
            newLo = c - maxWidth / 2;
            newHi = c + maxWidth / 2;
        }
        if (newHi > ceiling) {
            newLo -= newHi - ceiling;
            newHi = ceiling;
        }
        return new LogRange(newLo, newHi);
    }
}
