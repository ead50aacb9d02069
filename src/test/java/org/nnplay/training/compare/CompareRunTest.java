package org.nnplay.training.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.Metrics;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingEvent;

/** The variants of a comparison train as single runs would, together, each stopping or diverging alone. */
class CompareRunTest {
    private static final long TIMEOUT_MS = 60_000;

    private static Experiment base(int maxEpochs) {
        return Experiment.defaults().withTraining(t -> t.withMaxEpochs(maxEpochs));
    }

    @Test
    void aVariantTrainsExactlyAsASingleRunWithItsValue() throws Exception {
        Experiment base = base(60);
        Comparison c = new Comparison(ComparedSetting.LR, List.of("0.003", "0.03", "0.3"));
        Variants variants = Variants.of(base, c);
        List<CompareBatch.Result> batch = CompareBatch.run(variants, 60, 2);
        try (CompareRun run = CompareRun.start(variants, (k, e) -> { })) {
            run.play();
            for (int k = 0; k < 3; k++) {
                double lr = Double.parseDouble(c.values().get(k));
                HeadlessRun.Result single = HeadlessRun.run(ExperimentSetups.of(
                        base.withTraining(t -> t.withLearningRate(lr)), JvmBackend.INSTANCE), 60, 1000, r -> { });
                Snapshot live = await(run, k, s -> s.state() == RunState.STOPPED);

                assertThat(live.epoch()).isEqualTo(60);
                assertSame(batch.get(k).train(), single.train());
                assertSame(batch.get(k).test(), single.test());
                assertThat(batch.get(k).run().weights().flatten()).containsExactly(single.weights().flatten());
                assertSame(live.train(), single.train());
                assertSame(live.test(), single.test());
                assertThat(live.weights().flatten()).containsExactly(single.weights().flatten());
            }
        }
    }

    @Test
    void variantsOfTheSameShapeStartFromTheSameWeightsOnTheSamePoints() throws Exception {
        Variants variants = Variants.of(base(0), new Comparison(ComparedSetting.ACTIVATION,
                List.of("tanh", "relu", "linear", "sigmoid")));
        try (CompareRun run = CompareRun.start(variants, (k, e) -> { })) {
            double[] first = await(run, 0, s -> true).weights().flatten();
            for (int k = 1; k < 4; k++) {
                assertThat(await(run, k, s -> true).weights().flatten()).as("variant " + k).containsExactly(first);
                assertThat(variants.setup(variants.get(k)).data()).isSameAs(variants.setup(variants.get(0)).data());
            }
        }
    }

    @Test
    void oneVariantDivergesAloneWithTheExplanationAndTheOthersTrainOn() throws Exception {
        // the lesson's neuron on the plane, as fast and as long as the test needs (the lesson runs 15 epochs at 1/s)
        Experiment plane = Lessons.load("06-learning-rate-good").withTraining(t -> t.withMaxEpochs(0).withSpeed(0));
        Variants variants = Variants.of(plane, new Comparison(ComparedSetting.LR, List.of("0.01", "0.1", "5")));
        List<String> diverged = new CopyOnWriteArrayList<>();
        try (CompareRun run = CompareRun.start(variants, (k, e) -> {
            if (e.kind() == TrainingEvent.Kind.DIVERGED) diverged.add(k + ": " + e.message());
        })) {
            run.play();
            Snapshot bad = await(run, 2, s -> s.state() == RunState.DIVERGED);
            long[] at = {run.epoch(0), run.epoch(1)};
            Snapshot good = await(run, 1, s -> s.epoch() > at[1] + 50 && s.state() == RunState.RUNNING);
            Snapshot slow = await(run, 0, s -> s.epoch() > at[0] + 50 && s.state() == RunState.RUNNING);

            assertThat(diverged).singleElement().asString()
                    .startsWith("2: Training diverged").contains("Try a smaller learning rate (now 5.00");
            assertThat(bad.train().finite()).as("paused on its last finite weights").isTrue();
            assertThat(good.train().total()).isLessThan(slow.train().total());

            run.pause();
            run.play(); // play leaves the diverged variant alone
            await(run, 0, s -> s.state() == RunState.RUNNING);
            Thread.sleep(50);
            assertThat(run.state(2)).isEqualTo(RunState.DIVERGED);
            assertThat(diverged).hasSize(1);

            run.reset();
            for (int k = 0; k < 3; k++) {
                assertThat(await(run, k, s -> s.epoch() == 0).state()).isEqualTo(RunState.PAUSED);
            }
        }
    }

