package org.nnplay.cli;

import java.io.PrintStream;
import java.util.List;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.io.SafeText;
import org.nnplay.training.search.CoarseToFine;
import org.nnplay.training.search.HyperSearch;
import org.nnplay.training.search.SearchPlan;
import org.nnplay.training.search.SearchSpace;
import org.nnplay.training.search.TrialResult;

/**
 * {@code nnplay search FILE.json [flags]}: the lesson "Hyper-parameter search" (scene 15 in
 * {@code lessons/index.json}) without a window. Trains copies of the experiment
 * with learning rates (and optionally L2 rates) sampled log-uniformly, on a grid or at random, and prints them best
 * first; {@code --rounds R} narrows the range around the best quarter after each round (coarse to fine).
 * Exit status: 0 done, 2 bad input, 3 every trial diverged.
 */
final class SearchCommand implements Command {
    static final String USAGE = """
            usage: nnplay search FILE.json [flags]   (or a link in place of FILE.json: nnplay:… or a TensorFlow Playground link)
              --strategy random|grid   how trials are placed (default random)
              --trials N               trials per round (default 20)
              --epochs E               epochs each trial trains (default 50)
              --lr-range LO,HI         learning rates e^x, x in [LO, HI] (default -5,0; HI at most 2.3)
              --l2-range LO,HI         also search the L2 rate e^x, x in [LO, HI] (default: the experiment's penalty)
              --seed S                 seed of the random placement (default 1); trials train from the file's seed
              --rounds R               coarse to fine: R rounds, each around the previous round's best (default 1)
              --threads N              trials at once (default and most: cores - 1)
              --json                   one JSON object per trial, then one for the best
            exit status: 0 done, 2 bad input, 3 every trial diverged""";

    @Override public String name() { return "search"; }

    @Override public String summary() {
        return "search the learning rate (and L2) of an experiment, grid or random, coarse to fine";
    }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        SearchFlags flags;
        SearchSpace space;
        try {
            flags = SearchFlags.parse(args);
            space = space(flags);
        } catch (TrainFlags.UsageException ex) {
            err.println("nnplay search: " + ex.getMessage());
            err.println("(nnplay search --help lists the flags)");
            return 2;
        }
        Experiment e;
        try {
            e = ExperimentFiles.load(flags.file, "search", err);
        } catch (ExperimentFormatException ex) {
            err.println("nnplay search: " + ex.getMessage());
            return 2;
        }
        HyperSearch search = flags.threads == null ? new HyperSearch() : new HyperSearch(flags.threads);
        SearchTable table = new SearchTable(out, flags.json);
        SearchPlan plan = new SearchPlan(flags.strategy, space, flags.trials, flags.epochs, flags.seed);
        TrialResult best = null;
        for (int round = 1; round <= flags.rounds; round++) {
            long start = System.nanoTime();
            List<TrialResult> results;
            try {
                results = search.runAll(e, plan);
            } catch (IllegalArgumentException ex) {
                err.println("nnplay search: " + ExperimentFiles.where(flags.file, SafeText.escape(ex.getMessage())));
                return 2;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            table.round(round, plan, results, seconds, search.threads());
            TrialResult roundBest = results.stream().sorted(TrialResult.BEST_FIRST).findFirst().orElse(null);
            if (roundBest != null && !roundBest.diverged()
                    && (best == null || TrialResult.BEST_FIRST.compare(roundBest, best) < 0)) {
                best = roundBest;
            }
            plan = plan.withSpace(CoarseToFine.refine(plan.space(), results)).withSeed(plan.seed() + 1);
        }
        table.best(best);
        if (best == null) {
            err.println("nnplay search: every trial diverged; try a lower --lr-range");
            return 3;
        }
        return 0;
    }

    private static SearchSpace space(SearchFlags f) {
        try {
            return new SearchSpace(f.lr, f.l2);
        } catch (IllegalArgumentException ex) {
            String flag = f.lr.hi() > SearchSpace.MAX_LR_EXPONENT ? "--lr-range" : "--l2-range";
            throw new TrainFlags.UsageException(flag + ": " + ex.getMessage());
        }
    }
}
