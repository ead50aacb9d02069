package org.nnplay.training.search;

/**
 * One point of a search: its place in the plan, how it was placed, and the values it trains with. {@code l2Rate}
 * is NaN when the search leaves the penalty as the experiment has it.
 */
public record Trial(int index, Strategy strategy, double learningRate, double l2Rate) {
    public boolean hasL2() { return !Double.isNaN(l2Rate); }
}
