package org.nnplay.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.training.landscape.Slice;

class PureHelpersTest {
    @Test
    void contoursOfABowlAreCirclesAtTheExpectedRadii() {
        int n = 81;
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = -1 + 2.0 * i / (n - 1);
                double y = -1 + 2.0 * j / (n - 1);
                v[j * n + i] = x * x + y * y;
            }
        }
        for (double r : new double[] {0.25, 0.5, 0.8}) {
            List<Contours.Segment> segs = Contours.trace(v, n, r * r);
            assertThat(segs).hasSizeGreaterThan(20);
            boolean[] octants = new boolean[8];
            for (Contours.Segment s : segs) {
                for (double[] p : new double[][] {{s.x1(), s.y1()}, {s.x2(), s.y2()}}) {
                    double x = -1 + 2.0 * p[0] / (n - 1);
                    double y = -1 + 2.0 * p[1] / (n - 1);
                    assertThat(Math.hypot(x, y)).isCloseTo(r, within(0.01));
                    octants[(int) Math.floor((Math.atan2(y, x) + Math.PI) / (Math.PI / 4)) & 7] = true;
                }
            }
            assertThat(octants).containsOnly(true); // the whole way round
        }
        assertThat(Contours.trace(v, n, 5)).isEmpty();
    }

    @Test
    void colourMapGetsLighterAsTheLossRises() {
        double prev = -1;
        for (int k = 0; k <= 100; k++) {
            double l = ColorMap.luminance(k / 100.0);
            assertThat(l).isGreaterThanOrEqualTo(prev);
            prev = l;
        }
        assertThat(ColorMap.luminance(1)).isGreaterThan(10 * ColorMap.luminance(0));
        assertThat(ColorMap.argb(Double.NaN)).isEqualTo(ColorMap.NON_FINITE_ARGB);
        assertThat(ColorMap.argb(-3)).isEqualTo(ColorMap.argb(0));
    }

    @Test
    void scalesAreMonotonicAndTheirLevelsSpacedAsAsked() {
        LossScale lin = LossScale.of(0, 10, false);
        LossScale log = LossScale.of(0.01, 100, true);
        assertThat(lin.levels(9)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        double[] lv = log.levels(3);
        assertThat(lv[0]).isCloseTo(0.1, within(1e-9));
        assertThat(lv[1]).isCloseTo(1, within(1e-9));
        assertThat(lv[2]).isCloseTo(10, within(1e-9));
        assertThat(log.unit(1)).isCloseTo(0.5, within(1e-12));
        assertThat(log.unit(0)).isEqualTo(0); // below the floor: clamped, not −∞
        assertThat(lin.unit(Double.NaN)).isNaN();
        assertThat(LossScale.of(3, 3, false).max()).isGreaterThan(3);
        assertThat(lin.ticks(5)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(log.ticks(5)).contains(0.01, 0.1, 1.0, 10.0, 100.0);
        assertThat(LossScale.format(0.6931)).isEqualTo("0.693");
        assertThat(LossScale.format(12345)).isEqualTo("1.2e4");
    }

    @Test
    void projectionRecoversSliceCoordinates() {
        Slice s = new Slice(new double[] {1, 1, 1}, new double[] {1, 1, 0}, new double[] {0, 1, 2}, "a", "b");
        double[] p = new SliceProjection(s).project(s.point(0.3, -0.7));
        assertThat(p[0]).isCloseTo(0.3, within(1e-12));
        assertThat(p[1]).isCloseTo(-0.7, within(1e-12));
    }
}
