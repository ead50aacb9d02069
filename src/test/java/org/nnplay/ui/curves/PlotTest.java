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

    @Test
    void hidingAccuracyAlwaysLeavesTheLoss() {
        assertThat(Plot.plan(history, 600, 400, Scale.LINEAR, false, 1).panels()).hasSize(1);
    }
}
