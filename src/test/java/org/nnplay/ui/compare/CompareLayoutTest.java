package org.nnplay.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arrangement of the compare view, as pure geometry: plot sizes, and nothing overlapping or off the view. */
class CompareLayoutTest {
    /** The stage of a 1280 × 800 screen in presentation mode, text ≥ 18 px. */
    private static final double W = 1230;
    private static final double H = 690;
    private static final double FS = 1.25;
    private static final double CHOOSER = 48;
    private static final double TITLE = 56;

    @ParameterizedTest
    @CsvSource({"2, 300", "3, 300", "4, 260", "5, 200", "6, 200", "7, 150", "8, 150"})
    void presentationAt1280x800GivesPlotsOfAtLeast(int n, double least) {
        CompareLayout l = CompareLayout.plan(W, H, n, CHOOSER, TITLE, FS);

        assertThat(l.plots()).hasSize(n).allSatisfy(p -> {
            assertThat(p.w()).isEqualTo(p.h()).isGreaterThanOrEqualTo(least);
        });
        assertInside(l, W, H);
    }

    @Test
    void fourPlotsGoInARowWithTheChartAndTableUnderThem() {
        CompareLayout l = CompareLayout.plan(W, H, 4, CHOOSER, TITLE, FS);

        assertThat(l.plots()).extracting(CompareLayout.Box::y).containsOnly(l.plots().getFirst().y());
        assertThat(l.chart().y()).isGreaterThan(l.plots().getFirst().bottom());
        assertThat(l.chart().h()).isGreaterThanOrEqualTo(CompareLayout.BAND * FS);
        assertThat(l.table().x()).isGreaterThan(l.chart().right());
    }

    @Test
    void sixPlotsGoInAGridWithTheChartOverTheTableBesideIt() {
        CompareLayout l = CompareLayout.plan(W, H, 6, CHOOSER, TITLE, FS);

        assertThat(l.plots().get(3).y()).isGreaterThan(l.plots().get(0).bottom());
        assertThat(l.chart().x()).isGreaterThan(l.plots().get(2).right());
        assertThat(l.chart().w()).isGreaterThanOrEqualTo(CompareLayout.COLUMN * FS);
        assertThat(l.table().y()).isGreaterThan(l.chart().bottom());
    }

    @ParameterizedTest
    @CsvSource({"1230, 600, 1", "1880, 950, 1.5", "900, 560, 1", "2500, 1340, 2"})
    void everySizeAndCountFitsWithoutOverlap(double w, double h, double fs) {
        for (int n = 0; n <= 8; n++) {
            assertInside(CompareLayout.plan(w, h, n, 40 * fs, 45 * fs, fs), w, h);
        }
    }

    private static void assertInside(CompareLayout l, double w, double h) {
        List<CompareLayout.Box> all = new java.util.ArrayList<>(l.tiles());
        all.add(l.chooser());
        all.add(l.chart());
        all.add(l.table());
        for (CompareLayout.Box b : all) {
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.y()).isGreaterThanOrEqualTo(0);
            assertThat(b.right()).isLessThanOrEqualTo(w + 0.5);
            assertThat(b.bottom()).isLessThanOrEqualTo(h + 0.5);
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                CompareLayout.Box a = all.get(i);
                CompareLayout.Box b = all.get(j);
                boolean apart = a.right() <= b.x() || b.right() <= a.x() || a.bottom() <= b.y() || b.bottom() <= a.y();
                assertThat(apart).as(a + " and " + b).isTrue();
            }
        }
    }
}
