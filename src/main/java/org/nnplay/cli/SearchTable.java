package org.nnplay.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplay.training.search.SearchPlan;
import org.nnplay.training.search.TrialResult;

/**
 * The {@code search} command's output: per round a header and the trials best first (lowest test loss; diverged
 * last, with dashes instead of numbers), then the best of all rounds. With {@code --json}, one object per trial and
 * one for the best instead, for scripts.
 */
final class SearchTable {
    private static final String ROW = "%5s  %-10s  %-10s  %10s  %10s  %8s  %s%n";
    private final PrintStream out;
    private final boolean json;

    SearchTable(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void round(int round, SearchPlan plan, List<TrialResult> results, double seconds, int threads) {
        List<TrialResult> sorted = results.stream().sorted(TrialResult.BEST_FIRST).toList();
        if (json) {
            for (TrialResult r : sorted) out.println(Json.object(fields(round, r)));
            return;
        }
        String l2 = plan.space().searchesL2() ? ", L2 = e^y, y in " + plan.space().l2() : "";
        out.printf(Locale.ROOT, "round %d: %s search, %d trials x %d epochs, lr = e^x, x in %s%s%n", round,
                plan.strategy().key(), results.size(), plan.epochs(), plan.space().learningRate(), l2);
        out.printf(ROW, "trial", "lr", "l2", "train loss", "test loss", "accuracy", "diverged");
        for (TrialResult r : sorted) {
            boolean d = r.diverged();
            out.printf(ROW, r.trial().index() + 1, num(r.trial().learningRate()),
                    r.trial().hasL2() ? num(r.trial().l2Rate()) : "-", d ? "-" : num(r.trainLoss()),
                    d ? "-" : num(r.testLoss()), d || Double.isNaN(r.testAccuracy()) ? "-" : pct(r.testAccuracy()),
                    d ? "yes" : "no");
        }
        out.printf(Locale.ROOT, "%d trials in %.1f s on %d thread%s (%.2f trials/s)%n%n", results.size(), seconds,
                threads, threads == 1 ? "" : "s", results.size() / Math.max(seconds, 1e-9));
    }

    void best(TrialResult best) {
        if (json) {
            Map<String, Object> f = best == null ? new LinkedHashMap<>(Map.of("best", "none")) : fields(0, best);
            f.remove("round");
            f.put("kind", "best");
            out.println(Json.object(f));
            return;
        }
        if (best == null) {
            out.println("best: none, every trial diverged");
            return;
        }
        String l2 = best.trial().hasL2() ? ", l2 " + num(best.trial().l2Rate()) : "";
        String acc = Double.isNaN(best.testAccuracy()) ? "" : ", test accuracy " + pct(best.testAccuracy());
        out.printf(Locale.ROOT, "best: learning rate %s (e^%.2f)%s: test loss %s, train loss %s%s%n",
                num(best.trial().learningRate()), Math.log(best.trial().learningRate()), l2, num(best.testLoss()),
                num(best.trainLoss()), acc);
    }

    private static Map<String, Object> fields(int round, TrialResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("round", round);
        m.put("trial", r.trial().index() + 1);
        m.put("strategy", r.trial().strategy().key());
        m.put("lr", r.trial().learningRate());
        m.put("l2", r.trial().hasL2() ? r.trial().l2Rate() : null);
        m.put("trainLoss", r.trainLoss());
        m.put("testLoss", r.testLoss());
        m.put("testAccuracy", r.testAccuracy());
        m.put("diverged", r.diverged());
        return m;
    }

    static String num(double v) { return String.format(Locale.ROOT, "%.4g", v); }

    static String pct(double v) { return String.format(Locale.ROOT, "%.1f%%", 100 * v); }
}
