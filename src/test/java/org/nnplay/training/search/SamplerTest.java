package org.nnplay.training.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplerTest {
    private static final LogRange LECTURE = LogRange.LECTURE_LEARNING_RATE;

    @Test
    void gridIsEvenlySpacedInLogSpaceFromEndToEnd() {
        double[] v = Sampler.grid(LECTURE, 6);

        assertThat(Math.log(v[0])).isCloseTo(-5, within(1e-12));
        assertThat(Math.log(v[5])).isCloseTo(0, within(1e-12));
        for (int i = 1; i < v.length; i++) {
            assertThat(Math.log(v[i]) - Math.log(v[i - 1])).as("step %d", i).isCloseTo(1.0, within(1e-12));
            assertThat(v[i] / v[i - 1]).as("constant ratio, not constant difference").isCloseTo(Math.E, within(1e-9));
        }
        assertThat(Sampler.grid(LECTURE, 1)).containsExactly(Math.exp(-2.5));
    }

    @Test
    void randomSamplesAreReproducibleBySeedAndInsideTheRange() {
        SearchSpace space = SearchSpace.learningRate(LECTURE);
        List<Trial> a = Sampler.trials(Strategy.RANDOM, space, 50, 7);
        List<Trial> b = Sampler.trials(Strategy.RANDOM, space, 50, 7);
        List<Trial> c = Sampler.trials(Strategy.RANDOM, space, 50, 8);

        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a).allSatisfy(t -> assertThat(LECTURE.containsValue(t.learningRate())).isTrue());
        assertThat(a).extracting(Trial::hasL2).containsOnly(false);
    }

    @Test
    void randomLogsAreRoughlyUniformSoEachDecadeIsAsLikely() {
        double[] v = Sampler.random(LECTURE, 10_000, new SplittableRandom(42));
        int[] bins = new int[5];
        for (double x : v) bins[(int) Math.floor(Math.log(x) + 5)]++;

        for (int n : bins) assertThat(n).isBetween(1800, 2200);
        long belowOneTenth = java.util.Arrays.stream(v).filter(x -> x < 0.1).count();
        // log-uniform: P(x < 0.1) = (ln 0.1 + 5) / 5 ≈ 0.54; a uniform draw in [e^-5, 1] would give ≈ 0.094
        assertThat(belowOneTenth / 10_000.0).isCloseTo((Math.log(0.1) + 5) / 5, within(0.02));
    }

    @Test
    void aTwoParameterGridHasFewDistinctLearningRatesButRandomHasOnePerTrial() {
        SearchSpace space = new SearchSpace(LECTURE, new LogRange(-9, -2));
        List<Trial> grid = Sampler.trials(Strategy.GRID, space, 10, 1);
        List<Trial> random = Sampler.trials(Strategy.RANDOM, space, 10, 1);

        assertThat(grid).hasSize(8);
        assertThat(grid.stream().mapToDouble(Trial::learningRate).distinct().count()).isEqualTo(4);
        assertThat(grid.stream().mapToDouble(Trial::l2Rate).distinct().count()).isEqualTo(2);
        assertThat(random.stream().mapToDouble(Trial::learningRate).distinct().count()).isEqualTo(10);
        assertThat(random).allSatisfy(t -> assertThat(new LogRange(-9, -2).containsValue(t.l2Rate())).isTrue());
        assertThat(grid).extracting(Trial::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void rangesOutsideWhatAnExperimentAcceptsAreRefused() {
        assertThatThrownBy(() -> new LogRange(0, -5)).hasMessageContaining("above its high end");
        assertThatThrownBy(() -> SearchSpace.learningRate(new LogRange(-5, 3))).hasMessageContaining("above 10");
        assertThatThrownBy(() -> Sampler.trials(Strategy.GRID, SearchSpace.learningRate(LECTURE), 0, 1))
                .hasMessageContaining("at least one trial");
    }
}
