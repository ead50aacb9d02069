package org.nnplay.training.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.Lessons;
import org.nnplay.experiment.StageView;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;

/**
 * The comparison lessons (scenes 2, 6, 7, 8, 11, 14) show their point: each is trained headless for its own length
 * and the figures that state the lesson are checked. The length at the lesson's own speed is at most a minute.
 */
class CompareLessonsTest {
    static Stream<String> ids() {
        return Stream.of("02-compare-activations", "06-compare-learning-rates", "07-compare-optimizers",
                "08-compare-batches", "11-compare-l2", "14-compare-init");
    }

    @ParameterizedTest
    @MethodSource("ids")
    void eachOpensAsAComparisonThatEndsWithinAMinuteAtItsSpeed(String id) {
        LoadResult loaded = Lessons.loadWithWarnings(id);
        Experiment e = loaded.experiment();
        Lesson lesson = Lessons.list().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();

        assertThat(loaded.warnings()).isEmpty();
        assertThat(e.compare()).isNotNull();
        assertThat(e.view().stage()).isEqualTo(StageView.COMPARE);
        assertThat(e.view().lesson()).isEqualTo(id);
        assertThat(id).startsWith(String.format("%02d-", lesson.scene()));
        assertThat(e.training().speed()).isPositive();
        assertThat(e.training().maxEpochs() / e.training().speed()).as("seconds at its speed").isLessThanOrEqualTo(60);
        assertThat(Variants.of(e).size()).isBetween(2, 8);
    }

