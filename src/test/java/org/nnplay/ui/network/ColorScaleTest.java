package org.nnplay.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColorScaleTest {
    private static ColorScale of(String name) {
        return name.equals("red") ? ColorScale.RED_GREEN : ColorScale.ORANGE_BLUE;
    }

    private static int rgb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "orange"})
    void theEndsAreTheSignColours(String name) {
        ColorScale s = of(name);
        assertThat(s.argb(-1)).isEqualTo(rgb(s.negative()));
        assertThat(s.argb(1)).isEqualTo(rgb(s.positive()));
        assertThat(s.signColor(-0.1)).isEqualTo(s.negative());
        assertThat(s.signColor(0.1)).isEqualTo(s.positive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "orange"})
    void valuesBeyondTheRangeAreClampedAndNaNIsTheMiddle(String name) {
        ColorScale s = of(name);
        assertThat(s.argb(-7)).isEqualTo(s.argb(-1));
        assertThat(s.argb(42)).isEqualTo(s.argb(1));
        assertThat(s.argb(Double.NaN)).isEqualTo(s.argb(0));
        Color mid = s.color(0);
        assertThat(mid.getRed()).isGreaterThan(0.9);
        assertThat(mid.getGreen()).isGreaterThan(0.9);
        assertThat(mid.getBlue()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "orange"})
    void colourMovesMonotonicallyTowardsTheEnds(String name) {
        ColorScale s = of(name);
        Color half = s.color(0.5), full = s.color(1);
        double d0 = distance(s.color(0), full), d1 = distance(half, full);
        assertThat(d1).isLessThan(d0).isGreaterThan(0);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }
}
