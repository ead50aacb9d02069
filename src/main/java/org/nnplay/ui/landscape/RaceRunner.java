package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.paint.Color;
import org.nnplay.training.landscape.CancellationToken;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.OptimizerRace;
import org.nnplay.training.landscape.Slice;

/**
 * Runs an optimizer race ({@link OptimizerRace}, the engine's own optimizers on the slice) on a thread of its own.
 * Starting a race or {@link #cancel} stops the one running: its future is cancelled and its result never shown.
 */
final class RaceRunner {
    /** A finished race: each racer's path as drawn and its end loss in words, or why the race failed. */
    record Outcome(List<RaceTrace> traces, List<String> results, String error) {}

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape-race");
        t.setDaemon(true);
        return t;
    });
    private CancellationToken token = new CancellationToken();
    private CompletableFuture<Outcome> running = CompletableFuture.completedFuture(null);

    /** Races {@code racers} (drawn in {@code colors}) for {@code steps} steps from (a, b) on the slice. */
    CompletableFuture<Outcome> start(LossSetup loss, Slice slice, double a, double b, List<OptimizerRace.Racer> racers,
                                     List<Color> colors, int steps) {
        cancel();
        CancellationToken t = token = new CancellationToken();
        running = CompletableFuture.supplyAsync(() -> {
            try {
                List<OptimizerRace.Run> runs = OptimizerRace.run(loss, slice, a, b, racers, steps, t);
                List<RaceTrace> traces = new ArrayList<>();
                List<String> results = new ArrayList<>();
                for (int k = 0; k < runs.size(); k++) {
                    OptimizerRace.Run run = runs.get(k);
                    String label = org.nnplay.ui.Formulas.name(run.racer().spec().kind()) + " η="
                            + org.nnplay.ui.Formulas.number(run.racer().learningRate());
                    traces.add(new RaceTrace(label, colors.get(k), run.path(), run.diverged()));
                    results.add(run.diverged() ? "diverged" : LossScale.format(run.last().loss()));
                }
                return new Outcome(traces, results, null);
            } catch (RuntimeException e) {
                if (t.isCancelled()) throw e;
                return new Outcome(List.of(), List.of(), String.valueOf(e.getMessage()));
            }
        }, thread);
        return running;
    }

    /** Stops the race running, if any. */
    void cancel() {
        token.cancel();
        running.cancel(false);
    }

    void close() {
        cancel();
        thread.shutdownNow();
    }
}
