package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.train.Matrix;

class LandscapeGridTest {
    private final LandscapeComputer computer = new LandscapeComputer(2);
    private final Network net = Fixtures.linear(3);
    private final Matrix data = Fixtures.regression(60, 11);

    @AfterEach
    void close() {
        computer.close();
    }

    @Test
    void lossAtInterpolatesBetweenGridPointsAndTakesTheNearestNextToABlowUp() {
        int n = 5; // a plane 2α + 3β on [−1, 1]²: bilinear interpolation is exact
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) v[j * n + i] = 2 * (-1 + 0.5 * i) + 3 * (-1 + 0.5 * j);
        }
        LandscapeGrid g = new LandscapeGrid(-1, 1, -1, 1, n, v, 0, 1, "α", "β");
        assertThat(g.lossAt(0.3, -0.2)).isCloseTo(2 * 0.3 + 3 * -0.2, within(1e-12));
        assertThat(g.lossAt(1, 1)).isCloseTo(5, within(1e-12));
        assertThat(g.lossAt(7, 0)).as("outside: the edge").isCloseTo(2, within(1e-12));
        v[3 * n + 3] = Double.NaN; // (α, β) = (0.5, 0.5)
        LandscapeGrid blown = new LandscapeGrid(-1, 1, -1, 1, n, v, 0, 1, "α", "β");
        assertThat(blown.lossAt(0.3, 0.1)).as("nearest point (0.5, 0)").isCloseTo(1, within(1e-12));
        assertThat(blown.lossAt(0.45, 0.45)).isNaN();
    }

    @Test
    void aLinearModelsGridIsTheQuadraticBowlComputedByHand() {
        LossSetup loss = LossSetup.of(net, data, Regularization.NONE, false);
        LandscapeRequest req = LandscapeRequest.aroundCurrent(loss, 9, true, 1.0, 41);
        LandscapeGrid grid = computer.compute(req);
        assertThat(grid.n()).isEqualTo(41);
        assertThat(grid.complete()).isTrue();
        Slice s = req.slice();
        for (int j = 0; j < 41; j++) {
            for (int i = 0; i < 41; i++) {
                double expected = Fixtures.linearMse(s.point(grid.alpha(i), grid.beta(j)), data);
                assertThat(grid.loss(i, j)).as("(%d, %d)", i, j).isCloseTo(expected, within(1e-12 * (1 + expected)));
            }
        }
        assertThat(grid.alpha(0)).isEqualTo(-1.0);
        assertThat(grid.beta(40)).isEqualTo(1.0);
        assertThat(grid.loss(20, 20)).isCloseTo(Fixtures.linearMse(loss.center(), data), within(1e-12));
    }

    @Test
    void thePenaltyIsAddedOnlyWhenAsked() {
        Regularization l2 = new Regularization(RegularizationKind.L2, 0.1, 0.5);
        LossSetup with = LossSetup.of(net, data, l2, true);
        LandscapeRequest req = LandscapeRequest.aroundCurrent(with, 4, false, 2.0, 11);
        LandscapeGrid grid = computer.compute(req);
        LandscapeGrid without = computer.compute(new LandscapeRequest(LossSetup.of(net, data, l2, false), req.slice(),
                -2, 2, -2, 2, 11));
        for (int j = 0; j < 11; j++) {
            for (int i = 0; i < 11; i++) {
                double[] w = req.slice().point(grid.alpha(i), grid.beta(j));
                double penalty = 0;
                for (int k = 0; k < Fixtures.INPUTS; k++) penalty += 0.5 * 0.1 * w[k] * w[k];
                double mse = Fixtures.linearMse(w, data);
                assertThat(grid.loss(i, j)).isCloseTo(mse + penalty, within(1e-12));
                assertThat(without.loss(i, j)).isCloseTo(mse, within(1e-12));
            }
        }
    }

    @Test
    void lossOnTestDataUsesTheTestRows() {
        Matrix test = Fixtures.regression(25, 99);
        LossSetup loss = LossSetup.of(net, data, Regularization.NONE, false).withData(test);
        LandscapeGrid grid = computer.compute(LandscapeRequest.aroundCurrent(loss, 1, false, 1, 11));
        assertThat(grid.loss(5, 5)).isCloseTo(Fixtures.linearMse(loss.center(), test), within(1e-12));
    }

    @Test
    void coarseToFineDeliversThreeLevelsInOrderAndTheCoarseValuesReappear() throws Exception {
        LossSetup loss = LossSetup.of(net, data, Regularization.NONE, false);
        List<LandscapeGrid> levels = new CopyOnWriteArrayList<>();
        List<Double> progress = new CopyOnWriteArrayList<>();
        LandscapeJob job = computer.submit(LandscapeRequest.aroundCurrent(loss, 2, false, 1, 41),
                new LandscapeListener() {
                    @Override public void onLevel(LandscapeGrid grid) { levels.add(grid); }

                    @Override public void onProgress(double fraction) { progress.add(fraction); }
                });
        LandscapeGrid last = job.result().get(10, TimeUnit.SECONDS);
        assertThat(job.awaitWorkers(10, TimeUnit.SECONDS)).isTrue();
        assertThat(levels).extracting(LandscapeGrid::n).containsExactly(11, 21, 41);
        assertThat(levels).extracting(LandscapeGrid::level).containsExactly(0, 1, 2);
        assertThat(levels).extracting(LandscapeGrid::complete).containsExactly(false, false, true);
        assertThat(last).isSameAs(levels.get(2)).isSameAs(job.latest());
        assertThat(job.pointsComputed()).isEqualTo(41 * 41);
        assertThat(progress).isNotEmpty().contains(1.0);
        LandscapeGrid coarse = levels.get(0);
        for (int j = 0; j < 11; j++) {
            for (int i = 0; i < 11; i++) {
                assertThat(coarse.loss(i, j)).isEqualTo(last.loss(4 * i, 4 * j));
                assertThat(coarse.alpha(i)).isCloseTo(last.alpha(4 * i), within(1e-15));
            }
        }
        assertThat(new LandscapeRequest(loss, job.request().slice(), -1, 1, -1, 1, 30)
                .levels()).containsExactly(30);
        assertThat(job.request().withResolution(81).levels()).containsExactly(11, 21, 41, 81);
    }

    @Test
    void cancellingStopsTheWorkEarlyAndReportsNothingMore() throws Exception {
        LossSetup loss = LossSetup.of(net, Fixtures.regression(4000, 5), Regularization.NONE, false);
        List<LandscapeGrid> levels = new CopyOnWriteArrayList<>();
        LandscapeJob[] self = new LandscapeJob[1];
        java.util.concurrent.CountDownLatch submitted = new java.util.concurrent.CountDownLatch(1);
        self[0] = computer.submit(LandscapeRequest.aroundCurrent(loss, 2, false, 1, 81), grid -> {
            levels.add(grid);
            try {
                submitted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            self[0].cancel();
        });
        submitted.countDown();
        assertThat(self[0].awaitWorkers(10, TimeUnit.SECONDS)).isTrue();
        assertThat(levels).hasSize(1);
        assertThat(self[0].isCancelled()).isTrue();
        assertThat(self[0].result()).isCancelled();
        assertThat(self[0].pointsComputed()).isLessThan(self[0].totalPoints() / 2);
    }

    @Test
    void aNewRequestCancelsTheOldOne() throws Exception {
        LossSetup loss = LossSetup.of(net, Fixtures.regression(4000, 5), Regularization.NONE, false);
        LandscapeJob first = computer.submit(LandscapeRequest.aroundCurrent(loss, 1, false, 1, 81), null);
        LandscapeJob second = computer.submit(LandscapeRequest.aroundCurrent(loss, 2, false, 1, 11), null);
        assertThat(first.isCancelled()).isTrue();
        assertThat(second.result().get(10, TimeUnit.SECONDS).n()).isEqualTo(11);
        assertThat(first.awaitWorkers(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.pointsComputed()).isLessThan(first.totalPoints());
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        LossSetup loss = LossSetup.of(net, data, Regularization.NONE, false);
        assertThatThrownBy(() -> LandscapeRequest.aroundCurrent(loss, 1, false, 0, 41)).hasMessageContaining("range");
        assertThatThrownBy(() -> LandscapeRequest.aroundCurrent(loss, 1, false, 1, 1)).hasMessageContaining("resolution");
        assertThatThrownBy(() -> LossSetup.of(net, new Matrix(new double[0], new double[0], 0, 3), Regularization.NONE,
                false)).hasMessageContaining("no rows");
    }

    @Test
    void anErrorFailsTheJobAndIsReported() throws Exception {
        LossSetup loss = LossSetup.of(net, data, Regularization.NONE, false);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        LandscapeJob job = computer.submit(LandscapeRequest.aroundCurrent(loss, 1, false, 1, 11),
                new LandscapeListener() {
                    @Override public void onLevel(LandscapeGrid grid) { throw new IllegalStateException("view broke"); }

                    @Override public void onFailed(Throwable error) { errors.add(error); }
                });
        assertThat(job.awaitWorkers(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.result()).isCompletedExceptionally();
        assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("view broke");
    }
}
