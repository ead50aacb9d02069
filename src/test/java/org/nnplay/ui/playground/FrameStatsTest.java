package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void steadySixtyHertzGivesSixtyFpsAndSixteenMillisecondIntervals() {
        FrameStats s = new FrameStats();
        for (int i = 0; i <= 120; i++) s.frame(i * 16_667_000L);
        assertThat(s.fps()).isCloseTo(60, within(0.5));
        assertThat(s.count()).isEqualTo(120);
        assertThat(s.maxMillis()).isCloseTo(16.667, within(0.01));
        assertThat(s.percentileMillis(0.99)).isCloseTo(16.667, within(0.01));
    }

    @Test
    void oneLongFrameIsTheMaximumButNotThePercentileOfManyFrames() {
        FrameStats s = new FrameStats();
        long t = 0;
        s.frame(t);
        for (int i = 0; i < 999; i++) s.frame(t += 16 * MS);
        s.frame(t += 250 * MS);
        assertThat(s.maxMillis()).isEqualTo(250);
        assertThat(s.percentileMillis(0.99)).isEqualTo(16);
        assertThat(s.percentileMillis(1.0)).isEqualTo(250);
    }

    @Test
    void resetStartsANewMeasurement() {
        FrameStats s = new FrameStats();
        s.frame(0);
        s.frame(500 * MS);
        s.work(3 * MS);
        s.reset();
        s.frame(1000 * MS);
        s.frame(1010 * MS);
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.maxMillis()).isEqualTo(10);
        assertThat(s.maxWorkMillis()).isZero();
    }

    @Test
    void summaryNamesTheFigures() {
        FrameStats s = new FrameStats();
        s.frame(0);
        s.frame(20 * MS);
        assertThat(s.summary()).contains("frames=1", "p99=20.00 ms", "max=20.00 ms", "50.0 fps");
    }

    @Test
    void boundaryRedrawsAreCountedPerSecondOfFrames() {
        FrameStats s = new FrameStats();
        for (int i = 0; i <= 60; i++) {
            s.frame(i * 16_667_000L);
            if (i % 2 == 0) s.boundaryDrawn();
        }
        assertThat(s.boundariesPerSecond()).isCloseTo(31, within(0.1));
        assertThat(s.summary()).contains("boundary redraws 31.0/s");
        s.reset();
        assertThat(s.boundariesPerSecond()).isZero();
    }
}
