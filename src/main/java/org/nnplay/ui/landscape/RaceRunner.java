package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nnplay.training.landscape.CancellationToken;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.OptimizerRace;

/**
 * Runs an optimizer race ({@link OptimizerRace}, the engine's own optimizers on the slice) on a thread of its own and
 * shows the paths on the heat map and the end losses in the race table. A new race or {@link #cancel} stops the one
 * running; results of a stopped race are dropped.
 */
final class RaceRunner {
    private record Outcome(long id, List<RaceTrace> traces, List<OptimizerRace.Run> runs, List<RacePanel.Row> rows,
                           double[] start, String error) {}

    private final HeatmapView heat;
    private final RacePanel panel;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape-race");
        t.setDaemon(true);
        return t;
    });
    private final FxRelay<Outcome> outcomes = new FxRelay<>(this::show);
    private CancellationToken token = new CancellationToken();
    private long id;

    RaceRunner(HeatmapView heat, RacePanel panel) {
        this.heat = heat;
        this.panel = panel;
    }

    /** Races every racer switched on in the panel from (a, b) on the request's slice, on the training loss. */
    void start(LandscapeRequest request, LossSetup trainLoss, double a, double b) {
        token.cancel();
        long race = ++id;
        List<RacePanel.Row> rows = panel.enabled();
        List<OptimizerRace.Racer> racers = rows.stream().map(RacePanel.Row::racer).toList();
        int steps = panel.steps();
        CancellationToken t = token = new CancellationToken();
        double[] start = {a, b};
        heat.setRaces(List.of(), start);
        panel.clearResults();
        panel.setStatus("Racing " + racers.size() + " optimizers for " + steps + " steps…");
        thread.execute(() -> {
            try {
                List<OptimizerRace.Run> runs = OptimizerRace.run(trainLoss, request.slice(), a, b, racers, steps, t);
                List<RaceTrace> traces = new ArrayList<>();
                for (int k = 0; k < runs.size(); k++) {
                    OptimizerRace.Run run = runs.get(k);
                    String label = org.nnplay.ui.Formulas.name(rows.get(k).kind) + " η="
                            + org.nnplay.ui.Formulas.number(run.racer().learningRate());
                    traces.add(new RaceTrace(label, rows.get(k).color, run.path(), run.diverged()));
                }
                outcomes.post(new Outcome(race, traces, runs, rows, start, null));
            } catch (CancellationException ignored) {
                // a change stopped it
            } catch (RuntimeException e) {
                outcomes.post(new Outcome(race, List.of(), List.of(), rows, start, String.valueOf(e.getMessage())));
            }
        });
    }

    /** Stops the race and clears its paths (the slice changed). */
    void cancel() {
        token.cancel();
        id++;
        heat.setRaces(List.of(), null);
        panel.clearResults();
    }

    void close() {
        token.cancel();
        thread.shutdownNow();
    }

    private void show(Outcome o) {
        if (o.id() != id) return;
        if (o.error() != null) {
            panel.setStatus("The race failed: " + o.error());
            return;
        }
        heat.setRaces(o.traces(), o.start());
        for (int k = 0; k < o.runs().size(); k++) {
            OptimizerRace.Run run = o.runs().get(k);
            o.rows().get(k).result.set(run.diverged() ? "diverged" : LossScale.format(run.last().loss()));
        }
        panel.setStatus("Click again for another start. Edit η (double-click) to compare rates.");
    }
}
