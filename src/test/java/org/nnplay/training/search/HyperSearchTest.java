package org.nnplay.training.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;

class HyperSearchTest {
    /** Scene 6's linear neuron on the plane: SGD at rate 3 already diverges, so e^2.3 ≈ 10 surely does. */
    private static final Experiment PLANE = Lessons.load("06-learning-rate-too-large");

    private static SearchPlan grid(int trials, long epochs) {
        return new SearchPlan(Strategy.GRID, SearchSpace.learningRate(new LogRange(-5, 2.3)), trials, epochs, 1);
    }

    @Test
    void aGridFindsAGoodRateAndMarksAHugeOneAsDiverged() {
        List<TrialResult> results = new HyperSearch(1).runAll(PLANE, grid(5, 30));

        assertThat(results).hasSize(5);
        TrialResult huge = results.get(4);
        assertThat(Math.log(huge.trial().learningRate())).isCloseTo(2.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(huge.diverged()).isTrue();
        assertThat(huge.testLoss()).isNaN();
        TrialResult best = results.stream().sorted(TrialResult.BEST_FIRST).findFirst().orElseThrow();
        TrialResult worst = results.stream().filter(r -> !r.diverged()).max(TrialResult.BEST_FIRST).orElseThrow();
        assertThat(best.diverged()).isFalse();
        assertThat(best.testLoss()).isLessThan(worst.testLoss() / 2);
        assertThat(best.trial().learningRate()).isBetween(0.01, 3.0);
        assertThat(results.stream().sorted(TrialResult.BEST_FIRST).toList().getLast()).isSameAs(huge);
        assertThat(results).filteredOn(r -> !r.diverged()).allSatisfy(r -> assertThat(r.epochs()).isEqualTo(30));
    }

    @Test
    void aRangeEndingAtTheLargestRateRunsEveryTrial() {
        // e^(ln 10) is 10.000000000000002 in doubles, above the settings' 10: the trial must still run.
        SearchPlan top = new SearchPlan(Strategy.GRID, SearchSpace.learningRate(new LogRange(-5, SearchSpace.MAX_LR_EXPONENT)),
                3, 5, 1);
        List<TrialResult> results = new HyperSearch(1).runAll(PLANE, top);
        assertThat(results).hasSize(3);
        assertThat(TrialRunner.experimentOf(PLANE, results.get(2).trial()).training().learningRate()).isEqualTo(10);
    }

    @Test
    void anExperimentThatCannotTrainIsRefusedBeforeAnyTrialStarts() {
        Experiment empty = Experiment.defaults().withData(d -> d.withSamples(1).withTrainRatio(10));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HyperSearch(1).start(empty, grid(3, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    }

    @Test
    void resultsAreTheSameWithOneThreadOrTwo() {
        Experiment xor = Experiment.defaults().withDataset(DatasetKind.XOR).withData(d -> d.withSamples(120));
        SearchPlan plan = new SearchPlan(Strategy.RANDOM, new SearchSpace(LogRange.LECTURE_LEARNING_RATE,
                new LogRange(-9, -3)), 6, 15, 11);

        List<TrialResult> one = new HyperSearch(1).runAll(xor, plan);
        List<TrialResult> two = new HyperSearch(2).runAll(xor, plan);

        assertThat(two).isEqualTo(one);
        assertThat(one).extracting(r -> r.trial().index()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(one).allSatisfy(r -> assertThat(r.trial().hasL2()).isTrue());
        assertThat(one.stream().mapToDouble(TrialResult::testLoss).distinct().count()).as("the rates matter").isEqualTo(6);
    }

    @Test
    void threadsAreHeldToCoresMinusOne() {
        assertThat(new HyperSearch(1000).threads()).isEqualTo(HyperSearch.defaultThreads())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(new HyperSearch(0).threads()).isEqualTo(1);
    }

    @Test
    void cancelStopsTheTrialsAtTheirNextEpoch() throws Exception {
        SearchRun run = new HyperSearch(1).start(Experiment.defaults(), grid(20, 1_000_000));
        long start = System.nanoTime();
        while (run.progress() == 0 && System.nanoTime() - start < 10e9) Thread.sleep(5);
        assertThat(run.progress()).isPositive();

        run.cancel();
        List<TrialResult> done = run.finished().get(10, TimeUnit.SECONDS);

        assertThat(run.isCancelled()).isTrue();
        assertThat(done).hasSizeLessThan(20);
        assertThat(run.progress()).isLessThan(0.01);
    }

    @Test
    void progressCountsEveryEpochAndEndsAtOne() {
        SearchRun run = new HyperSearch(2).start(PLANE, grid(4, 10));
        List<TrialResult> results = run.finished().join();

        assertThat(results).hasSize(4);
        assertThat(run.progress()).isEqualTo(1.0);
        assertThat(run.trialsDone()).isEqualTo(4);
        assertThat(run.version()).isEqualTo(4);
    }
}
