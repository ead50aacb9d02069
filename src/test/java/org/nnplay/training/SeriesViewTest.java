package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesViewTest {
    /** Five buckets: epochs 1–2, 3–4, 5–6, 7–8, 9 (the last one epoch wide). */
    private static SeriesView five(double third) {
        return new SeriesView(new long[] {1, 3, 5, 7, 9}, new long[] {2, 4, 6, 8, 9},
                new double[] {1, 0.5, third, 0.2, 0.1}, new double[] {2, 0.9, third, 0.4, 0.1},
                new double[] {1.5, 0.7, third, 0.3, 0.1}, new double[] {1.4, 0.6, third, 0.25, 0.1}, 2, 9);
    }

    @Test
    void mergesGroupsKeepingExtremesAndAnEpochWeightedMean() {
        SeriesView c = five(0.8).coarsen(2);
        assertThat(c.size()).isEqualTo(3);
        assertThat(c.x0()).containsExactly(1, 5, 9);
        assertThat(c.x1()).containsExactly(4, 8, 9);
        assertThat(c.min()).containsExactly(0.5, 0.2, 0.1);
        assertThat(c.max()).containsExactly(2, 0.8, 0.1);
        assertThat(c.mean()[0]).isEqualTo((1.5 * 2 + 0.7 * 2) / 4);
        assertThat(c.mean()[1]).isEqualTo((0.8 * 2 + 0.3 * 2) / 4);
        assertThat(c.last()).containsExactly(0.6, 0.25, 0.1);
        assertThat(c.width()).isEqualTo(4);
        assertThat(c.points()).isEqualTo(9);
        assertThat(c.latest()).isEqualTo(five(0.8).latest());
    }

    @Test
    void aGroupWithANonFiniteBucketStaysAGap() {
        SeriesView c = five(Double.NaN).coarsen(2);
        assertThat(c.mean()[0]).isFinite();
        assertThat(c.mean()[1]).isNaN();
        assertThat(c.min()[1]).isNaN();
        assertThat(c.max()[1]).isNaN();
        assertThat(c.mean()[2]).isEqualTo(0.1);
    }

    @Test
    void factorOneOrLessIsTheSameView() {
        SeriesView s = five(0.8);
        assertThat(s.coarsen(1)).isSameAs(s);
        assertThat(s.coarsen(0)).isSameAs(s);
        assertThat(SeriesView.EMPTY.coarsen(4)).isSameAs(SeriesView.EMPTY);
        assertThat(s.coarsen(10).size()).isEqualTo(1);
        assertThat(s.coarsen(10).min()[0]).isEqualTo(0.1);
        assertThat(s.coarsen(10).max()[0]).isEqualTo(2);
    }
}
