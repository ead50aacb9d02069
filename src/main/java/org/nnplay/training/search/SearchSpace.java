package org.nnplay.training.search;

/**
 * What a search varies: the learning rate always, the L2 penalty strength when {@code l2} is not null (then every
 * trial trains with L2 regularisation at its sampled rate; otherwise each keeps the experiment's own penalty).
 * Both are log ranges. The learning rate's high end may not pass ln 10, the largest rate an experiment accepts.
 */
public record SearchSpace(LogRange learningRate, LogRange l2) {
    /** ln 10: {@link org.nnplay.experiment.TrainingSettings#LEARNING_RATE} ends at 10. */
    public static final double MAX_LR_EXPONENT = Math.log(10);
    /** ln 10 as well: the regularisation rate ends at 10. */
    public static final double MAX_L2_EXPONENT = Math.log(10);

    public SearchSpace {
        if (learningRate == null) {
            throw new IllegalArgumentException("a search needs a learning-rate range");
        }
        if (learningRate.hi() > MAX_LR_EXPONENT + 1e-12) {
            throw new IllegalArgumentException("the learning rate's high end e^" + LogRange.fmt(learningRate.hi())
                    + " is above 10, the largest rate allowed (e^2.30)");
        }
        if (l2 != null && l2.hi() > MAX_L2_EXPONENT + 1e-12) {
            throw new IllegalArgumentException("the L2 rate's high end e^" + LogRange.fmt(l2.hi())
                    + " is above 10, the largest rate allowed (e^2.30)");
        }
    }

    public static SearchSpace learningRate(LogRange lr) { return new SearchSpace(lr, null); }

    public boolean searchesL2() { return l2 != null; }

    public SearchSpace withLearningRate(LogRange lr) { return new SearchSpace(lr, l2); }
}
