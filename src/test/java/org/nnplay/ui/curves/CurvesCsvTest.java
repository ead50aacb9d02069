package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;

class CurvesCsvTest {
    @Test
    void writesOneRowPerBucketRangeWithEveryMetricsStatistics() throws IOException {
        SeriesView train = new SeriesView(new long[] {1, 3}, new long[] {2, 4}, new double[] {0.5, 0.25},
                new double[] {1, 0.4}, new double[] {0.75, 0.3}, new double[] {0.5, 0.25}, 2, 4);
        SeriesView test = new SeriesView(new long[] {1, 3}, new long[] {1, 3}, new double[] {0.9, Double.NaN},
                new double[] {0.9, Double.NaN}, new double[] {0.9, Double.NaN}, new double[] {0.9, Double.NaN}, 1, 2);
        HistoryView h = new HistoryView(3, Map.of(Metric.TRAIN_LOSS, train, Metric.TEST_LOSS, test), List.of(), null, null);
        StringWriter out = new StringWriter();
        CurvesCsv.write(h, out);
        assertThat(out.toString().split("\n")).containsExactly(
                "epoch_from,epoch_to,train_loss_min,train_loss_max,train_loss_mean,train_loss_last,"
                        + "test_loss_min,test_loss_max,test_loss_mean,test_loss_last",
                "1,1,,,,,0.9,0.9,0.9,0.9",
                "1,2,0.5,1.0,0.75,0.5,,,,",
                "3,3,,,,,,,,",
                "3,4,0.25,0.4,0.3,0.25,,,,");
    }

    @Test
    void anEmptyHistoryHasOnlyTheHeader() throws IOException {
        StringWriter out = new StringWriter();
        CurvesCsv.write(HistoryView.EMPTY, out);
        assertThat(out.toString()).isEqualTo("epoch_from,epoch_to\n");
    }
}
