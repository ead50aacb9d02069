package org.nnplay.ui.curves;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;
import org.nnplay.training.TrainingEvent;
import org.nnplay.training.TrainingEvent.Kind;

/** Histories built bucket by bucket, as a long run compressed by the service would look. */
public final class SyntheticHistory {
    public static final long EPOCHS = 2_000_000;
    public static final long SPIKE = 500_000;
    public static final int BUCKETS = 512;

    private SyntheticHistory() {}

    /** A decaying loss with one spike (3.0) at epoch 500,000 of 2,000,000 epochs, in 512 buckets; accuracy rising. */
    public static HistoryView longRun() {
        Map<Metric, SeriesView> m = new EnumMap<>(Metric.class);
        LongToDoubleFunction train = e -> e == SPIKE ? 3.0 : 0.04 + 1.2 * Math.exp(-e / 150_000.0);
        LongToDoubleFunction test = e -> e == SPIKE ? 3.2 : 0.09 + 1.25 * Math.exp(-e / 140_000.0) + 0.02 * e / EPOCHS;
        m.put(Metric.TRAIN_LOSS, series(train, EPOCHS, BUCKETS));
        m.put(Metric.TEST_LOSS, series(test, EPOCHS, BUCKETS));
        m.put(Metric.TRAIN_ACCURACY, series(e -> 1 - 0.5 * Math.exp(-e / 120_000.0), EPOCHS, BUCKETS));
        m.put(Metric.TEST_ACCURACY, series(e -> 0.96 - 0.46 * Math.exp(-e / 120_000.0), EPOCHS, BUCKETS));
        List<TrainingEvent> events = List.of(
                new TrainingEvent(Kind.RESET, 1, 0, "weights re-initialised from seed 42"),
                new TrainingEvent(Kind.SETTING_CHANGED, 1, 300_000, "learning rate 0.03 → 0.01"),
                new TrainingEvent(Kind.DIVERGED, 1, 1_200_000, "loss became infinite; weights of epoch 1,199,999 kept"),
                new TrainingEvent(Kind.EARLY_STOP, 1, 1_900_000, "test loss did not improve for 100,000 epochs"));
        return new HistoryView(7, m, events, null, null);
    }

    /** Buckets of equal epoch width over [1, epochs], with exact min, max, mean and last of f. */
    public static SeriesView series(LongToDoubleFunction f, long epochs, int buckets) {
        long width = (epochs + buckets - 1) / buckets;
        int n = (int) ((epochs + width - 1) / width);
        long[] x0 = new long[n];
        long[] x1 = new long[n];
        double[] min = new double[n];
        double[] max = new double[n];
        double[] mean = new double[n];
        double[] last = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = 1 + i * width;
            x1[i] = Math.min(epochs, x0[i] + width - 1);
            min[i] = Double.POSITIVE_INFINITY;
            max[i] = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (long e = x0[i]; e <= x1[i]; e++) {
                double v = f.applyAsDouble(e);
                min[i] = Math.min(min[i], v);
                max[i] = Math.max(max[i], v);
                sum += v;
            }
            mean[i] = sum / (x1[i] - x0[i] + 1);
            last[i] = f.applyAsDouble(x1[i]);
        }
        return new SeriesView(x0, x1, min, max, mean, last, (int) width, epochs);
    }

    /** Every epoch its own bucket (a short run). */
    public static SeriesView points(long[] epochs, double[] values) {
        return new SeriesView(epochs.clone(), epochs.clone(), values.clone(), values.clone(), values.clone(),
                values.clone(), 1, epochs.length);
    }
}
