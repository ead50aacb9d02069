package org.nnplay.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.compare.Variant;

/**
 * The compare view-model without a window: this test's thread plays the FX thread (ticks, and runs what the
 * training threads hand over).
 */
class CompareModelTest {
    private final Queue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final CompareModel model = new CompareModel(handedOver::add);

    @AfterEach
    void close() {
        model.close();
    }

    /** Ticks (and runs hand-overs) until {@code done}, like frames of the window. */
    private void frames(BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("not within 60 s");
            Runnable r;
            while ((r = handedOver.poll()) != null) r.run();
            model.tick();
            Thread.sleep(5);
        }
    }

    private Snapshot snapshot(int k) { return model.snapshotsProperty().get().get(k); }

    @Test
    void anExperimentWithoutAComparisonOpensOnItsLearningRateAndOneWithOneOnIt() {
        model.open(Experiment.defaults());
        assertThat(model.base().compare()).isEqualTo(new Comparison(ComparedSetting.LR, List.of("0.03", "0.003", "0.3")));
        assertThat(model.variantsProperty().get()).extracting(Variant::label)
                .containsExactly("lr = 0.03", "lr = 0.003", "lr = 0.3");

        model.open(Lessons.load("07-compare-optimizers"));
        assertThat(model.variantsProperty().get()).hasSize(6);
        assertThat(model.speedProperty().get()).as("the lesson's speed").isEqualTo(15);

        model.open(Experiment.defaults(), ComparedSetting.BATCH);
        assertThat(model.base().compare().values()).containsExactly("10", "1", "all");
    }

    @Test
    void aComparisonThatDoesNotFitIsRefusedNamingTheValueAndNothingChanges() {
        model.open(Lessons.load("06-learning-rate-good"));
        List<Variant> before = model.variantsProperty().get();

        assertThatThrownBy(() -> model.setComparison(new Comparison(ComparedSetting.LOSS, List.of("mse", "bce"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"bce\" does not fit this experiment");
        assertThat(model.variantsProperty().get()).isSameAs(before);
    }

    @Test
    void ticksPublishEveryVariantsSnapshotWithItsGridAndPlayPauseStepResetReachThemAll() throws Exception {
        model.open(Experiment.defaults().withComparison(new Comparison(ComparedSetting.LR, List.of("0.01", "0.1"))));
        frames(() -> snapshot(0) != null && snapshot(1) != null && snapshot(1).boundary() != null);
        assertThat(snapshot(0).boundary().n()).isEqualTo(CompareModel.MAX_GRID);

        model.stepEpoch();
        frames(() -> snapshot(0).epoch() == 1 && snapshot(1).epoch() == 1);
        model.play();
        assertThat(model.runningProperty().get()).isTrue();
        frames(() -> snapshot(0).epoch() > 20 && snapshot(1).epoch() > 20);
        model.pause();
        frames(() -> snapshot(0).state() == RunState.PAUSED && snapshot(1).state() == RunState.PAUSED);
        assertThat(model.runningProperty().get()).isFalse();

        Experiment trained = model.trainedExperiment(1);
        assertThat(trained.training().learningRate()).isEqualTo(0.1);
        assertThat(trained.weights()).isNotNull();
        assertThat(trained.compare()).isNull();

        model.reset();
        frames(() -> snapshot(0).epoch() == 0 && snapshot(1).epoch() == 0);
    }

    @Test
    void aDivergenceIsExplainedOnceForThatVariantAndResetClearsIt() throws Exception {
        // no length: under load the good rate could reach the lesson's 250 epochs before the check that it runs on
        model.open(Lessons.load("06-compare-learning-rates").withTraining(t -> t.withMaxEpochs(0)));
        model.setSpeed(0);
        model.play();
        frames(() -> snapshot(2) != null && snapshot(2).state() == RunState.DIVERGED && model.explanation(2) != null);

        assertThat(model.messageProperty().get()).startsWith("lr = 3: Training diverged")
                .contains("Try a smaller learning rate (now 3.00, e.g. 0.300)").doesNotContain("press play");
        assertThat(model.explanation(0)).isNull();
        frames(() -> snapshot(1) != null && snapshot(1).epoch() > snapshot(2).epoch() + 20);
        assertThat(snapshot(1).state()).isEqualTo(RunState.RUNNING);

        model.reset();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.explanation(2)).isNull();
    }
}
