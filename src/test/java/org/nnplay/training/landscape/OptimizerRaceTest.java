package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.train.Matrix;

/** Scene 6 on the quadratic bowl of a linear model: a small rate converges, a too-large one diverges. */
class OptimizerRaceTest {
    private final Matrix data = Fixtures.regression(50, 8);
    private final LossSetup loss = LossSetup.of(Fixtures.linear(2), data, Regularization.NONE, false);
    private final Slice slice = Slice.of(loss.center(), Directions.filterNormalized(loss.template(), 3, true));

    /** Largest eigenvalue of the 2 × 2 Hessian of L(α, β), by central differences of the hand formula. */
    private double curvature() {
        double h = 1e-3;
        double l0 = l(0, 0);
        double haa = (l(h, 0) - 2 * l0 + l(-h, 0)) / (h * h);
        double hbb = (l(0, h) - 2 * l0 + l(0, -h)) / (h * h);
        double hab = (l(h, h) - l(h, -h) - l(-h, h) + l(-h, -h)) / (4 * h * h);
        return (haa + hbb) / 2 + Math.sqrt((haa - hbb) * (haa - hbb) / 4 + hab * hab);
    }

    private double l(double a, double b) { return Fixtures.linearMse(slice.point(a, b), data); }

    @Test
    void theSliceGradientIsTheProjectedFullGradient() {
        List<OptimizerRace.Run> runs = OptimizerRace.run(loss, slice, 0.7, -0.4,
                List.of(OptimizerRace.Racer.of(OptimizerKind.SGD, 1e-9)), 1, CancellationToken.none());
        PathPoint p0 = runs.get(0).path().get(0);
        PathPoint p1 = runs.get(0).path().get(1);
        double h = 1e-5;
        double ga = (l(0.7 + h, -0.4) - l(0.7 - h, -0.4)) / (2 * h);
        double gb = (l(0.7, -0.4 + h) - l(0.7, -0.4 - h)) / (2 * h);
        assertThat((p0.alpha() - p1.alpha()) / 1e-9).isCloseTo(ga, within(1e-4 * (1 + Math.abs(ga))));
        assertThat((p0.beta() - p1.beta()) / 1e-9).isCloseTo(gb, within(1e-4 * (1 + Math.abs(gb))));
        assertThat(p0.loss()).isCloseTo(l(0.7, -0.4), within(1e-12));
    }

    @Test
    void aSmallRateDecreasesTheLossAtEveryStepAndATooLargeOneDiverges() {
        double lambda = curvature();
        List<OptimizerRace.Run> runs = OptimizerRace.run(loss, slice, 0.8, 0.8,
                List.of(OptimizerRace.Racer.of(OptimizerKind.SGD, 0.5 / lambda),
                        OptimizerRace.Racer.of(OptimizerKind.SGD, 2.5 / lambda)), 40, CancellationToken.none());
        List<PathPoint> good = runs.get(0).path();
        assertThat(good).hasSize(41);
        for (int t = 1; t < good.size(); t++) {
            double prev = good.get(t - 1).loss();
            // strictly lower until it sits at the minimum, where only rounding is left
            assertThat(good.get(t).loss()).as("step %d", t).isLessThan(t <= 10 ? prev : prev * (1 + 1e-14));
        }
        assertThat(good.get(40).loss()).isLessThan(good.get(0).loss());
        assertThat(runs.get(0).diverged()).isFalse();
        List<PathPoint> bad = runs.get(1).path();
        for (int t = 1; t < bad.size(); t++) {
            assertThat(bad.get(t).loss()).as("step %d", t).isGreaterThan(bad.get(t - 1).loss());
        }
        assertThat(runs.get(1).last().loss()).isGreaterThan(1e3 * bad.get(0).loss());
    }

    @Test
    void everyDefaultOptimizerRunsFromTheSameStartAndEndsLower() {
        List<OptimizerRace.Run> runs = OptimizerRace.run(loss, slice, 0.8, -0.6, OptimizerRace.defaults(), 60,
                CancellationToken.none());
        assertThat(runs).hasSize(7);
        assertThat(runs).extracting(r -> r.racer().spec().kind()).contains(OptimizerKind.ADAM,
                OptimizerKind.RMSPROP, OptimizerKind.MOMENTUM);
        for (OptimizerRace.Run r : runs) {
            assertThat(r.path().get(0)).isEqualTo(runs.get(0).path().get(0));
            assertThat(r.last().loss()).as(r.racer().name()).isLessThan(r.path().get(0).loss());
        }
    }

    @Test
    void aDivergingRacerStopsWhenItLeavesTheSlice() {
        List<OptimizerRace.Run> runs = OptimizerRace.run(loss, slice, 0.5, 0.5,
                List.of(OptimizerRace.Racer.of(OptimizerKind.SGD, 50 / curvature())), 10_000, CancellationToken.none());
        assertThat(runs.get(0).diverged()).isTrue();
        assertThat(runs.get(0).path().size()).isLessThan(10_001);
    }
}
