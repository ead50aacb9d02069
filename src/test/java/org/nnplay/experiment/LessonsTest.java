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
    void everyPresetLoadsWithoutWarningsAndNamesItsLesson(String id) {
        LoadResult loaded = Lessons.loadWithWarnings(id);

        assertThat(loaded.warnings()).isEmpty();
        Lesson lesson = Lessons.get(id);
        assertThat(loaded.experiment().name()).isEqualTo(lesson.title());
        assertThat(lesson.file()).isEqualTo(id + ".json");
        assertThat(loaded.experiment().view().lesson()).isEqualTo(id);
    }

    /**
     * Issue 13: every preset, comparisons included, stores a speed (epochs per second) and a length (max epochs) of
     * its own, so pressing Play never runs at the machine's full speed and never runs on forever.
     */
    @ParameterizedTest
    @MethodSource("ids")
    void everyPresetHasASpeedAndALength(String id) {
        TrainingSettings t = Lessons.load(id).training();

        assertThat(t.speed()).as("epochs per second").isPositive();
        assertThat(t.maxEpochs()).as("max epochs").isPositive();
    }

    /** The lessons that are not comparisons (those have their own tests in CompareLessonsTest). */
    static Stream<String> ownScenes() {
        return Lessons.list().stream().filter(l -> Lessons.load(l.id()).compare() == null).map(Lesson::id);
    }

    @ParameterizedTest
    @MethodSource("ownScenes")
    void everyOwnPresetSaysItsLessonSpeedLengthAndTheSettingsItIsAbout(String id) throws Exception {
        String file = new String(Lessons.class.getResourceAsStream("/lessons/" + id + ".json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Experiment e = Lessons.load(id);

        assertThat(file).as("the file itself names its lesson").contains("\"lesson\": \"" + id + "\"");
        assertThat(e.training().speed()).as("epochs per second").isBetween(1.0, 100.0);
        assertThat(e.training().maxEpochs()).as("max epochs").isPositive();
        assertThat(e.training().maxEpochs() / e.training().speed()).as("seconds to the end at its own speed")
                .isLessThanOrEqualTo(60.0);
        assertThat(e.view().barControls()).hasSizeBetween(2, 3)
                .allSatisfy(c -> assertThat(BAR_CONTROLS).contains(c));
        if (e.network().hidden().isEmpty()) {
            assertThat(org.nnplay.ui.Formulas.outputActivation(e.training().loss()))
                    .as("with no hidden layer the network's activation is the output's, which the loss implies")
                    .startsWith(org.nnplay.ui.Formulas.name(e.network().activation()));
        }
    }

    /** The control ids the window's ControlRegistry gives the top bar's settings. */
    static final List<String> BAR_CONTROLS = List.of("learning-rate", "activation", "optimizer", "loss",
            "regularization", "regularization-rate", "problem", "batch-size", "speed");

    @Test
    void theIndexCoversEveryScene_windowScenesTooAndGroupsThemByTopic() {
        List<Lesson> lessons = Lessons.all();

        assertThat(lessons).extracting(Lesson::scene)
                .containsAll(java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList()).isSorted();
        assertThat(lessons).extracting(Lesson::id).doesNotHaveDuplicates();
        assertThat(Lessons.list()).allMatch(Lesson::hasPreset).hasSizeLessThan(lessons.size());
        assertThat(Lessons.get("09-backprop").window()).isEqualTo(LessonWindow.BACKPROP);
        assertThat(Lessons.get("10-gallery").window()).isEqualTo(LessonWindow.GALLERY);
        assertThat(Lessons.get("15-search").window()).isEqualTo(LessonWindow.SEARCH);
        assertThat(Lessons.get("15-search").hasPreset()).as("scene 15 searches its own preset").isTrue();
        assertThat(Lessons.get("18-pytorch").window()).isEqualTo(LessonWindow.PYTORCH);
        assertThat(Lessons.topics()).hasSizeBetween(4, 8);
        assertThat(Lessons.topics()).allSatisfy(t -> assertThat(Lessons.of(t)).isNotEmpty());
        assertThat(Lessons.topics().stream().mapToInt(t -> Lessons.of(t).size()).sum()).isEqualTo(lessons.size());
        assertThat(lessons).allSatisfy(l -> assertThat(l.description().split("[.!?](\\s|$)")).as(l.id()).hasSizeBetween(1, 3));
    }

    @Test
    void aWindowLessonHasNoExperimentToLoad() {
        assertThatThrownBy(() -> Lessons.load("10-gallery")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opens the gallery window").hasMessageContaining("01-perceptron");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "\"version\": 2|\"version\": 1|version = 1: this NNPlay reads version 2",
            "\"look\": \"The probe|\"peek\": \"The probe|lessons[0].look is missing",
            "\"topic\": \"neuron\"|\"topic\": \"nowhere\"|lessons[0].topic = nowhere is not among the topics",
            "\"file\": \"01-perceptron.json\"|\"file\": \"other.json\"|the file must be 01-perceptron.json",
            "\"scene\": 1,|\"scene\": \"1\",|lessons[0].scene must be a whole number",
            "\"window\": \"gallery\"|\"window\": \"movie\"|unknown lesson window 'movie'"})
    void theIndexReaderIsStrict(String from, String to, String message) {
        String good = "{\"format\": \"nnplay-lessons\", \"version\": 2,"
                + " \"topics\": [{\"id\": \"neuron\", \"title\": \"Neurons\"}],"
                + " \"lessons\": [{\"id\": \"01-perceptron\", \"scene\": 1, \"topic\": \"neuron\","
                + " \"title\": \"A line\", \"file\": \"01-perceptron.json\", \"description\": \"One neuron.\","
                + " \"look\": \"The probe.\"}, {\"id\": \"10-gallery\", \"scene\": 10, \"topic\": \"neuron\","
                + " \"title\": \"Gallery\", \"window\": \"gallery\", \"description\": \"All of them.\","
                + " \"look\": \"Red.\"}]}";
        assertThat(Lessons.parse(good).lessons()).hasSize(2);
        String bad = good.replace(from, to);
        assertThat(bad).isNotEqualTo(good);

        assertThatThrownBy(() -> Lessons.parse(bad)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lessons/index.json").hasMessageContaining(message);
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
