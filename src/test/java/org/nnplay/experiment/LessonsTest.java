package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;

class LessonsTest {
    static Stream<String> ids() {
        return Lessons.list().stream().map(Lesson::id);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyPresetLoadsWithoutWarnings(String id) {
        LoadResult loaded = Lessons.loadWithWarnings(id);

        assertThat(loaded.warnings()).isEmpty();
        Lesson lesson = Lessons.list().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        assertThat(loaded.experiment().name()).isEqualTo(lesson.title());
        assertThat(lesson.file()).isEqualTo(id + ".json");
        assertThat(lesson.description()).isNotBlank();
    }

    @Test
    void theIndexCoversTheScenesAPresetCanExpress() {
        List<Lesson> lessons = Lessons.list();

        assertThat(lessons).extracting(Lesson::scene).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17)
                .isSorted();
        assertThat(lessons).extracting(Lesson::id).doesNotHaveDuplicates();
    }

    @Test
    void thePerceptronHasTheHandTypedWeightsOfTheLecture() {
        Experiment e = Lessons.load("01-perceptron");
        LayerWeights layer = e.weights().layers().getFirst();

        assertThat(e.network().hidden()).isEmpty();
        assertThat(e.training().loss()).isEqualTo(LossKind.BCE);
        assertThat(layer.b()).containsExactly(1.0);
        assertThat(layer.w()).isDeepEqualTo(new double[][] {{3}, {-2}});
        double z = layer.b()[0] + layer.w()[0][0] * -1 + layer.w()[1][0] * 2;
        assertThat(1 / (1 + Math.exp(-z))).isCloseTo(0.0025, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theRegularisationPresetsUseTheLectureStrengths() {
        assertThat(Stream.of("11-l2-0.001", "11-l2-0.01", "11-l2-0.1").map(Lessons::load))
                .allSatisfy(e -> assertThat(e.training().regularization()).isEqualTo(RegularizationKind.L2))
                .extracting(e -> e.training().regularizationRate()).containsExactly(0.001, 0.01, 0.1);
    }

    /**
     * Scene 15's sanity check, trained headless with the app's own code: a network that cannot drive the loss on
     * 16 points to zero has a bug. The test loss must stay high, or the preset would not show over-fitting.
     */
    @Test
    void theSanityCheckOverFitsItsTinyDataSetToZeroTrainingLoss() {
        Experiment e = Lessons.load("15-overfit-tiny");
        assertThat(e.training().regularization()).isEqualTo(RegularizationKind.NONE);
        org.nnplay.training.TrainingSetup setup = org.nnplay.training.ExperimentSetups.of(e,
                org.nnplay.engine.jvm.JvmBackend.INSTANCE);
        assertThat(setup.data().train().size()).isBetween(10, 20);

        org.nnplay.training.HeadlessRun.Result r = org.nnplay.training.HeadlessRun.run(setup,
                e.training().maxEpochs(), 100, report -> { });

        assertThat(r.status()).isEqualTo(org.nnplay.training.HeadlessRun.Status.DONE);
        assertThat(r.train().dataLoss()).as("training loss").isLessThan(1e-3);
        assertThat(r.train().accuracy()).isEqualTo(1.0);
        assertThat(r.test().dataLoss()).as("test loss").isGreaterThan(1000 * r.train().dataLoss());
    }

    @Test
    void polarFeaturesFeedASingleNeuronOnTheCircle() {
        Experiment e = Lessons.load("16-polar-features");

        assertThat(e.data().dataset()).isEqualTo(DatasetKind.CIRCLE);
        assertThat(e.features().inputs()).containsExactly(Feature.R, Feature.THETA);
        assertThat(e.network().hidden()).isEmpty();
        assertThat(Lessons.load("17-depth").network().hidden()).hasSize(6);
        assertThat(Lessons.load("04-will-i-pass").data().dataset()).isEqualTo(DatasetKind.PASS);
    }

    @Test
    void anUnknownLessonListsTheKnownOnes() {
        assertThatThrownBy(() -> Lessons.load("99-magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown lesson '99-magic'")
                .hasMessageContaining("01-perceptron");
    }
}
