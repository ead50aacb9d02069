package org.nnplay.ui.plot;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Plot arithmetic and colours; no display needed. */
class PlotGeometryTest {
    @Test
    void frameMapsTheDomainCornersToThePlotCorners() {
        PlotFrame f = PlotFrame.layout(1000, 700, 6, Legend.WIDTH);
        assertThat(f.toX(-6)).isCloseTo(f.left(), within(1e-9));
        assertThat(f.toX(6)).isCloseTo(f.right(), within(1e-9));
        assertThat(f.toY(6)).isCloseTo(f.top(), within(1e-9));
        assertThat(f.toY(-6)).isCloseTo(f.bottom(), within(1e-9));
        assertThat(f.fromX(f.toX(1.25))).isCloseTo(1.25, within(1e-9));
        assertThat(f.fromY(f.toY(-3.5))).isCloseTo(-3.5, within(1e-9));
    }

    @Test
    void frameFitsInsideTheCanvasWithRoomForAxes() {
        PlotFrame f = PlotFrame.layout(1000, 700, 6, Legend.WIDTH);
        assertThat(f.left()).isGreaterThanOrEqualTo(PlotFrame.MARGIN_LEFT);
        assertThat(f.bottom()).isLessThanOrEqualTo(700 - PlotFrame.MARGIN_BOTTOM + 1e-9);
        assertThat(f.right() + Legend.WIDTH).isLessThanOrEqualTo(1000);
        assertThat(f.side()).isEqualTo(700 - PlotFrame.MARGIN_TOP - PlotFrame.MARGIN_BOTTOM);
    }

    @Test
    void tickStepsAreNiceNumbers() {
        assertThat(PlotFrame.tickStep(6)).isEqualTo(2);
        assertThat(PlotFrame.tickStep(1)).isEqualTo(0.5);
        assertThat(PlotFrame.tickStep(50)).isEqualTo(20);
        assertThat(PlotFrame.tickText(-4)).isEqualTo("\u22124");
        assertThat(PlotFrame.tickText(0.5)).isEqualTo("0.5");
    }

    @Test
    void gridSamplesSpanTheDomainWithRowZeroAtTheTop() {
        assertThat(BoundaryView.gridX1(0, 11, 6)).isEqualTo(-6);
        assertThat(BoundaryView.gridX1(10, 11, 6)).isEqualTo(6);
        assertThat(BoundaryView.gridX2(0, 11, 6)).isEqualTo(6);
        assertThat(BoundaryView.gridX2(5, 11, 6)).isEqualTo(0);
    }

    @Test
    void heatScaleGoesFromClassZeroThroughWhiteToClassOne() {
        for (Palette p : Palette.values()) {
            assertThat(p.heatArgb(0.5)).isEqualTo(0xFFFFFFFF);
            Color low = p.heatColor(0);
            Color high = p.heatColor(1);
            assertThat(hueDistance(low, p.negative())).isLessThan(8);
            assertThat(hueDistance(high, p.positive())).isLessThan(8);
            assertThat(low.getSaturation()).isLessThan(p.negative().getSaturation());
        }
    }

    @Test
    void classColoursAreDistinctAndStrong() {
        for (Palette p : Palette.values()) {
            assertThat(p.classColor(0)).isNotEqualTo(p.classColor(1)).isNotEqualTo(p.classColor(2));
            assertThat(p.negative().getSaturation()).isGreaterThan(0.7);
            assertThat(p.positive().getSaturation()).isGreaterThan(0.7);
        }
    }

    private static double hueDistance(Color a, Color b) {
        double d = Math.abs(a.getHue() - b.getHue());
        return Math.min(d, 360 - d);
    }
}
