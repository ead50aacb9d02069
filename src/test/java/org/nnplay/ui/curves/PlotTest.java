package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnplay.training.HistoryView;

/** The curves' geometry alone (no display). */
class PlotTest {
    private final HistoryView history = SyntheticHistory.longRun();

    @Test
    void aTallViewStacksLossOverAccuracy() {
        Plot p = Plot.plan(history, 600, 400, Scale.LINEAR, true, 1);
        assertThat(p.panels()).extracting(Plot.Panel::title).containsExactly("Loss", "Accuracy %");
        assertThat(p.panels().get(1).bottom() - p.panels().get(1).top()).isGreaterThanOrEqualTo(Plot.MIN_PANEL);
    }

    @Test
    void aViewTooShortForTwoReadablePanelsShowsTheLossAlone() {
        Plot p = Plot.plan(history, 600, 150, Scale.LINEAR, true, 1.25);
        assertThat(p.panels()).extracting(Plot.Panel::title).containsExactly("Loss");
        assertThat(p.panels().getFirst().bottom()).isEqualTo(p.bottom());
    }

    /** A 300-epoch run with a step-decay learning rate, as scene 13 draws it. */
    private static HistoryView stepDecay(boolean schedule) {
        java.util.Map<org.nnplay.training.Metric, org.nnplay.training.SeriesView> m =
                new java.util.EnumMap<>(org.nnplay.training.Metric.class);
        m.put(org.nnplay.training.Metric.TRAIN_LOSS, SyntheticHistory.series(e -> 1.0 / e, 300, 512));
        m.put(org.nnplay.training.Metric.TEST_LOSS, SyntheticHistory.series(e -> 1.2 / e, 300, 512));
        m.put(org.nnplay.training.Metric.TRAIN_ACCURACY, SyntheticHistory.series(e -> 0.9, 300, 512));
        m.put(org.nnplay.training.Metric.LEARNING_RATE,
                SyntheticHistory.series(e -> schedule ? 0.1 * Math.pow(0.5, (e - 1) / 100) : 0.1, 300, 512));
        return new HistoryView(1, m, java.util.List.of(), null, null);
    }

    @Test
    void aScheduleDrawsTheLearningRateUnderTheLoss_aConstantRateDoesNot() {
        Plot p = Plot.plan(stepDecay(true), 600, 480, Scale.LINEAR, true, 1);

        assertThat(p.panels()).extracting(Plot.Panel::title).containsExactly("Loss", "Learning rate", "Accuracy %");
        Plot.Panel rate = p.panels().get(1);
        assertThat(rate.train()).isEqualTo(org.nnplay.training.Metric.LEARNING_RATE);
        assertThat(rate.y().hi()).isGreaterThanOrEqualTo(0.1);
        assertThat(rate.y().lo()).isZero();
        assertThat(rate.bottom() - rate.top()).isGreaterThanOrEqualTo(Plot.MIN_PANEL);
        assertThat(Plot.plan(stepDecay(false), 600, 480, Scale.LINEAR, true, 1).panels())
                .extracting(Plot.Panel::title).containsExactly("Loss", "Accuracy %");
    }

    @Test
    void aShortViewDropsTheAccuracyBeforeTheLearningRate() {
        assertThat(Plot.plan(stepDecay(true), 600, 190, Scale.LINEAR, true, 1).panels())
                .extracting(Plot.Panel::title).containsExactly("Loss", "Learning rate");
        assertThat(Plot.plan(stepDecay(true), 600, 120, Scale.LINEAR, true, 1).panels())
                .extracting(Plot.Panel::title).containsExactly("Loss");
    }

    @Test
    void theEpochAxisSpansTheRunSoFar() {
        Plot p = Plot.plan(stepDecay(true), 600, 400, Scale.LINEAR, true, 1);

        assertThat(p.x().lo()).isEqualTo(1);
        assertThat(p.x().hi()).isEqualTo(300);
        assertThat(p.x().toPixel(300)).isEqualTo(p.right());
    }

    @Test
    void hidingAccuracyAlwaysLeavesTheLoss() {
        assertThat(Plot.plan(history, 600, 400, Scale.LINEAR, false, 1).panels()).hasSize(1);
    }
}
