package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;
import org.nnplay.training.TrainingEvent;

class ReadoutTest {
    private final SeriesView sparse = SyntheticHistory.points(new long[] {10, 20, 30}, new double[] {3, 2, 1});

    @Test
    void findsTheBucketContainingAnEpochOrTheNearest() {
        assertThat(Readout.bucketAt(sparse, 20)).isEqualTo(1);
        assertThat(Readout.bucketAt(sparse, 24)).isEqualTo(1);
        assertThat(Readout.bucketAt(sparse, 26)).isEqualTo(2);
        assertThat(Readout.bucketAt(sparse, 1)).isEqualTo(0);
        assertThat(Readout.bucketAt(sparse, 99)).isEqualTo(2);
        assertThat(Readout.bucketAt(SeriesView.EMPTY, 5)).isEqualTo(-1);
    }

    @Test
    void showsTheSpikeBucketsRangeMeanAndExtremes() {
        HistoryView h = SyntheticHistory.longRun();
        SeriesView train = h.get(Metric.TRAIN_LOSS);
        int b = Readout.bucketAt(train, SyntheticHistory.SPIKE);
        String text = Readout.text(h, SyntheticHistory.SPIKE, 0);
        assertThat(text).startsWith(String.format("Epochs %,d – %,d", train.x0()[b], train.x1()[b]))
                .contains("Training loss  " + Axis.formatValue(train.mean()[b]))
                .contains("– 3)")
                .contains("Test accuracy");
    }

    @Test
    void listsEventsNearThePointer() {
        HistoryView h = new HistoryView(1, Map.of(Metric.TRAIN_LOSS, sparse),
                List.of(new TrainingEvent(TrainingEvent.Kind.DIVERGED, 0, 20, "loss became NaN")), null, null);
        assertThat(Readout.text(h, 20, 1)).isEqualTo("Epoch 20\nTraining loss  2\nD  epoch 20: loss became NaN"
                .replace("\n", System.lineSeparator()));
        assertThat(Readout.text(h, 30, 1)).doesNotContain("NaN");
    }

    @Test
    void accuracyIsInPercent() {
        assertThat(Readout.value(0.975, 100, "%")).isEqualTo("97.5%");
        assertThat(Readout.value(Double.NaN, 100, "%")).isEqualTo("–%");
    }
}
