package org.nnplay.training.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoarseToFineTest {
    /** A made-up round: test loss is (x + 2.5)² with x = ln lr, so the best rate is e^-2.5; x > −0.6 diverges. */
    private static List<TrialResult> round(double[] xs) {
        List<TrialResult> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            Trial t = new Trial(i, Strategy.GRID, Math.exp(xs[i]), Double.NaN);
            double loss = (xs[i] + 2.5) * (xs[i] + 2.5);
            out.add(xs[i] > -0.6 ? TrialResult.divergedAt(t, 3) : new TrialResult(t, false, 10, loss, loss, 0.9));
        }
        return out;
    }

    @Test
    void theNextRangeIsNarrowerAndHoldsTheBestTrials() {
        SearchSpace coarse = SearchSpace.learningRate(LogRange.LECTURE_LEARNING_RATE);
        double[] xs = {-5, -4.5, -4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0};
        SearchSpace fine = CoarseToFine.refine(coarse, round(xs));

        LogRange r = fine.learningRate();
        assertThat(r.width()).isLessThan(coarse.learningRate().width() / 2 + 1e-9);
        assertThat(r.lo()).isLessThan(-2.5);
        assertThat(r.hi()).isGreaterThan(-2.5);
        assertThat(r.lo()).isGreaterThan(-4.5);
        assertThat(r.hi()).isLessThan(-0.5);
        assertThat(CoarseToFine.best(round(xs))).extracting(t -> t.trial().index()).first().isEqualTo(5);
    }

    @Test
    void roundAfterRoundTheRangeClosesInOnTheOptimum() {
        SearchSpace space = SearchSpace.learningRate(LogRange.LECTURE_LEARNING_RATE);
        for (int round = 0; round < 4; round++) {
            double[] xs = Sampler.trials(Strategy.RANDOM, space, 12, round).stream()
                    .mapToDouble(t -> Math.log(t.learningRate())).toArray();
            SearchSpace next = CoarseToFine.refine(space, round(xs));
            assertThat(next.learningRate().width()).isLessThan(space.learningRate().width());
            space = next;
        }
        assertThat(space.learningRate().width()).isLessThan(1);
        assertThat(space.learningRate().lo()).isLessThan(-2.5);
        assertThat(space.learningRate().hi()).isGreaterThan(-2.5);
    }

    @Test
    void whenEveryTrialDivergedTheRangeStays() {
        SearchSpace coarse = SearchSpace.learningRate(new LogRange(-1, 2));
        assertThat(CoarseToFine.refine(coarse, round(new double[] {-0.5, 0, 1}))).isEqualTo(coarse);
    }

    @Test
    void theRangeNeverPassesTheLargestLearningRate() {
        SearchSpace coarse = SearchSpace.learningRate(new LogRange(-3, 2.3));
        List<TrialResult> results = List.of(
                new TrialResult(new Trial(0, Strategy.GRID, Math.exp(2.3), Double.NaN), false, 5, 0.1, 0.1, 1),
                new TrialResult(new Trial(1, Strategy.GRID, Math.exp(2.0), Double.NaN), false, 5, 0.2, 0.2, 1),
                new TrialResult(new Trial(2, Strategy.GRID, Math.exp(-3), Double.NaN), false, 5, 0.9, 0.9, 1));
        LogRange r = CoarseToFine.refine(coarse, results).learningRate();
        assertThat(r.hi()).isLessThanOrEqualTo(SearchSpace.MAX_LR_EXPONENT);
        assertThat(r.lo()).isLessThan(2.0);
    }
}