    @Test
    void stepTrainsOneEpochOfEveryVariantAndSpeedCapsThemAll() throws Exception {
        Variants variants = Variants.of(base(0), new Comparison(ComparedSetting.BATCH, List.of("1", "10", "all")));
        assertThat(variants.get(2).experiment().training().batchSize()).as("all = the training split")
                .isEqualTo(variants.data().train().size()).isEqualTo(250);
        try (CompareRun run = CompareRun.start(variants, (k, e) -> { })) {
            run.stepEpoch();
            run.stepEpoch();
            for (int k = 0; k < 3; k++) {
                assertThat(await(run, k, s -> true).epoch()).isEqualTo(2);
            }
            run.setSpeed(20);
            run.play();
            Thread.sleep(1000);
            run.pause();
            for (int k = 0; k < 3; k++) {
                assertThat(run.epoch(k)).as("variant " + k + " at 20 epochs/s for 1 s").isBetween(10L, 26L);
            }
        }
    }

    @Test
    void theResultsDoNotDependOnTheNumberOfThreads() {
        Variants variants = Variants.of(Lessons.load("07-optimizers"), new Comparison(ComparedSetting.OPTIMIZER,
                List.of("sgd", "momentum", "adam", "rmsprop")));
        List<CompareBatch.Result> one = CompareBatch.run(variants, 30, 1);
        List<CompareBatch.Result> three = CompareBatch.run(variants, 30, 3);
        for (int k = 0; k < 4; k++) {
            assertSame(one.get(k).train(), three.get(k).train());
            assertSame(one.get(k).test(), three.get(k).test());
            assertThat(one.get(k).variant().label()).isEqualTo(three.get(k).variant().label());
        }
        List<CompareBatch.Result> sorted = one.stream().sorted(CompareBatch.BEST_FIRST).toList();
        assertThat(sorted.getFirst().rankingLoss()).isLessThanOrEqualTo(sorted.getLast().rankingLoss());
    }

    static void assertSame(Evaluation a, Evaluation b) { assertSame(Metrics.of(a), b); }

    /** A snapshot's metrics and an evaluation of the same weights agree exactly. */
    static void assertSame(Metrics a, Evaluation e) {
        Metrics b = Metrics.of(e);
        assertThat(a.total()).isEqualTo(b.total());
        assertThat(a.dataLoss()).isEqualTo(b.dataLoss());
        assertThat(a.accuracy()).isEqualTo(b.accuracy());
        assertThat(a.rows()).isEqualTo(b.rows());
    }

    static Snapshot await(CompareRun run, int k, Predicate<Snapshot> until) throws InterruptedException {
        return await(run, k, until, SnapshotRequest.METRICS_ONLY);
    }

    /** The first up-to-date snapshot of variant {@code k} (with what {@code request} asks) that satisfies {@code until}. */
    static Snapshot await(CompareRun run, int k, Predicate<Snapshot> until, SnapshotRequest request)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Snapshot s = run.latest(k);
            if (s != null && run.upToDate(k, s) && (s.boundary() != null || !request.wantGrid()) && until.test(s)) {
                return s;
            }
            run.requestSnapshot(k, request);
            Thread.sleep(2);
        }
        throw new AssertionError("variant " + k + " never got there; latest " + run.latest(k));
    }
}
