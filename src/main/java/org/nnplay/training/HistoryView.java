package org.nnplay.training;

import java.util.List;
import java.util.Map;

/**
 * An immutable copy of a {@link History}: one {@link SeriesView} per metric recorded so far, the recent events and
 * the latest confusion matrices (confusion[actual][predicted]; null for regression or before any evaluation).
 */
public record HistoryView(long version, Map<Metric, SeriesView> series, List<TrainingEvent> events,
                          int[][] trainConfusion, int[][] testConfusion) {
    public static final HistoryView EMPTY = new HistoryView(0, Map.of(), List.of(), null, null);

    public HistoryView {
        series = Map.copyOf(series);
        events = List.copyOf(events);
    }

    public SeriesView get(Metric m) { return series.getOrDefault(m, SeriesView.EMPTY); }
}
