package org.nnplay.training;

/**
 * When a run stops by itself. {@code maxEpochs} ≤ 0: no limit (a hard cap: play and step refuse to go past it);
 * {@code targetLoss} NaN: none (checked against the full training loss at each evaluation); {@code patience} ≤ 0:
 * no early stopping, else stop when the validation loss (the test split's total loss) has not improved for that
 * many epochs, measured at evaluation epochs, and restore the weights of the best one.
 */
public record StoppingRules(long maxEpochs, double targetLoss, int patience) {
    public static final StoppingRules NONE = new StoppingRules(0, Double.NaN, 0);

    public boolean hasMaxEpochs() { return maxEpochs > 0; }

    public boolean hasTarget() { return !Double.isNaN(targetLoss); }

    public boolean earlyStopping() { return patience > 0; }

    public StoppingRules withMaxEpochs(long max) { return new StoppingRules(max, targetLoss, patience); }

    public StoppingRules withTargetLoss(double target) { return new StoppingRules(maxEpochs, target, patience); }

    public StoppingRules withPatience(int p) { return new StoppingRules(maxEpochs, targetLoss, p); }
}
