package org.nnplay.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.TrainingSetup;

/** How {@code train} reports: a line (or a JSON object) per report, a live progress line on a terminal, a summary. */
final class TrainReport {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;
    private final boolean regression;
    private final String backend;
    private final long epochs;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastProgress = started;
    private boolean progressShown;

    TrainReport(PrintStream out, PrintStream err, boolean json, TrainingSetup setup, long epochs) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.regression = setup.network().regression();
        this.backend = setup.backend().name();
        this.epochs = epochs;
        this.terminal = !json && System.console() != null;
    }

    void report(HeadlessRun.Report r) {
        clearProgress();
        if (r.last()) {
            return;
        }
        out.println(json ? json(r, null) : text(r));
        out.flush();
    }

    /** Called every epoch: redraws the progress line at most 4 times a second, only on a terminal. */
    void progress(long epoch) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastProgress < 250_000_000L) {
            return;
        }
        lastProgress = now;
        double secs = (now - started) / 1e9;
        double rate = epoch / secs;
        double eta = rate > 0 ? (epochs - epoch) / rate : Double.NaN;
        err.printf(Locale.ROOT, "\r  epoch %,d / %,d (%.0f%%)  %,.0f epochs/s  about %.0f s left   ", epoch, epochs,
                100.0 * epoch / Math.max(1, epochs), rate, eta);
        err.flush();
        progressShown = true;
    }

    private void clearProgress() {
        if (progressShown) {
            err.print("\r" + " ".repeat(78) + "\r");
            progressShown = false;
        }
    }

    void finish(HeadlessRun.Result result) {
        clearProgress();
        double secs = (System.nanoTime() - started) / 1e9;
        HeadlessRun.Report last = new HeadlessRun.Report(result.epoch(), result.train(), result.test(), Double.NaN, true);
        if (json) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("final", true);
            extra.put("status", result.status().name().toLowerCase(Locale.ROOT));
            extra.put("seconds", secs);
            extra.put("epochs_per_second", result.epoch() / Math.max(secs, 1e-9));
            if (result.message() != null) {
                extra.put("message", result.message());
            }
            out.println(json(last, extra));
        } else {
            out.println(text(last) + String.format(Locale.ROOT, "   (%s, %.1f s, %,.0f epochs/s)",
                    result.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), secs, result.epoch() / Math.max(secs, 1e-9)));
            if (result.message() != null && result.status() != HeadlessRun.Status.DIVERGED) {
                out.println(result.message());
            }
        }
        out.flush();
    }

    private String text(HeadlessRun.Report r) {
        Evaluation tr = r.train();
        Evaluation te = r.test();
        String s = String.format(Locale.ROOT, "epoch %8d   train loss %-11s test loss %-11s ", r.epoch(),
                TrainCommand.fmt(tr.total()), TrainCommand.fmt(te.total()));
        if (regression) {
            s += String.format(Locale.ROOT, "train RMSE %-11s test RMSE %-11s", TrainCommand.fmt(tr.rmse()), TrainCommand.fmt(te.rmse()));
        } else {
            s += String.format(Locale.ROOT, "train acc %6.2f%%   test acc %6.2f%%", 100 * tr.accuracy(), 100 * te.accuracy());
        }
        return s + "   " + backend;
    }

    private String json(HeadlessRun.Report r, Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", r.epoch());
        m.put("train_loss", r.train().total());
        m.put("test_loss", r.test().total());
        m.put("train_data_loss", r.train().dataLoss());
        m.put("penalty", r.train().penalty());
        if (regression) {
            m.put("train_rmse", r.train().rmse());
            m.put("test_rmse", r.test().rmse());
            m.put("train_r2", r.train().r2());
            m.put("test_r2", r.test().r2());
        } else {
            m.put("train_accuracy", r.train().accuracy());
            m.put("test_accuracy", r.test().accuracy());
        }
        if (!Double.isNaN(r.learningRate())) {
            m.put("learning_rate", r.learningRate());
        }
        m.put("backend", backend);
        if (extra != null) {
            m.putAll(extra);
        }
        return Json.object(m);
    }
}