    @Test
    void scene2TheLinearNetworkStaysNearChanceOnXorWhileTanhPasses95() {
        List<CompareBatch.Result> r = run("02-compare-activations");

        assertThat(value(r, "linear").test().accuracy()).isLessThanOrEqualTo(0.65);
        assertThat(value(r, "tanh").test().accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(value(r, "relu").test().accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scene6TooSmallIsFarBehindTheConvergedGoodRateAndTooLargeDiverges() {
        double[][] c = curves("06-compare-learning-rates", 2);
        double[] small = c[0];
        double[] good = c[1];
        Experiment e = Lessons.load("06-compare-learning-rates");
        Variants v = Variants.of(e);
        HeadlessRun.Result large = HeadlessRun.run(v.setup(v.get(2)), e.training().maxEpochs(), 1000, x -> { });

        int converged = 1;
        while (good[converged] > 1.1 * good[good.length - 1]) converged++;
        assertThat(converged).as("the good rate converges within a tenth of the lesson").isLessThan(good.length / 10);
        assertThat(small[converged]).as("too small when the good rate has converged").isGreaterThan(10 * good[converged]);
        assertThat(small[small.length - 1]).as("too small at the end").isGreaterThan(5 * good[good.length - 1]);
        assertThat(large.status()).isEqualTo(HeadlessRun.Status.DIVERGED);
        assertThat(large.message()).contains("Training diverged", "Try a smaller learning rate (now 3.00");
    }

    @Test
    void scene7MomentumRmspropAndAdamLearnTheSpiralWhilePlainSgdIsStillSlow() {
        List<CompareBatch.Result> r = run("07-compare-optimizers");
        double sgd = value(r, "sgd").test().dataLoss();

        for (String fast : List.of("momentum", "rmsprop", "adam")) {
            assertThat(value(r, fast).test().dataLoss()).as(fast).isLessThan(sgd);
            assertThat(value(r, fast).test().accuracy()).as(fast).isGreaterThanOrEqualTo(0.85);
        }
        assertThat(value(r, "sgd").test().accuracy()).isLessThan(0.8);
        assertThat(r).hasSize(6);
    }

    @Test
    void scene8OneSampleIsTheNoisiestCurveAndTheFullBatchTheSmoothestAndSlowest() {
        double[][] c = curves("08-compare-batches", 3);
        double[] one = c[0];
        double[] mini = c[1];
        double[] all = c[2];

        assertThat(roughness(one)).isGreaterThan(2 * roughness(mini));
        assertThat(roughness(mini)).isGreaterThan(10 * roughness(all));
        assertThat(rises(all)).as("full batch: the loss never rises").isZero();
        assertThat(all[all.length - 1]).as("one step per epoch is slow").isGreaterThan(2 * mini[mini.length - 1]);
    }

    @Test
    void scene11LargerLambdaShrinksTheWeightsAndSmoothsTheBoundaryWithoutBlankingIt() throws Exception {
        Experiment e = Lessons.load("11-compare-l2");
        assertThat(e.compare().values()).containsExactly("0", "0.001", "0.01", "0.1");
        Variants v = Variants.of(e);
        List<Snapshot> end = new ArrayList<>();
        try (CompareRun run = CompareRun.start(v, (k, x) -> { })) {
            run.setSpeed(0);
            run.play();
            for (int k = 0; k < v.size(); k++) {
                end.add(CompareRunTest.await(run, k, s -> s.state() == RunState.STOPPED, SnapshotRequest.grid(60, 0)));
            }
        }
        double[] norm = end.stream().mapToDouble(s -> squaredNorm(s.weights())).toArray();
        int[] changes = end.stream().mapToInt(s -> signChanges(s.boundary())).toArray();

        for (int k = 1; k < 4; k++) {
            assertThat(norm[k]).as("weight norm, λ = " + e.compare().values().get(k)).isLessThan(norm[k - 1]);
            assertThat(changes[k]).as("sign changes, λ = " + e.compare().values().get(k)).isLessThanOrEqualTo(changes[k - 1]);
        }
        assertThat(changes[3]).isLessThan((int) (0.75 * changes[0]));
        for (Snapshot s : end) {
            double positive = share(s.boundary(), true);
            assertThat(positive).as("not a blank plot").isBetween(0.1, 0.9);
            assertThat(s.test().accuracy()).isGreaterThan(0.75);
        }
        assertThat(end.get(0).train().accuracy() - end.get(0).test().accuracy()).as("λ = 0 over-fits")
                .isGreaterThanOrEqualTo(0.08);
        assertThat(end.get(3).test().dataLoss()).isLessThan(end.get(0).test().dataLoss());
    }

    @Test
    void scene14TheBadScaleEndsWorseThanGlorotAndHe() {
        List<CompareBatch.Result> r = run("14-compare-init");
        CompareBatch.Result bad = value(r, "normal:5");

        for (String good : List.of("glorot_uniform", "he_normal")) {
            assertThat(bad.test().dataLoss()).isGreaterThan(10 * value(r, good).test().dataLoss());
            assertThat(value(r, good).test().accuracy()).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(bad.test().accuracy()).isLessThan(0.8);
    }

    private static List<CompareBatch.Result> run(String id) {
        Experiment e = Lessons.load(id);
        return CompareBatch.run(Variants.of(e), e.training().maxEpochs(), 2);
    }

    private static CompareBatch.Result value(List<CompareBatch.Result> r, String value) {
        return r.stream().filter(x -> value.equals(x.variant().value())).findFirst().orElseThrow();
    }

    /** The training loss of the lesson's first {@code n} variants after every epoch ([k][epoch - 1]). */
    private static double[][] curves(String id, int n) {
        Experiment e = Lessons.load(id);
        Variants v = Variants.of(e);
        int epochs = e.training().maxEpochs();
        double[][] out = new double[n][epochs];
        for (int k = 0; k < n; k++) {
            double[] c = out[k];
            HeadlessRun.run(v.setup(v.get(k)), epochs, 1, r -> c[(int) r.epoch() - 1] = r.train().dataLoss());
        }
        return out;
    }

    /** Total variation of the log loss from epoch to epoch: how jagged the curve is. */
    private static double roughness(double[] c) {
        double tv = 0;
        for (int i = 1; i < c.length; i++) tv += Math.abs(Math.log(c[i]) - Math.log(c[i - 1]));
        return tv - Math.abs(Math.log(c[c.length - 1]) - Math.log(c[0]));
    }

    private static int rises(double[] c) {
        int n = 0;
        for (int i = 1; i < c.length; i++) if (c[i] > c[i - 1]) n++;
        return n;
    }

    private static double squaredNorm(Weights w) {
        double s = 0;
        for (Weights.Layer l : w.layers()) for (double x : l.w()) s += x * x;
        return s;
    }

    /** How often the predicted class changes between neighbouring cells, along rows and columns. */
    static int signChanges(Snapshot.Boundary b) {
        int n = b.n();
        int changes = 0;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                boolean p = b.at(r, c) > 0.5;
                if (c + 1 < n && p != b.at(r, c + 1) > 0.5) changes++;
                if (r + 1 < n && p != b.at(r + 1, c) > 0.5) changes++;
            }
        }
        return changes;
    }

    private static double share(Snapshot.Boundary b, boolean positive) {
        int n = 0;
        for (double p : b.values()) if (p > 0.5 == positive) n++;
        return n / (double) b.values().length;
    }
}
