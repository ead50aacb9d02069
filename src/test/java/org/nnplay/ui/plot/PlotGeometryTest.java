package org.nnplay.ui.plot;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.nnplay.data.Domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plot arithmetic and colours; no display needed. (Non-square domains and the drawn pixels: BoundaryViewTest.) */
class PlotGeometryTest {
    private static final Domain PLAYGROUND = Domain.square(6);

    @Test
    void frameMapsTheDomainCornersToThePlotCorners() {
        PlotFrame f = PlotFrame.layout(1000, 700, PLAYGROUND, Legend.WIDTH, 1);
        assertThat(f.extent()).isEqualTo(6);
        assertThat(f.toX(-6)).isCloseTo(f.left(), within(1e-9));
        assertThat(f.toX(6)).isCloseTo(f.right(), within(1e-9));
        assertThat(f.toY(6)).isCloseTo(f.top(), within(1e-9));
        assertThat(f.toY(-6)).isCloseTo(f.bottom(), within(1e-9));
        assertThat(f.fromX(f.toX(1.25))).isCloseTo(1.25, within(1e-9));
        assertThat(f.fromY(f.toY(-3.5))).isCloseTo(-3.5, within(1e-9));
        assertThat(f.contains(f.toX(0), f.toY(0))).isTrue();
        assertThat(f.contains(f.left() - 1, f.top())).isFalse();
    }

    @Test
    void frameFitsInsideTheCanvasWithRoomForAxesAndLegend() {
        PlotFrame f = PlotFrame.layout(1000, 700, PLAYGROUND, Legend.WIDTH, 1);
        assertThat(f.left()).isGreaterThanOrEqualTo(PlotFrame.MARGIN_LEFT);
        assertThat(f.top()).isGreaterThanOrEqualTo(PlotFrame.MARGIN_TOP);
        assertThat(f.bottom()).isLessThanOrEqualTo(700 - PlotFrame.MARGIN_BOTTOM + 1e-9);
        assertThat(f.right() + Legend.WIDTH).isLessThanOrEqualTo(1000);
        assertThat(f.side()).isEqualTo(700 - PlotFrame.MARGIN_TOP - PlotFrame.MARGIN_BOTTOM);
    }

    @Test
    void aNarrowCanvasGivesUpTheLegendsColumnRatherThanShrinkingThePlot() {
        PlotFrame f = PlotFrame.layout(600, 700, PLAYGROUND, Legend.WIDTH, 1);
        assertThat(f.left()).isGreaterThanOrEqualTo(PlotFrame.MARGIN_LEFT);
        assertThat(f.right()).isLessThanOrEqualTo(600 - PlotFrame.MARGIN_RIGHT + 1e-9);
        assertThat(f.side()).isEqualTo(600 - PlotFrame.MARGIN_LEFT - PlotFrame.MARGIN_RIGHT);
    }

    @Test
    void aPanelTooNarrowForTheColumnKeepsAStripBelowInsteadOfCoveringThePlot() {
        var twoClasses = new Legend.Content("Legend", java.util.List.of("class 1", "class 0"),
                java.util.List.of(Color.GREEN, Color.RED), true, GridMode.PROBABILITY, "P(class 1)",
                java.util.List.of("0", "0.5", "1"));
        double strip = Legend.stripHeight(twoClasses, 400, 1);
        assertThat(strip).as("marks on one row, the heat scale on the next").isGreaterThan(50).isLessThan(120);
        assertThat(Legend.stripHeight(twoClasses, 120, 1)).as("a narrow strip wraps").isGreaterThan(strip);
        PlotFrame f = PlotFrame.layout(515, 520, PLAYGROUND, Legend.WIDTH, strip, 1);
        assertThat(f.right() + Legend.WIDTH).isGreaterThan(515);
        assertThat(f.legendBelow(520, strip)).isTrue();
        assertThat(f.bottom() + PlotFrame.MARGIN_BOTTOM + strip).isLessThanOrEqualTo(520 + 1e-9);
        // wide enough: the column beside wins and nothing is kept below
        PlotFrame wide = PlotFrame.layout(1000, 700, PLAYGROUND, Legend.WIDTH, strip, 1);
        assertThat(wide.right() + Legend.WIDTH).isLessThanOrEqualTo(1000);
        assertThat(wide.side()).isEqualTo(700 - PlotFrame.MARGIN_TOP - PlotFrame.MARGIN_BOTTOM);
        // when the column and the strip would both halve the plot, the plot keeps its size (legend inside, boxed)
        PlotFrame tight = PlotFrame.layout(300, 300, PLAYGROUND, Legend.WIDTH, 200, 1);
        assertThat(tight.legendBelow(300, 200)).isFalse();
        assertThat(tight.side()).isEqualTo(300 - PlotFrame.MARGIN_LEFT - PlotFrame.MARGIN_RIGHT);
    }

