package org.nnplay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScalingTest {
    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, mode = EnumSource.Mode.EXCLUDE, names = "PASS")
    void thePlaygroundsOwnSetsReachTheNetworkUnchangedWhateverTheirNoise(DatasetKind kind) {
        DataSet d = DataSets.generate(DatasetSpec.of(kind).withNoisePercent(50));
        assertThat(d.scaling()).isEqualTo(Scaling.IDENTITY);
        assertThat(Standardizer.of(d, List.of(Feature.X1, Feature.X2), false)).isNull();
    }

    @Test
    void willIPassIsStandardisedWhileItsAxesStayInLecturesAndHours() {
        DataSet d = DataSets.generate(DatasetSpec.of(DatasetKind.PASS));
        assertThat(d.domain()).isEqualTo(ExtraGenerators.PASS_DOMAIN);
        Standardizer s = Standardizer.of(d, List.of(Feature.X1, Feature.X2), false);
        FeatureMatrix m = FeatureMatrix.of(d.all(), List.of(Feature.X1, Feature.X2), s);
        double mean = 0, sq = 0;
        for (int r = 0; r < m.rows(); r++) {
            mean += m.get(r, 0) / m.rows();
            sq += m.get(r, 0) * m.get(r, 0) / m.rows();
        }
        assertThat(mean).isCloseTo(0, within(1e-9));
        assertThat(sq).isCloseTo(1, within(1e-9));
    }

    @Test
    void regressionTargetsOutsideMinusOneToOneAreMappedOntoItAndBack() {
        List<Sample> s = List.of(new Sample(0, 0, 100), new Sample(1, 1, 300), new Sample(2, 2, 500));
        Scaling sc = Scaling.fit(s, ProblemType.REGRESSION);
        assertThat(sc.inputsUnchanged()).isTrue();
        assertThat(sc.y().toNetwork(100)).isEqualTo(-1);
        assertThat(sc.y().toNetwork(500)).isEqualTo(1);
        assertThat(sc.y().toData(0)).isEqualTo(300);
        assertThat(Scaling.fit(s, ProblemType.CLASSIFICATION).y().isIdentity()).isTrue();
    }

    @Test
    void aNarrowColumnIsStandardisedTooAndPointsAddedLaterMoveNothing() {
        List<Sample> s = List.of(new Sample(0.001, 1, 0), new Sample(0.002, 2, 1), new Sample(0.003, 3, 0));
        DataSet d = new DataSet("n", ProblemType.CLASSIFICATION, 2, s, List.of(), Domain.around(s, 0.05), "a", "b",
                List.of());
        assertThat(d.scaling().x1().isIdentity()).isFalse();
        assertThat(d.scaling().x2().isIdentity()).isTrue();
        DataSet more = HandPoints.empty().add(5, 5, 1, true).mergeInto(d);
        assertThat(more.scaling()).isEqualTo(d.scaling());
    }
}
