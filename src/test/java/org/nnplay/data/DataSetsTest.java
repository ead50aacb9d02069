package org.nnplay.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSetsTest {
    @ParameterizedTest
    @EnumSource(DatasetKind.class)
    void generatesTheRequestedCountSplitByTheTrainingRatio(DatasetKind kind) {
        DataSet data = DataSets.generate(DatasetSpec.of(kind).withSamples(1000).withTrainPercent(70));
        assertThat(data.size()).isEqualTo(1000);
        assertThat(data.train()).hasSize(700);
        assertThat(data.test()).hasSize(300);
        assertThat(data.type()).isEqualTo(kind.type());
        assertThat(data.numClasses()).isEqualTo(DatasetSpec.classesOf(kind));
        if (kind.type() == ProblemType.CLASSIFICATION) {
            assertThat(data.all()).extracting(Sample::label).containsOnly(
                    java.util.stream.IntStream.range(0, data.numClasses()).boxed().toArray(Integer[]::new));
        }
    }

    @Test
    void passCarriesItsAxesUnitsClassNamesAndAsymmetricDomain() {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.PASS));
        assertThat(data.name()).isEqualTo("Will I pass this class?");
        assertThat(data.x1Label()).isEqualTo("lectures attended");
        assertThat(data.x2Label()).isEqualTo("hours on final project");
        assertThat(data.classNames()).containsExactly("fail", "pass");
        assertThat(data.domain()).isEqualTo(new Domain(0, 30, 0, 40));
        assertThat(data.extent()).isEqualTo(40);
    }

    @Test
    void playgroundSetsUseTheSquareOfHalfWidthSix() {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.CIRCLE));
        assertThat(data.domain()).isEqualTo(Domain.square(6));
        assertThat(data.extent()).isEqualTo(6);
        assertThat(data.x1Min()).isEqualTo(-6);
    }

    @Test
    void blobsUseTheClassesSetting() {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.BLOBS).withClasses(5));
        assertThat(data.numClasses()).isEqualTo(5);
        assertThat(data.name()).isEqualTo("Blobs (5 classes)");
        assertThat(data.all()).extracting(Sample::label).containsOnly(0, 1, 2, 3, 4);
    }

    @Test
    void classesIsNormalisedForKindsWithAFixedClassCount() {
        assertThat(new DatasetSpec(DatasetKind.CIRCLE, 100, 0, 50, 1, 5).classes()).isEqualTo(2);
        assertThat(new DatasetSpec(DatasetKind.SPIRAL3, 100, 0, 50, 1, 0).classes()).isEqualTo(3);
        assertThat(new DatasetSpec(DatasetKind.PLANE, 100, 0, 50, 1, 2).classes()).isZero();
        assertThat(new DatasetSpec(DatasetKind.BLOBS, 100, 0, 50, 1, 0).classes()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1      | 0   | 50 | 3 | samples must be between 2 and 100000, was 1",
        "100001 | 0   | 50 | 3 | samples must be between 2 and 100000, was 100001",
        "500    | -1  | 50 | 3 | noisePercent must be between 0 and 50 (%), was -1.0",
        "500    | 51  | 50 | 3 | noisePercent must be between 0 and 50 (%), was 51.0",
        "500    | NaN | 50 | 3 | noisePercent must be between 0 and 50 (%), was NaN",
        "500    | 0   | 5  | 3 | trainPercent must be between 10 and 90 (%), was 5.0",
        "500    | 0   | 95 | 3 | trainPercent must be between 10 and 90 (%), was 95.0",
        "500    | 0   | 50 | 6 | classes must be between 3 and 5 for blobs, was 6",
        "500    | 0   | 50 | 2 | classes must be between 3 and 5 for blobs, was 2",
    })
    void rejectsOutOfRangeSettingsNamingTheFieldAndRange(int samples, double noise, double train, int classes,
                                                         String message) {
        assertThatThrownBy(() -> new DatasetSpec(DatasetKind.BLOBS, samples, noise, train, 1, classes))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void rejectsAMissingKind() {
        assertThatThrownBy(() -> new DatasetSpec(null, 500, 0, 50, 1, 0))
                .hasMessageStartingWith("kind must be one of circle, xor,");
    }

    @Test
    void specSurvivesAJacksonRoundTrip() throws Exception {
        ObjectMapper json = new ObjectMapper();
        DatasetSpec spec = DatasetSpec.of(DatasetKind.BLOBS).withClasses(4).withSeed(42).withNoisePercent(12.5);
        String text = json.writeValueAsString(spec);
        assertThat(text).doesNotContain("withSeed");
        assertThat(json.readValue(text, DatasetSpec.class)).isEqualTo(spec);
    }

    @Test
    void keepsTheOriginalDataSetConstructorWithASquareExtent() {
        DataSet data = new DataSet("d", ProblemType.CLASSIFICATION, 2, List.of(new Sample(1, 2, 1)), List.of(), 5, "a", "b");
        assertThat(data.domain()).isEqualTo(Domain.square(5));
        assertThat(data.extent()).isEqualTo(5);
        assertThat(data.classNames()).isEmpty();
        assertThat(data.className(1)).isEqualTo("class 1");
    }
}