    @Test
    void presentationScaleGrowsTheMargins() {
        PlotFrame normal = PlotFrame.layout(1600, 1000, PLAYGROUND, Legend.width(1), 1);
        PlotFrame big = PlotFrame.layout(1600, 1000, PLAYGROUND, Legend.width(2), 2);
        assertThat(big.scale()).isEqualTo(2);
        assertThat(big.top()).isGreaterThanOrEqualTo(2 * PlotFrame.MARGIN_TOP);
        assertThat(big.bottom()).isLessThanOrEqualTo(1000 - 2 * PlotFrame.MARGIN_BOTTOM + 1e-9);
        assertThat(big.side()).isLessThan(normal.side());
        assertThat(big.right() + Legend.width(2)).isLessThanOrEqualTo(1600);
    }

    @Test
    void tickStepsAreNiceNumbers() {
        assertThat(Ticks.niceStep(12, 8)).isEqualTo(2);
        assertThat(Ticks.niceStep(2, 8)).isEqualTo(0.5);
        assertThat(Ticks.niceStep(100, 8)).isEqualTo(20);
        assertThat(Ticks.niceStep(30, 8)).isEqualTo(5);
        assertThat(Ticks.niceStep(0.1, 8)).isCloseTo(0.02, within(1e-15));
        assertThat(Ticks.multiples(-1, 1, 0.5)).containsExactly(-1, -0.5, 0, 0.5, 1);
        assertThat(Ticks.label(-4, 2)).isEqualTo("\u22124");
        assertThat(Ticks.label(0.5, 0.5)).isEqualTo("0.5");
        assertThat(Ticks.label(1, 0.5)).isEqualTo("1");
        assertThat(Ticks.label(-1e-12, 0.5)).isEqualTo("0");
        // a population axis (gapminder): 2e8 … 1.2e9, not 200000000400000000… run together
        assertThat(Ticks.label(4e8, 2e8)).isEqualTo("4e8");
        assertThat(Ticks.label(1.2e9, 2e8)).isEqualTo("1.2e9");
        assertThat(Ticks.label(0.04, 0.02)).as("decimals as the step needs").isEqualTo("0.04");
        assertThat(Ticks.label(2.5e139, 5e138)).as("a diverged run's weights: no 140 digits").isEqualTo("2.5e139");
        assertThat(Ticks.label(-3e7, 1e7)).isEqualTo("\u22123e7");
        assertThat(Ticks.label(4e-5, 2e-5)).isEqualTo("4e\u22125");
        assertThat(Ticks.label(1.2e-5, 2e-6)).isEqualTo("1.2e\u22125");
        assertThat(Ticks.label(0.0004, 0.0002)).as("still plain at the edge").isEqualTo("0.0004");
    }

    @Test
    void heatScaleGoesFromClassZeroThroughWhiteToClassOne() {
        for (Palette p : Palette.values()) {
            assertThat(p.heatArgb(0.5)).isEqualTo(0xFFFFFFFF);
            assertThat(p.heatArgb(Double.NaN)).isEqualTo(0xFFFFFFFF);
            Color low = p.heatColor(0);
            Color high = p.heatColor(1);
            assertThat(hueDistance(low, p.negative())).isLessThan(8);
            assertThat(hueDistance(high, p.positive())).isLessThan(8);
            assertThat(low.getSaturation()).isLessThan(p.negative().getSaturation());
            assertThat(p.heatArgb(0)).isEqualTo(Palette.argb(low));
            assertThat(p.heatArgb(1)).isEqualTo(Palette.argb(high));
        }
    }

    @Test
    void classColoursAreDistinctAndStrong() {
        for (Palette p : Palette.values()) {
            assertThat(p.classColor(0)).isEqualTo(p.negative());
            assertThat(p.classColor(1)).isEqualTo(p.positive());
            assertThat(p.classColor(0)).isNotEqualTo(p.classColor(1)).isNotEqualTo(p.classColor(2));
            assertThat(p.negative().getSaturation()).isGreaterThan(0.7);
            assertThat(p.positive().getSaturation()).isGreaterThan(0.7);
        }
        assertThat(hueDistance(Palette.BLUE_ORANGE.positive(), Color.BLUE)).isLessThan(30);
        assertThat(hueDistance(Palette.BLUE_ORANGE.negative(), Color.ORANGE)).isLessThan(15);
    }

    private static double hueDistance(Color a, Color b) {
        double d = Math.abs(a.getHue() - b.getHue());
        return Math.min(d, 360 - d);
    }
}
