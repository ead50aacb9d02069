package org.nnplay.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.training.compare.CompareBatch;

/**
 * The {@code compare} command's output: a header, one row per variant best first (value, epochs, training and test
 * loss, accuracy or RMSE, status; a diverged variant has dashes instead of figures), why any diverged, and a line
 * with the time. With {@code --json}: one object per variant with the keys {@code setting, value, epochs,
 * train_loss, test_loss, train_accuracy, test_accuracy} (or {@code train_rmse, test_rmse}) {@code , status}, then a
 * summary object.
 */
final class CompareTable {
    private static final String ROW = "%-16s %8s  %11s  %11s  %11s  %11s  %s%n";
    private final PrintStream out;
    private final boolean json;
    private final ComparedSetting setting;
    private final boolean regression;

    CompareTable(PrintStream out, boolean json, ComparedSetting setting, ProblemType problem) {
        this.out = out;
        this.json = json;
        this.setting = setting;
        this.regression = problem == ProblemType.REGRESSION;
    }

    void print(List<CompareBatch.Result> bestFirst, long epochs, int threads, double seconds) {
        long trained = bestFirst.stream().mapToLong(r -> r.run().epoch()).sum();
        CompareBatch.Result best = bestFirst.getFirst().diverged() ? null : bestFirst.getFirst();
        long diverged = bestFirst.stream().filter(CompareBatch.Result::diverged).count();
        if (json) {
            bestFirst.forEach(r -> out.println(Json.object(fields(r))));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("summary", true);
            m.put("setting", setting.key());
            m.put("variants", bestFirst.size());
            m.put("epochs", epochs);
            m.put("best", best == null ? null : best.variant().value());
            m.put("diverged", diverged);
            m.put("threads", threads);
            m.put("seconds", seconds);
            m.put("epochs_per_second", trained / Math.max(seconds, 1e-9));
            out.println(Json.object(m));
            return;
        }
        out.printf(Locale.ROOT, "compare %s: %d variants x %d epochs, best first%n", setting.key(), bestFirst.size(),
                epochs);
        out.printf(ROW, setting.key(), "epochs", "train loss", "test loss", regression ? "train RMSE" : "train acc",
                regression ? "test RMSE" : "test acc", "status");
        for (CompareBatch.Result r : bestFirst) {
            boolean d = r.diverged();
            out.printf(ROW, r.variant().value(), r.run().epoch(), d ? "-" : num(r.train().dataLoss()),
                    d ? "-" : num(r.test().dataLoss()), d ? "-" : second(r.train()), d ? "-" : second(r.test()),
                    status(r));
        }
        for (CompareBatch.Result r : bestFirst) {
            if (r.run().message() != null) {
                out.println(r.variant().label() + ": " + r.run().message().replace(", then press play to resume.", "."));
            }
        }
        out.printf(Locale.ROOT, "%d variants in %.1f s on %d thread%s (%,.0f epochs/s in all); best: %s%n",
                bestFirst.size(), seconds, threads, threads == 1 ? "" : "s", trained / Math.max(seconds, 1e-9),
                best == null ? "none, every variant diverged" : best.variant().label());
    }

    private Map<String, Object> fields(CompareBatch.Result r) {
        boolean d = r.diverged();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("setting", setting.key());
        m.put("value", r.variant().value());
        m.put("epochs", r.run().epoch());
        m.put("train_loss", d ? null : r.train().dataLoss());
        m.put("test_loss", d ? null : r.test().dataLoss());
        if (regression) {
            m.put("train_rmse", d ? null : r.train().rmse());
            m.put("test_rmse", d ? null : r.test().rmse());
        } else {
            m.put("train_accuracy", d ? null : r.train().accuracy());
            m.put("test_accuracy", d ? null : r.test().accuracy());
        }
        m.put("status", status(r));
        if (r.run().message() != null) m.put("message", r.run().message());
        return m;
    }

    private static String status(CompareBatch.Result r) {
        return r.diverged() ? "diverged" : r.run().status().name().toLowerCase(Locale.ROOT);
    }

    private String second(Evaluation e) {
        if (regression) return num(e.rmse());
        return Double.isNaN(e.accuracy()) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * e.accuracy());
    }

    private static String num(double v) { return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "-"; }
}
