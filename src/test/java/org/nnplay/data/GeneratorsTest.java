package org.nnplay.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeneratorsTest {
    private static long count(List<Sample> points, int label) {
        return points.stream().filter(p -> p.label() == label).count();
    }

    private static double disagreement(List<Sample> points, java.util.function.Predicate<Sample> rule) {
        return points.stream().filter(p -> rule.test(p) != (p.label() == 1)).count() / (double) points.size();
    }

    @Test
    void circleWithoutNoiseLabelsFollowTheRadiusRuleExactly() {
        List<Sample> points = Generators.circle(1000, 0, 7);
        assertThat(points).hasSize(1000);
        assertThat(count(points, 1)).isEqualTo(500);
        assertThat(disagreement(points, p -> Math.hypot(p.x1(), p.x2()) < 2.5)).isZero();
        assertThat(points).allMatch(p -> {
            double r = Math.hypot(p.x1(), p.x2());
            return r <= 2.5 || (r >= 3.5 && r <= 5);
        });
    }

    @Test
    void circleWithHalfNoiseHasAMeasurableShareOfLabelsAgainstTheRadiusRule() {
        double wrong = disagreement(Generators.circle(4000, 50, 7), p -> Math.hypot(p.x1(), p.x2()) < 2.5);
        assertThat(wrong).isBetween(0.10, 0.45);
    }

    @Test
    void xorIsPaddedOffTheAxesAndLabelledBySignOfProductWithoutNoise() {
        List<Sample> points = Generators.xor(2000, 0, 3);
        assertThat(points).allMatch(p -> Math.abs(p.x1()) >= 0.3 && Math.abs(p.x1()) <= 5.3
                && Math.abs(p.x2()) >= 0.3 && Math.abs(p.x2()) <= 5.3);
        assertThat(disagreement(points, p -> p.x1() * p.x2() >= 0)).isZero();
        assertThat(count(points, 1) / 2000.0).isCloseTo(0.5, within(0.05));
        assertThat(disagreement(Generators.xor(2000, 50, 3), p -> p.x1() * p.x2() >= 0)).isGreaterThan(0.05);
    }

    private static double variance(List<Sample> points, int label) {
        double[] xs = points.stream().filter(p -> p.label() == label).mapToDouble(Sample::x1).toArray();
        double mean = java.util.Arrays.stream(xs).average().orElseThrow();
        return java.util.Arrays.stream(xs).map(x -> (x - mean) * (x - mean)).sum() / xs.length;
    }

    @Test
    void gaussIsCentredOnTheTwoCornersWithThePlaygroundsVariance() {
        List<Sample> points = Generators.gauss(4000, 0, 11);
        assertThat(count(points, 1)).isEqualTo(2000);
        double meanX = points.stream().filter(p -> p.label() == 1).mapToDouble(Sample::x1).average().orElseThrow();
        double meanY = points.stream().filter(p -> p.label() == 0).mapToDouble(Sample::x2).average().orElseThrow();
        assertThat(meanX).isCloseTo(2, within(0.1));
        assertThat(meanY).isCloseTo(-2, within(0.1));
        assertThat(variance(points, 1)).isCloseTo(0.5, within(0.08));
    }

    @Test
    void gaussVarianceGrowsWithNoiseToFourAtFiftyPercent() {
        assertThat(Generators.gaussVariance(0)).isEqualTo(0.5);
        assertThat(Generators.gaussVariance(50)).isEqualTo(4.0);
        double low = variance(Generators.gauss(4000, 10, 5), 1);
        double high = variance(Generators.gauss(4000, 50, 5), 0);
        assertThat(low).isCloseTo(1.2, within(0.15));
        assertThat(high).isCloseTo(4.0, within(0.4));
    }

    @Test
    void spiralRadiiGrowLinearlyAlongEachArmAndArmsAreHalfATurnApart() {
        List<Sample> points = Generators.spiral(200, 0, 1);
        assertThat(count(points, 1)).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            Sample a = points.get(i);
            Sample b = points.get(100 + i);
            assertThat(Math.hypot(a.x1(), a.x2())).isCloseTo(5.0 * i / 100, within(1e-9));
            assertThat(b.x1()).isCloseTo(-a.x1(), within(1e-9));
            assertThat(b.x2()).isCloseTo(-a.x2(), within(1e-9));
            assertThat(a.label()).isEqualTo(1);
            assertThat(b.label()).isEqualTo(0);
        }
        double t = 3.5 * Math.PI * 37 / 100;
        assertThat(points.get(37).x1()).isCloseTo(5.0 * 37 / 100 * Math.sin(t), within(1e-9));
    }

    @Test
    void spiralNoiseMovesEachCoordinateByAtMostTheNoise() {
        List<Sample> clean = Generators.spiral(400, 0, 1);
        List<Sample> noisy = Generators.spiral(400, 50, 1);
        double maxShift = 0;
        double meanShift = 0;
        for (int i = 0; i < clean.size(); i++) {
            double d = Math.abs(clean.get(i).x1() - noisy.get(i).x1());
            maxShift = Math.max(maxShift, d);
            meanShift += d / clean.size();
        }
        assertThat(maxShift).isLessThanOrEqualTo(0.5);
        assertThat(meanShift).isCloseTo(0.25, within(0.05));
    }

    @Test
    void planeValueIsSumOverTenWithoutNoise() {
        List<Sample> points = Generators.plane(500, 0, 2);
        assertThat(points).allMatch(p -> Math.abs(p.y() - (p.x1() + p.x2()) / 10) < 1e-12
                && Math.abs(p.x1()) <= 6 && Math.abs(p.x2()) <= 6);
        assertThat(Generators.plane(500, 30, 2)).anyMatch(p -> Math.abs(p.y() - (p.x1() + p.x2()) / 10) > 0.1);
    }

    @Test
    void multiGaussTakesTheBumpWithTheLargestMagnitude() {
        assertThat(Generators.multiGaussValue(-4, 2.5)).isEqualTo(1.0);
        assertThat(Generators.multiGaussValue(0, 2.5)).isEqualTo(-1.0);
        assertThat(Generators.multiGaussValue(4, -2.5)).isEqualTo(-1.0);
        assertThat(Generators.multiGaussValue(0, -1.5)).isCloseTo(0.5, within(1e-12));
        assertThat(Generators.multiGaussValue(-2, 0)).isEqualTo(0.0);
        assertThat(Generators.multiGauss(1000, 0, 4)).allMatch(p -> p.y() >= -1 && p.y() <= 1
                && p.y() == Generators.multiGaussValue(p.x1(), p.x2()));
    }

    @Test
    void moonsAreBalancedAndSeparatedWithoutNoise() {
        List<Sample> points = ExtraGenerators.moons(1001, 0, 9);
        assertThat(count(points, 1)).isEqualTo(501);
        assertThat(points).allMatch(p -> Math.abs(p.x1()) <= 3.75 + 1e-9 && Math.abs(p.x2()) <= 1.875 + 1e-9);
        // Upper moon: unit circle around (-1.25, -0.625) scaled by 2.5; lower: around (1.25, 0.625).
        assertThat(points.stream().filter(p -> p.label() == 1))
                .allMatch(p -> Math.abs(Math.hypot(p.x1() + 1.25, p.x2() + 0.625) - 2.5) < 1e-9);
        assertThat(points.stream().filter(p -> p.label() == 0))
                .allMatch(p -> Math.abs(Math.hypot(p.x1() - 1.25, p.x2() - 0.625) - 2.5) < 1e-9);
    }

    @Test
    void passIsLinearlySeparableWithoutNoiseAndNoisyWithIt() {
        List<Sample> points = ExtraGenerators.pass(2000, 0, 12);
        assertThat(points).allMatch(p -> p.x1() == Math.rint(p.x1()) && ExtraGenerators.PASS_DOMAIN.contains(p.x1(), p.x2()));
        assertThat(disagreement(points, p -> ExtraGenerators.passScore(p.x1(), p.x2()) > 0)).isZero();
        assertThat(count(points, 1) / 2000.0).isBetween(0.4, 0.6);
        double wrong = disagreement(ExtraGenerators.pass(2000, 50, 12), p -> ExtraGenerators.passScore(p.x1(), p.x2()) > 0);
        assertThat(wrong).isBetween(0.05, 0.4);
    }

    @Test
    void blobsShareThePointsEvenlyOverTheClasses() {
        List<Sample> points = ExtraGenerators.blobs(1002, 4, 0, 8);
        assertThat(points).extracting(Sample::label).containsOnly(0, 1, 2, 3);
        assertThat(count(points, 0)).isEqualTo(251);
        assertThat(count(points, 3)).isEqualTo(250);
        double topY = points.stream().filter(p -> p.label() == 0).mapToDouble(Sample::x2).average().orElseThrow();
        assertThat(topY).isCloseTo(ExtraGenerators.BLOB_RADIUS, within(0.15));
    }

    @Test
    void threeArmSpiralHasThreeEqualClassesAtTheSameRadii() {
        List<Sample> points = ExtraGenerators.spiralArms(300, 3, 0, 1);
        for (int c = 0; c < 3; c++) {
            assertThat(count(points, c)).isEqualTo(100);
        }
        assertThat(Math.hypot(points.get(150).x1(), points.get(150).x2())).isCloseTo(2.5, within(1e-9));
    }

    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData(DatasetKind kind) {
        DatasetSpec spec = DatasetSpec.of(kind).withNoisePercent(20).withSamples(300);
        DataSet a = DataSets.generate(spec);
        assertThat(DataSets.generate(spec)).isEqualTo(a);
        DataSet b = DataSets.generate(spec.withSeed(2));
        assertThat(b.train()).isNotEqualTo(a.train());
        assertThat(b.all()).doesNotContainAnyElementsOf(a.all().subList(0, 10));
    }
}
