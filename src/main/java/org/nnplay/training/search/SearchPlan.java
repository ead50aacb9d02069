package org.nnplay.training.search;

import java.util.List;

/**
 * One round of a search: where to look, how to place the trials, how many and how long each trains. The seed
 * drives the random placement only; the trials themselves train from the experiment's own seed.
 */
public record SearchPlan(Strategy strategy, SearchSpace space, int trials, long epochs, long seed) {
    public static final int MAX_TRIALS = 10_000;

    public SearchPlan {
        if (strategy == null || space == null) throw new IllegalArgumentException("a plan needs a strategy and a space");
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be 1 to " + MAX_TRIALS + ", found " + trials);
        }
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, found " + epochs);
    }

    /** The trials, in order: the same plan always gives the same list. */
    public List<Trial> sample() { return Sampler.trials(strategy, space, trials, seed); }

    public SearchPlan withSpace(SearchSpace s) { return new SearchPlan(strategy, s, trials, epochs, seed); }

    public SearchPlan withSeed(long s) { return new SearchPlan(strategy, space, trials, epochs, s); }
}
