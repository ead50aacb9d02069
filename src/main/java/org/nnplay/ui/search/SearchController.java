package org.nnplay.ui.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.search.CoarseToFine;
import org.nnplay.training.search.HyperSearch;
import org.nnplay.training.search.SearchPlan;
import org.nnplay.training.search.SearchRun;
import org.nnplay.training.search.SearchSpace;
import org.nnplay.training.search.TrialResult;

/**
 * Runs searches for the window and hands their results to it on the FX thread. Trials train on the
 * {@link HyperSearch} threads; the FX thread never waits for them: an {@link AnimationTimer}, alive only while a
 * search runs, reads the run's progress every frame and its results only when a trial has finished since the last
 * look, so the window redraws at most once per frame however fast trials finish. Every Start adds a round; the
 * rounds stay on the plot so a random round and a grid round can be compared.
 */
final class SearchController {
    /** What the window shows, published on the FX thread. */
    record State(List<Row> rows, Row best, double progress, boolean running, String status) {}

    private final HyperSearch search;
    private final Consumer<State> view;
    private final List<Row> done = new ArrayList<>();
    private SearchRun run;
    private SearchPlan plan;
    private int round;
    private long shownVersion = -1;
    private final AnimationTimer poll = new AnimationTimer() {
        @Override public void handle(long now) { poll(); }
    };

    SearchController(HyperSearch search, Consumer<State> view) {
        this.search = search;
        this.view = view;
    }

    /** Starts a round on a copy of {@code base}; the random placement's seed is the round number. */
    void start(Experiment base, SearchPlan p) {
        if (running()) return;
        SearchPlan next = p.withSeed(round + 1);
        SearchRun started = search.start(base, next); // throws, changing nothing, when the experiment cannot train
        round++;
        plan = next;
        run = started;
        shownVersion = -1;
        poll.start();
        publish("Round " + round + ": " + run.trials().size() + " trials × " + plan.epochs() + " epochs…");
    }

    void cancel() {
        if (running()) run.cancel();
    }

    boolean running() { return run != null && !run.isDone(); }

    /** Removes every round. */
    void clear() {
        if (running()) return;
        done.clear();
        run = null;
        round = 0;
        publish("Cleared.");
    }

    /** The best of every round so far (null: none converged). */
    Row best() {
        return rows().stream().filter(r -> !r.result().diverged())
                .min(Comparator.comparing(Row::result, TrialResult.BEST_FIRST)).orElse(null);
    }

    /** The next round's space, narrowed around the best of the last round; null before any round finished. */
    SearchSpace zoomed() {
        if (plan == null || done.isEmpty()) return null;
        int last = done.getLast().round();
        List<TrialResult> lastRound = done.stream().filter(r -> r.round() == last).map(Row::result).toList();
        return CoarseToFine.refine(plan.space(), lastRound);
    }

    /** The finished rounds and the results so far of the running one. */
    List<Row> rows() {
        List<Row> all = new ArrayList<>(done);
        if (running()) run.results().forEach(r -> all.add(new Row(round, r)));
        return all;
    }

    private void poll() {
        SearchRun r = run;
        if (r == null) {
            poll.stop();
            return;
        }
        if (r.isDone()) {
            poll.stop();
            finish(r);
            return;
        }
        if (r.version() != shownVersion) {
            shownVersion = r.version();
            publish("Round " + round + ": " + r.trialsDone() + " of " + r.trials().size() + " trials done…");
        } else {
            view.accept(new State(null, null, r.progress(), true, null));
        }
    }

    private void finish(SearchRun r) {
        List<TrialResult> results = r.finished().isCompletedExceptionally() ? r.results() : r.finished().join();
        results.forEach(t -> done.add(new Row(round, t)));
        long diverged = results.stream().filter(TrialResult::diverged).count();
        String how = r.finished().isCompletedExceptionally() ? "stopped by an error: " + error(r)
                : r.isCancelled() ? "cancelled after " + results.size() + " of " + r.trials().size() + " trials"
                : results.size() + " trials, " + diverged + " diverged";
        publish("Round " + round + ": " + how + ".");
    }

    private static String error(SearchRun r) {
        try {
            r.finished().join();
            return "";
        } catch (RuntimeException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return c.getMessage();
        }
    }

    private void publish(String status) {
        view.accept(new State(rows(), best(), run == null ? 0 : run.progress(), running(), status));
    }

    /** The space of the current or last round (null before the first). */
    SearchSpace space() { return plan == null ? null : plan.space(); }
}
