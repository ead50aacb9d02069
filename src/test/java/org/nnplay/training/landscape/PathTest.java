package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Trainer;

/** Trajectory recording, PCA of the path, and the 1-D interpolation. */
class PathTest {
    @Test
    void theTrajectoryKeepsBoundedEvenlySpacedSnapshotsFromTheFirstToTheLatest() {
        Trajectory t = new Trajectory(16);
        for (int i = 0; i < 1000; i++) {
            t.offer(new double[] {i, -i}, 1000 - i);
        }
        List<Trajectory.Snapshot> s = t.snapshots();
        assertThat(s.size()).isBetween(8, 17).isEqualTo(t.size());
        assertThat(t.stride()).isEqualTo(128);
        assertThat(s.get(0).index()).isZero();
        assertThat(s.get(0).weights()).containsExactly(0, 0);
        assertThat(s.get(s.size() - 1).index()).isEqualTo(999);
        assertThat(s.get(s.size() - 1).loss()).isEqualTo(1);
        assertThat(s.subList(0, s.size() - 1)).allSatisfy(x -> assertThat(x.index() % t.stride()).isZero());
        assertThat(t.offered()).isEqualTo(1000);
        assertThatThrownBy(() -> t.offer(new double[3], 0)).hasMessageContaining("3 weights");
        t.clear();
        assertThat(t.snapshots()).isEmpty();
    }

