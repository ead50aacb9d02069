package org.nnplay.ui.curves;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTest {
    private static List<String> labels(List<Axis.Tick> ticks) {
        return ticks.stream().map(Axis.Tick::label).toList();
    }

    @Test
    void unitRangeGetsTenthsOrFifths() {
        assertThat(Axis.niceTicks(0, 1, 5, false)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(labels(new Axis(Scale.LINEAR, 0, 1, 0, 100).ticks(5))).containsExactly("0.0", "0.2", "0.4", "0.6", "0.8", "1.0");
    }

    @Test
    void millionEpochsAreLabelledInThousandsAndMillions() {
        Axis x = new Axis(Scale.LINEAR, 0, 1_000_000, 0, 800);
        assertThat(labels(x.epochTicks(5))).containsExactly("0", "200k", "400k", "600k", "800k", "1M");
        assertThat(labels(new Axis(Scale.LINEAR, 1, 2_000_000, 0, 800).epochTicks(4)))
                .containsExactly("500k", "1M", "1.5M", "2M");
    }

    /** Room for two ticks over 0–453,264 gave a step of 500,000: "0" alone under the whole axis. */
    @Test
    void anAxisWithRoomForTwoTicksShowsAtLeastTwo() {
        assertThat(labels(new Axis(Scale.LINEAR, 0, 453_264, 0, 400).epochTicks(2)).size()).isGreaterThanOrEqualTo(2);
        assertThat(labels(new Axis(Scale.LINEAR, 0, 453_264, 0, 400).epochTicks(2))).startsWith("0");
        assertThat(labels(new Axis(Scale.LINEAR, 0, 1, 0, 400).epochTicks(2))).containsExactly("0", "1");
    }

    @Test
    void fewEpochsGetIntegerTicks() {
        assertThat(Axis.niceTicks(1, 3, 10, true)).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "500,500", "1000,1k", "2500,2.5k", "10000,10k", "250000,250k", "1000000,1M", "2500000,2.5M"})
    void epochsAreShortened(double v, String label) {
        assertThat(Axis.formatEpoch(v)).isEqualTo(label);
    }

    @Test
    void logTicksAreDecadesFromTenToTheMinusFourToOne() {
        Axis y = new Axis(Scale.LOG, 1e-4, 1, 500, 0);
        assertThat(y.ticks(6)).extracting(Axis.Tick::value).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1.0);
        assertThat(labels(y.ticks(6))).containsExactly("1e-4", "0.001", "0.01", "0.1", "1");
    }

    @Test
    void aNarrowLogRangeAlsoGetsTwoAndFive() {
        assertThat(Axis.logTicks(0.01, 1, 10)).containsExactly(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0);
    }

    @Test
    void manyDecadesAreThinnedOut() {
        assertThat(Axis.logTicks(1e-12, 1e3, 6)).hasSizeLessThanOrEqualTo(8).contains(1e-12, 1e0);
    }

    @Test
    void rangesWidenToNiceNumbers() {
        assertThat(Axis.niceRange(0.03, 0.93, 5)).containsExactly(0.0, 1.0);
        assertThat(Axis.logRange(3e-4, 0.7)).containsExactly(1e-4, 1.0);
        assertThat(Axis.logRange(0.5, 0.5)).containsExactly(0.1, 1.0);
        assertThat(Axis.niceRange(2, 2, 5)[0]).isLessThan(2);
    }

    @ParameterizedTest
    @CsvSource({"LINEAR,0,1", "LINEAR,-3,250", "LOG,1e-6,10"})
    void pixelMappingIsMonotonicAndInvertible(Scale scale, double lo, double hi) {
        Axis y = new Axis(scale, lo, hi, 600, 20);
        assertThat(y.toPixel(lo)).isCloseTo(600, within(1e-9));
        assertThat(y.toPixel(hi)).isCloseTo(20, within(1e-9));
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 100; i++) {
            double v = scale == Scale.LOG ? lo * Math.pow(hi / lo, i / 100.0) : lo + (hi - lo) * i / 100.0;
            double px = y.toPixel(v);
            assertThat(px).isLessThan(previous);
            previous = px;
            assertThat(y.toValue(px)).isCloseTo(v, within(Math.abs(v) * 1e-9 + 1e-12));
        }
    }

    @Test
    void logClampsZeroAndNegativesToTheFloor() {
        Axis y = new Axis(Scale.LOG, 1e-3, 1, 100, 0);
        assertThat(y.toPixel(0)).isEqualTo(100);
        assertThat(y.toPixel(-5)).isEqualTo(100);
        assertThat(y.toPixel(0.01)).isCloseTo(100 * 2 / 3.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.012345,0.01235", "100,100", "0.00001234,1.23e-5", "2.5,2.5", "-0.5,-0.5", "12345678,1.23e7"})
    void valuesKeepFourSignificantDigits(double v, String text) {
        assertThat(Axis.formatValue(v)).isEqualTo(text);
    }
}
