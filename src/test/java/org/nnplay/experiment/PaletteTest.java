package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nnplay.data.DataLimits;

/** Every class up to the limit has its own colour in both palettes, far enough apart to tell on a projector. */
class PaletteTest {
    /** CIE L*a*b* of an sRGB colour "#rrggbb" (D65). */
    static double[] lab(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    @ParameterizedTest
    @EnumSource(Palette.class)
    void tenClassesHaveTenClearlyDifferentColours(Palette p) {
        List<String> colors = p.classColors();
        assertThat(colors).hasSize(DataLimits.MAX_CLASSES).doesNotHaveDuplicates();
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < colors.size(); i++) {
            for (int j = i + 1; j < colors.size(); j++) {
                double[] a = lab(colors.get(i)), b = lab(colors.get(j));
                closest = Math.min(closest, Math.hypot(Math.hypot(a[0] - b[0], a[1] - b[1]), a[2] - b[2]));
            }
        }
        assertThat(closest).as("smallest ΔE between two classes").isGreaterThan(25);
    }
}