    @Test
    void aStraightLinePathLiesOnTheFirstAxisWithAllTheVariance() {
        Random rng = new Random(3);
        double[] fin = new double[50];
        double[] v = new double[50];
        for (int k = 0; k < 50; k++) {
            fin[k] = rng.nextGaussian();
            v[k] = rng.nextGaussian();
        }
        Trajectory t = new Trajectory(64);
        for (int i = 0; i <= 30; i++) {
            double s = Math.pow(1 - i / 30.0, 2);
            double[] w = new double[50];
            for (int k = 0; k < 50; k++) w[k] = fin[k] + s * v[k];
            t.offer(w, s);
        }
        PathPlane plane = PathPlane.of(t, 0.25, 1);
        assertThat(plane.explained()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(plane.explained()[1]).isCloseTo(0.0, within(1e-12));
        assertThat(plane.slice().alphaLabel()).isEqualTo("PC1 (100.0 % of variance)");
        double vn = Math.sqrt(Fixtures.dot(v, v));
        assertThat(Math.abs(Fixtures.dot(plane.slice().d1(), v)) / vn).isCloseTo(1.0, within(1e-12));
        assertThat(Fixtures.dot(plane.slice().d1(), plane.slice().d2())).isCloseTo(0, within(1e-12));
        assertThat(Fixtures.dot(plane.slice().d2(), plane.slice().d2())).isCloseTo(1, within(1e-12));
        List<PathPoint> path = plane.path();
        assertThat(path).hasSize(31);
        assertThat(path.get(0).alpha()).isCloseTo(-vn, within(1e-9));
        assertThat(path).allSatisfy(p -> assertThat(p.beta()).isCloseTo(0, within(1e-9)));
        assertThat(path.get(30).alpha()).isZero();
        assertThat(path.get(0).loss()).isEqualTo(1.0);
        assertThat(plane.alphaMin()).isCloseTo(-vn - 0.25 * vn, within(1e-9));
        assertThat(plane.alphaMax()).isCloseTo(0.25 * vn, within(1e-9));
        assertThat(plane.betaMax() - plane.betaMin()).isCloseTo(0.5 * vn, within(1e-9));
    }

    @Test
    void aPlanarPathSplitsTheVarianceAsTheTwoByTwoProblemSays() {
        double[] fin = {1, 2, 3, 4};
        double[] e1 = {0.6, 0.8, 0, 0};
        double[] e2 = {0, 0, 0.8, -0.6};
        Trajectory t = new Trajectory();
        double saa = 0, sbb = 0, sab = 0;
        for (int i = 0; i < 20; i++) {
            double a = 3 * Math.cos(i * 0.3) - 3;
            double b = Math.sin(i * 0.7) + 0.2 * a;
            saa += a * a;
            sbb += b * b;
            sab += a * b;
            double[] w = fin.clone();
            for (int k = 0; k < 4; k++) w[k] += a * e1[k] + b * e2[k];
            t.offer(w, i);
        }
        t.offer(fin, 99);
        double tr = saa + sbb;
        double disc = Math.sqrt((saa - sbb) * (saa - sbb) / 4 + sab * sab);
        double l1 = tr / 2 + disc;
        PathPlane plane = PathPlane.of(t, 0.1, 2);
        assertThat(plane.explained()[0]).isCloseTo(l1 / tr, within(1e-10));
        assertThat(plane.explained()[0] + plane.explained()[1]).isCloseTo(1.0, within(1e-10));
        assertThat(plane.explained()[0]).isGreaterThan(plane.explained()[1]);
        for (PathPoint p : plane.path()) {
            assertThat(p.alpha()).isBetween(plane.alphaMin(), plane.alphaMax());
            assertThat(p.beta()).isBetween(plane.betaMin(), plane.betaMax());
        }
    }

    @Test
    void aTrainedPathEndsAtTheCentreOfItsLandscapeWithTheTrueLoss() {
        Network net = Fixtures.linear(5);
        Matrix data = Fixtures.regression(40, 2);
        LossSetup initial = LossSetup.of(net, data, Regularization.NONE, false);
        double[] start = initial.center();
        Trajectory t = new Trajectory(32);
        LossFunction f = initial.newFunction();
        t.offer(start, f.loss(start));
        Trainer trainer = new Trainer(net, data, new TrainConfig(8, 0.05, OptimizerSpec.of(OptimizerKind.SGD),
                ScheduleSpec.CONSTANT, Regularization.NONE, 0), 1);
        for (int e = 0; e < 30; e++) {
            trainer.runEpoch();
            double[] w = net.weights().flatten();
            t.offer(w, f.loss(w));
        }
        PathPlane plane = PathPlane.of(t, PathPlane.DEFAULT_MARGIN, 1);
        LossSetup now = LossSetup.of(net, data, Regularization.NONE, false);
        try (LandscapeComputer c = new LandscapeComputer(2)) {
            LandscapeGrid grid = c.compute(plane.request(now, 21));
            PathPoint last = plane.path().get(plane.path().size() - 1);
            assertThat(last.alpha()).isZero();
            assertThat(last.loss()).isCloseTo(Fixtures.linearMse(now.center(), data), within(1e-12));
            assertThat(plane.path().get(0).loss()).isGreaterThan(5 * last.loss());
            assertThat(plane.path().get(0).loss()).isCloseTo(Fixtures.linearMse(start, data), within(1e-12));
            assertThat(grid.alpha(0)).isLessThan(plane.path().get(0).alpha());
            assertThat(grid.alpha(20)).isGreaterThan(0);
            assertThat(grid.alphaLabel()).startsWith("PC1");
        }
    }

    @Test
    void theInterpolationRunsFromBeforeTheStartToBeyondTheEnd() {
        Matrix data = Fixtures.regression(30, 4);
        LossSetup loss = LossSetup.of(Fixtures.linear(1), data, Regularization.NONE, false);
        double[] from = loss.center();
        double[] to = {1.5, -2, 0.5, 0.3};
        LineInterpolation line = LineInterpolation.compute(loss, from, to);
        assertThat(line.size()).isEqualTo(61);
        assertThat(line.alphas()[0]).isEqualTo(-0.25);
        assertThat(line.alphas()[60]).isEqualTo(1.25);
        for (int i = 0; i < 61; i++) {
            double a = line.alphas()[i];
            double[] w = new double[4];
            for (int k = 0; k < 4; k++) w[k] = (1 - a) * from[k] + a * to[k];
            assertThat(line.losses()[i]).isCloseTo(Fixtures.linearMse(w, data), within(1e-12));
        }
        CancellationToken token = new CancellationToken();
        token.cancel();
        assertThatThrownBy(() -> LineInterpolation.compute(loss, from, to, 0, 1, 5, token))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
