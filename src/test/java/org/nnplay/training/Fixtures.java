package org.nnplay.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.nnplay.data.DataSet;
import org.nnplay.data.Feature;
import org.nnplay.data.Generators;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.TrainConfig;

/** Small experiments for the service's tests. */
final class Fixtures {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final List<Feature> XY = List.of(Feature.X1, Feature.X2);

    private Fixtures() {}

    static TrainConfig sgd(double lr) {
        return new TrainConfig(10, lr, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT, Regularization.NONE, 0);
    }

    static DataSet circle(int n, double noise) {
        return Generators.split("circle", Generators.circle(n, noise, 1), 50, 1, ProblemType.CLASSIFICATION, 2, 6,
                "x1", "x2");
    }

    static NetworkSpec tanh(int... hidden) {
        return NetworkSpec.simple(2, java.util.Arrays.stream(hidden).boxed().toList(), ActivationKind.TANH, 1,
                LossKind.HALF_SQUARED, false);
    }

    /** Circle, 200 points half train, x1 x2, 4-2 tanh, half squared, SGD 0.03, batch 10. */
    static TrainingSetup circleSetup() {
        return new TrainingSetup(circle(200, 0), XY, tanh(4, 2), sgd(0.03), 7, JvmBackend.INSTANCE);
    }

    /** y = 3 x1 − 2 x2 on [-5, 5]², a linear network with MSE: diverges with a large learning rate. */
    static TrainingSetup planeSetup(double lr) {
        Random rng = new Random(3);
        List<Sample> pts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double a = rng.nextDouble() * 10 - 5;
            double b = rng.nextDouble() * 10 - 5;
            pts.add(new Sample(a, b, 3 * a - 2 * b));
        }
        DataSet ds = Generators.split("plane", pts, 50, 1, ProblemType.REGRESSION, 1, 6, "x1", "x2");
        NetworkSpec spec = NetworkSpec.simple(2, List.of(4), ActivationKind.LINEAR, 1, LossKind.MSE, true);
        return new TrainingSetup(ds, XY, spec, sgd(lr), 5, JvmBackend.INSTANCE);
    }

    static Snapshot await(TrainingService s, Predicate<Snapshot> until) throws Exception {
        return s.await(SnapshotRequest.METRICS_ONLY, until, WAIT);
    }

    static Snapshot awaitState(TrainingService s, RunState state) throws Exception {
        return awaitAfter(s, snap -> snap.state() == state);
    }

    /** The first snapshot, taken after every command sent so far was applied, that satisfies {@code until}. */
    static Snapshot awaitAfter(TrainingService s, Predicate<Snapshot> until) throws Exception {
        long ticket = s.lastCommand();
        return await(s, snap -> snap.commandsApplied() >= ticket && until.test(snap));
    }

    /** A snapshot taken after every command sent so far was applied. */
    static Snapshot settled(TrainingService s) throws Exception {
        long ticket = s.lastCommand();
        return await(s, snap -> snap.commandsApplied() >= ticket);
    }
}
