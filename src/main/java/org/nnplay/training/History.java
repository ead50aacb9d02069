package org.nnplay.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nnplay.engine.train.Evaluation;

/**
 * Per-epoch curves of every {@link Metric} in bounded memory, the latest confusion matrices, and the events marked
 * on them (the most recent {@value #MAX_EVENTS}). One per generation: a reset starts a new history whose first
 * event is the reset. Owned by the training thread; consumers get {@link #view()} copies.
 */
public final class History {
    public static final int DEFAULT_CAPACITY = 512;
    public static final int MAX_EVENTS = 256;

    private final int capacity;
    private final Map<Metric, MinMaxSeries> series = new EnumMap<>(Metric.class);
    private final ArrayDeque<TrainingEvent> events = new ArrayDeque<>();
    private int[][] trainConfusion;
    private int[][] testConfusion;
    private long version;
    private HistoryView cached;

    public History() { this(DEFAULT_CAPACITY); }

    public History(int capacity) {
        this.capacity = capacity;
    }

    public void add(Metric m, long epoch, double value) {
        series.computeIfAbsent(m, k -> new MinMaxSeries(capacity)).add(epoch, value);
        version++;
    }

    /** Records a full evaluation of the training and test splits at {@code epoch}. */
    public void addEvaluation(long epoch, Evaluation train, Evaluation test, boolean regression) {
        add(Metric.TRAIN_LOSS, epoch, train.total());
        add(Metric.TRAIN_DATA_LOSS, epoch, train.dataLoss());
        add(Metric.PENALTY, epoch, train.penalty());
        if (test.rows() > 0) {
            add(Metric.TEST_LOSS, epoch, test.total());
            add(Metric.TEST_DATA_LOSS, epoch, test.dataLoss());
        }
        if (regression) {
            add(Metric.TRAIN_RMSE, epoch, train.rmse());
            add(Metric.TRAIN_R2, epoch, train.r2());
            if (test.rows() > 0) {
                add(Metric.TEST_RMSE, epoch, test.rmse());
                add(Metric.TEST_R2, epoch, test.r2());
            }
        } else {
            add(Metric.TRAIN_ACCURACY, epoch, train.accuracy());
            trainConfusion = train.confusion();
            if (test.rows() > 0) {
                add(Metric.TEST_ACCURACY, epoch, test.accuracy());
                testConfusion = test.confusion();
            }
        }
    }

    public void mark(TrainingEvent e) {
        if (events.size() == MAX_EVENTS) {
            events.removeFirst();
        }
        events.addLast(e);
        version++;
    }

    /** Everything a history holds, for a checkpoint: the curves, the events and the latest confusion matrices. */
    public record State(Map<Metric, MinMaxSeries.State> series, List<TrainingEvent> events, int[][] trainConfusion,
                        int[][] testConfusion) {
        public State {
            series = Map.copyOf(series);
            events = List.copyOf(events);
        }
    }

    public State state() {
        Map<Metric, MinMaxSeries.State> s = new EnumMap<>(Metric.class);
        series.forEach((m, v) -> s.put(m, v.state()));
        return new State(s, new ArrayList<>(events), deep(trainConfusion), deep(testConfusion));
    }

    /**
     * Replaces everything with a saved state; its events are marked with {@code generation} (the run it now belongs
     * to) and the most recent {@value #MAX_EVENTS} kept.
     *
     * @throws IllegalArgumentException when a saved curve does not hold together
     */
    public void restore(State saved, long generation) {
        Map<Metric, MinMaxSeries> next = new EnumMap<>(Metric.class);
        saved.series().forEach((m, v) -> next.put(m, MinMaxSeries.of(capacity, v)));
        series.clear();
        series.putAll(next);
        events.clear();
        List<TrainingEvent> ev = saved.events();
        for (TrainingEvent e : ev.subList(Math.max(0, ev.size() - MAX_EVENTS), ev.size())) {
            events.addLast(new TrainingEvent(e.kind(), generation, e.epoch(), e.message()));
        }
        trainConfusion = deep(saved.trainConfusion());
        testConfusion = deep(saved.testConfusion());
        version++;
    }

    /** Changes whenever anything is added. */
    public long version() { return version; }

    public int capacity() { return capacity; }

    /** An immutable copy, reused while nothing changed. */
    public HistoryView view() {
        if (cached == null || cached.version() != version) {
            Map<Metric, SeriesView> copy = new EnumMap<>(Metric.class);
            for (Map.Entry<Metric, MinMaxSeries> e : series.entrySet()) {
                copy.put(e.getKey(), e.getValue().view());
            }
            List<TrainingEvent> ev = new ArrayList<>(events);
            cached = new HistoryView(version, copy, ev, deep(trainConfusion), deep(testConfusion));
        }
        return cached;
    }

    private static int[][] deep(int[][] m) {
        if (m == null) {
            return null;
        }
        int[][] c = new int[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
