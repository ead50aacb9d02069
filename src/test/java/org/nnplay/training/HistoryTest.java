package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void fiveMillionPointsStayBoundedAndASpikeSurvivesAsAMax() {
        MinMaxSeries s = new MinMaxSeries(512);
        long spikeAt = 3_456_789;
        for (long e = 1; e <= 5_000_000; e++) {
            s.add(e, e == spikeAt ? 100.0 : 1.0 / Math.sqrt(e));
        }
        assertThat(s.size()).isLessThanOrEqualTo(512);
        assertThat(s.points()).isEqualTo(5_000_000);
        SeriesView v = s.view();
        assertThat(v.overallMax()).isEqualTo(100.0);
        int bucket = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.x0()[i] <= spikeAt && spikeAt <= v.x1()[i]) {
                bucket = i;
            }
        }
        assertThat(v.max()[bucket]).isEqualTo(100.0);
        assertThat(v.max()[bucket - 1]).isLessThan(0.01);
        assertThat(v.max()[bucket + 1]).isLessThan(0.01);
        assertThat(v.x0()[0]).isEqualTo(1);
        assertThat(v.x1()[v.size() - 1]).isEqualTo(5_000_000);
        assertThat(v.min()[0]).isEqualTo(1.0 / Math.sqrt(v.x1()[0]));
    }

    @Test
    void bucketsMergeInPairsKeepingMeanMinMaxAndLast() {
        MinMaxSeries s = new MinMaxSeries(4);
        for (int e = 1; e <= 5; e++) {
            s.add(e, e);
        }
        SeriesView v = s.view();
        assertThat(v.width()).isEqualTo(2);
        assertThat(v.x0()).containsExactly(1, 3, 5);
        assertThat(v.x1()).containsExactly(2, 4, 5);
        assertThat(v.mean()).containsExactly(1.5, 3.5, 5);
        assertThat(v.min()).containsExactly(1, 3, 5);
        assertThat(v.max()).containsExactly(2, 4, 5);
        assertThat(v.last()).containsExactly(2, 4, 5);
    }

    @Test
    void nonFiniteValuesAreCountedButNotAveraged() {
        MinMaxSeries s = new MinMaxSeries(2);
        s.add(1, Double.NaN);
        s.add(2, 1);
        s.add(3, Double.POSITIVE_INFINITY);
        SeriesView v = s.view();
        assertThat(v.points()).isEqualTo(3);
        assertThat(v.mean()).containsExactly(1.0, Double.NaN);
    }

    @Test
    void eventsAreBoundedToTheMostRecent() {
        History h = new History(8);
        for (int i = 0; i < History.MAX_EVENTS + 10; i++) {
            h.mark(new TrainingEvent(TrainingEvent.Kind.SETTING_CHANGED, 0, i, "change " + i));
        }
        HistoryView v = h.view();
        assertThat(v.events()).hasSize(History.MAX_EVENTS);
        assertThat(v.events().getFirst().epoch()).isEqualTo(10);
        assertThat(h.view()).isSameAs(v);
    }
}
