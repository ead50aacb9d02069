package org.nnplay.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeatureMatrixTest {
    private static final List<Feature> ALL = List.of(Feature.values());

    @ParameterizedTest
    @CsvSource({
        "x1,    3, -4, 3",
        "x2,    3, -4, -4",
        "x1sq,  3, -4, 9",
        "x2sq,  3, -4, 16",
        "x1x2,  3, -4, -12",
        "sinx1, 3, -4, 0.1411200080598672",
        "sinx2, 3, -4, 0.7568024953079282",
        "r,     3, -4, 5",
        "theta, 3, -4, -0.9272952180016122",
        "theta, -1, 0, 3.141592653589793",
        "theta, 0, 2, 1.5707963267948966",
    })
    void featureValues(String key, double x1, double x2, double expected) {
        assertThat(Feature.fromKey(key).apply(x1, x2)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void buildsARowMajorMatrixWithLabels() {
        List<Sample> samples = List.of(new Sample(3, -4, 1), new Sample(0, 2, 0));
        FeatureMatrix m = FeatureMatrix.of(samples, List.of(Feature.X1, Feature.R, Feature.THETA), null);
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.cols()).isEqualTo(3);
        assertThat(m.values()).containsExactly(new double[] {3, 5, Math.atan2(-4, 3), 0, 2, Math.PI / 2}, within(1e-12));
        assertThat(m.labels()).containsExactly(1, 0);
        assertThat(m.get(1, 1)).isEqualTo(2);
        assertThat(m.row(0)[1]).isEqualTo(5);
    }

    @Test
    void standardisedTrainingColumnsHaveMeanZeroAndStdOne() {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.PASS).withSamples(2000).withNoisePercent(10));
        Standardizer s = Standardizer.fit(data.train(), ALL);
        FeatureMatrix m = FeatureMatrix.of(data.train(), ALL, s);
        for (int col = 0; col < m.cols(); col++) {
            double mean = 0, sq = 0;
            for (int row = 0; row < m.rows(); row++) {
                mean += m.get(row, col) / m.rows();
            }
            for (int row = 0; row < m.rows(); row++) {
                sq += Math.pow(m.get(row, col) - mean, 2) / m.rows();
            }
            assertThat(mean).as("mean of %s", ALL.get(col)).isCloseTo(0, within(1e-9));
            assertThat(Math.sqrt(sq)).as("std of %s", ALL.get(col)).isCloseTo(1, within(1e-9));
        }
        assertThat(s.means()[0]).isCloseTo(15, within(1.0));
    }

    @Test
    void testDataIsStandardisedWithTheTrainingStatistics() {
        List<Sample> train = List.of(new Sample(0, 0, 0), new Sample(2, 4, 1));
        Standardizer s = Standardizer.fit(train, List.of(Feature.X1, Feature.X2));
        assertThat(s.means()).containsExactly(1, 2);
        assertThat(s.stds()).containsExactly(1, 2);
        FeatureMatrix test = FeatureMatrix.of(List.of(new Sample(5, 5, 1)), List.of(Feature.X1, Feature.X2), s);
        assertThat(test.values()).containsExactly(4, 1.5);
    }

    @Test
    void aConstantFeatureIsOnlyCentred() {
        Standardizer s = Standardizer.fit(List.of(new Sample(1, 7, 0), new Sample(3, 7, 0)), List.of(Feature.X2));
        assertThat(s.stds()).containsExactly(1);
        assertThat(FeatureMatrix.of(List.of(new Sample(0, 9, 0)), List.of(Feature.X2), s).values()).containsExactly(2);
    }

    @Test
    void rejectsAStandardizerFittedForOtherFeaturesAndAnEmptyFeatureList() {
        Standardizer s = Standardizer.fit(List.of(new Sample(1, 2, 0)), List.of(Feature.X1));
        assertThatThrownBy(() -> FeatureMatrix.of(List.of(), List.of(Feature.X2), s))
                .hasMessage("the standardizer was fitted for [X1], not for [X2]");
        assertThatThrownBy(() -> FeatureMatrix.of(List.of(), List.of(), null))
                .hasMessage("at least one input feature is needed");
    }

    @Test
    void gridRowZeroIsTheTopAndCellsAreEvaluatedAtTheirCentres() {
        Grid grid = new Grid(new Domain(0, 30, 0, 40), 10);
        FeatureMatrix m = grid.inputs(List.of(Feature.X1, Feature.X2), null);
        assertThat(m.rows()).isEqualTo(100);
        assertThat(m.row(grid.index(0, 0))).containsExactly(1.5, 38);
        assertThat(m.row(grid.index(0, 9))).containsExactly(28.5, 38);
        assertThat(m.row(grid.index(9, 0))).containsExactly(1.5, 2);
        assertThat(m.row(grid.index(3, 4))).containsExactly(grid.x1(4), grid.x2(3));
        assertThat(m.labels()).containsOnly(0);
    }

    @Test
    void gridInputsAreStandardisedLikeTheTrainingData() {
        List<Sample> train = List.of(new Sample(-2, 0, 0), new Sample(2, 0, 1));
        List<Feature> features = List.of(Feature.X1, Feature.X1SQ);
        Standardizer s = Standardizer.fit(train, features);
        Grid grid = new Grid(Domain.square(2), 2);
        FeatureMatrix m = grid.inputs(features, s);
        FeatureMatrix direct = FeatureMatrix.of(List.of(new Sample(-1, 1, 0)), features, s);
        assertThat(m.row(0)).containsExactly(direct.row(0));
        assertThatThrownBy(() -> new Grid(Domain.square(1), 0)).hasMessage("n must be between 1 and 1000, was 0");
    }
}
