package org.nnplay.ui.curves;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.nnplay.training.HistoryView;
import org.nnplay.training.Metric;
import org.nnplay.training.SeriesView;

/**
 * The history as CSV: one row per bucket range (epoch_from, epoch_to), then min, max, mean and last of every
 * recorded metric. Metrics evaluated on other epochs than the per-epoch ones have their own buckets; where a metric
 * has no bucket with a row's exact range its cells are empty, so nothing is interpolated or lost. Values are
 * written in Java's locale-independent form (1.0E-4), NaN as an empty cell.
 */
final class CurvesCsv {
    private CurvesCsv() {}

    static void write(HistoryView h, Writer out) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        TreeSet<long[]> ranges = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (Metric m : Metric.values()) {
            SeriesView s = h.get(m);
            if (!s.isEmpty()) {
                metrics.add(m);
                for (int i = 0; i < s.size(); i++) {
                    ranges.add(new long[] {s.x0()[i], s.x1()[i]});
                }
            }
        }
        StringBuilder sb = new StringBuilder("epoch_from,epoch_to");
        for (Metric m : metrics) {
            String name = m.name().toLowerCase(Locale.ROOT);
            sb.append(',').append(name).append("_min,").append(name).append("_max,")
                    .append(name).append("_mean,").append(name).append("_last");
        }
        out.write(sb.append('\n').toString());
        int[] cursor = new int[metrics.size()];
        for (long[] r : ranges) {
            sb.setLength(0);
            sb.append(r[0]).append(',').append(r[1]);
            for (int k = 0; k < metrics.size(); k++) {
                SeriesView s = h.get(metrics.get(k));
                int i = cursor[k];
                while (i < s.size() && (s.x0()[i] < r[0] || s.x0()[i] == r[0] && s.x1()[i] < r[1])) {
                    i++;
                }
                cursor[k] = i;
                boolean match = i < s.size() && s.x0()[i] == r[0] && s.x1()[i] == r[1];
                for (double[] column : new double[][] {s.min(), s.max(), s.mean(), s.last()}) {
                    sb.append(',');
                    if (match && !Double.isNaN(column[i])) {
                        sb.append(column[i]);
                    }
                }
            }
            out.write(sb.append('\n').toString());
        }
        out.flush();
    }
}
