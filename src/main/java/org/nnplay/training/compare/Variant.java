package org.nnplay.training.compare;

import org.nnplay.experiment.Experiment;

/**
 * One run of a comparison: its place ({@code index}, from 0), the value of the compared setting it trains with (as
 * saved in the comparison), a label for people ("lr = 0.03", or "playground" for a run added from the playground)
 * and the experiment it trains, which is the base with that value and nothing else changed.
 */
public record Variant(int index, String value, String label, Experiment experiment) {}
