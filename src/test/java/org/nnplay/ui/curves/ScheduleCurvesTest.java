package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.Metric;
import org.nnplay.training.RunState;
import org.nnplay.training.SeriesView;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingService;

/**
 * Scene 13 as the window sees it: the training service runs the step-decay preset, every snapshot carries the
 * current learning rate (what the top bar shows) and the history holds the rate of every epoch, which the curves
 * draw in a panel of their own under the loss.
 */
class ScheduleCurvesTest {
    @Test
    void theStepDecayLessonsRateIsInEverySnapshotAndDrawnUnderTheLoss() throws Exception {
        Experiment e = Lessons.load("13-schedule-step");
        double lr0 = e.training().learningRate();
        try (TrainingService service = TrainingService.start(ExperimentSetups.forWindow(e, org.nnplay.training.ExperimentMapping.dataSet(e),
                JvmBackend.INSTANCE))) {
            service.play();
            Snapshot s = service.await(SnapshotRequest.METRICS_ONLY,
                    x -> x.state() == RunState.STOPPED && x.epoch() == e.training().maxEpochs(), Duration.ofSeconds(60));

            SeriesView rate = s.history().get(Metric.LEARNING_RATE);
            assertThat(rate.width()).as("one bucket per epoch").isEqualTo(1);
            for (int i = 0; i < rate.size(); i++) {
                long epoch = rate.x0()[i];
                assertThat(rate.last()[i]).as("rate of epoch " + epoch)
                        .isCloseTo(lr0 * Math.pow(0.5, (epoch - 1) / 100), within(1e-12));
            }
            assertThat(s.learningRate()).as("the current rate, for the top bar")
                    .isCloseTo(lr0 * Math.pow(0.5, s.epoch() / 100), within(1e-12)).isLessThan(lr0 / 10);
            Plot plot = Plot.plan(s.history(), 900, 480, Scale.LINEAR, true, 1);
            assertThat(plot.panels()).extracting(Plot.Panel::title).containsExactly("Loss", "Learning rate", "Accuracy %");
            assertThat(plot.x().hi()).as("the epoch axis ends where the run did").isEqualTo(e.training().maxEpochs());
        }
    }

    /** At the lesson's own speed the window evaluates every epoch, so the bump after each warm restart is drawn. */
    @Test
    void theWarmRestartsBumpsAreInTheCurvesTheWindowDraws() throws Exception {
        Experiment e = Lessons.load("13-schedule-cosine-restarts");
        int period = e.training().schedule().period();
        try (TrainingService service = TrainingService.start(ExperimentSetups.forWindow(e,
                org.nnplay.training.ExperimentMapping.dataSet(e), JvmBackend.INSTANCE))) {
            service.play();
            Snapshot s = service.await(SnapshotRequest.METRICS_ONLY,
                    x -> x.state() == RunState.STOPPED && x.epoch() == e.training().maxEpochs(), Duration.ofSeconds(60));

            SeriesView loss = s.history().get(Metric.TRAIN_LOSS);
            assertThat(loss.size()).as("an evaluation every epoch").isEqualTo(e.training().maxEpochs() + 1);
            for (int restart = period; restart < e.training().maxEpochs(); restart += period) {
                double before = loss.last()[restart];
                double after = 0;
                for (int k = restart + 1; k <= restart + 20; k++) after = Math.max(after, loss.last()[k]);
                assertThat(after).as("bump after the restart at epoch " + restart).isGreaterThan(2 * before);
            }
        }
    }

    @Test
    void onlyAWatchableSpeedWithoutStoppingRulesIsEvaluatedEveryEpoch() {
        org.nnplay.experiment.TrainingSettings t = Lessons.load("13-schedule-step").training();

        assertThat(ExperimentSetups.watchable(t)).isTrue();
        assertThat(ExperimentSetups.watchable(t.withSpeed(0))).as("max speed").isFalse();
        assertThat(ExperimentSetups.watchable(t.withSpeed(1000))).isFalse();
        assertThat(ExperimentSetups.watchable(Lessons.load("12-overfitting").training()))
                .as("early stopping acts at the command line's cadence").isFalse();
    }
}
