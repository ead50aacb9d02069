package org.nnplay.experiment.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.HandPoint;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.Palette;

class PlaygroundLinkTest {
    /** Every key of the playground's state, none at its default. */
    static final String EVERY_KEY = "https://playground.tensorflow.org/#activation=relu&regularization=L2&batchSize=7"
            + "&dataset=spiral&regDataset=reg-gauss&learningRate=0.003&regularizationRate=0.001&noise=25"
            + "&networkShape=8,6,3&seed=0.52731&showTestData=true&discretize=true&percTrainData=70&x=false&y=true"
            + "&xTimesY=true&xSquared=true&ySquared=false&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=true"
            + "&problem=classification&initZero=true&hideText=true&tutorial=dp-neuron"
            + "&learningRate_hide=true&playButton_hide=true&numHiddenLayers_hide=true&stepButton_hide=false";

    static Experiment read(String link) throws ExperimentFormatException {
        return PlaygroundLink.read(link).experiment();
    }

    @Test
    void everyKeyOfThePlaygroundsStateIsUnderstood() throws Exception {
        Experiment e = read(EVERY_KEY);
        assertThat(e.compat()).isEqualTo(Compat.TF_PLAYGROUND);
        assertThat(e.network().activation()).isEqualTo(ActivationKind.RELU);
        assertThat(e.training().regularization()).isEqualTo(RegularizationKind.L2);
        assertThat(e.training().batchSize()).isEqualTo(7);
        assertThat(e.data().dataset()).isEqualTo(DatasetKind.SPIRAL);
        assertThat(e.training().learningRate()).isEqualTo(0.003);
        assertThat(e.training().regularizationRate()).isEqualTo(0.001);
        assertThat(e.training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThat(e.training().optimizer()).isEqualTo(OptimizerKind.SGD);
        assertThat(e.data().noise()).isEqualTo(25);
        assertThat(e.network().hidden()).containsExactly(8, 6, 3);
        assertThat(e.playground().seed()).isEqualTo("0.52731");
        assertThat(e.view().showTest()).isTrue();
        assertThat(e.view().discretize()).isTrue();
        assertThat(e.view().palette()).isEqualTo(Palette.BLUE_ORANGE);
        assertThat(e.data().trainRatio()).isEqualTo(70);
        assertThat(e.data().samples()).isEqualTo(500);
        // the playground's input order; cosX and cosY are in its state but not among its inputs
        assertThat(e.features().inputs()).containsExactly(Feature.X2, Feature.X1SQ, Feature.X1X2, Feature.SINX1,
                Feature.SINX2);
        assertThat(e.data().problem()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(e.network().init()).isEqualTo(InitKind.ZEROS);
        assertThat(e.network().biasInit()).isZero();
        assertThat(e.view().hiddenControls()).containsExactly("learning-rate", "run-buttons");
        assertThat(e.playground().keys()).containsEntry("collectStats", "true").containsEntry("hideText", "true")
                .containsEntry("tutorial", "dp-neuron").containsEntry("cosX", "true").containsEntry("cosY", "true")
                .containsEntry("regDataset", "reg-gauss").containsEntry("numHiddenLayers_hide", "true")
                .containsEntry("stepButton_hide", "false");
    }

    @Test
    void theFullAddressAndTheBareHashOpenTheSameExperiment() throws Exception {
        String hash = EVERY_KEY.substring(EVERY_KEY.indexOf('#'));
        assertThat(read(hash)).isEqualTo(read(EVERY_KEY));
        assertThat(read("  http://playground.tensorflow.org/index.html" + hash + "\n")).isEqualTo(read(EVERY_KEY));
        assertThat(Links.isLink(hash)).isTrue();
        assertThat(Links.isLink(EVERY_KEY)).isTrue();
        assertThat(Links.isLink("lesson.json")).isFalse();
        assertThat(Links.isLink("https://example.org/no-hash")).isFalse();
    }

    @Test
    void valuesAreReadAsThePlaygroundReadsThem() throws Exception {
        // any switch value but "false" is on; blank values keep the default; a second '=' ends the value;
        // the last of repeated keys wins; numbers may carry spaces and exponents
        Experiment e = read("#xTimesY=0&sinY=&learningRate= 1e-1 &seed=a=b&batchSize=3&batchSize=5&noise=");
        assertThat(e.features().inputs()).containsExactly(Feature.X1, Feature.X2, Feature.X1X2);
        assertThat(e.training().learningRate()).isEqualTo(0.1);
        assertThat(e.playground().seed()).isEqualTo("a");
        assertThat(e.training().batchSize()).isEqualTo(5);
        assertThat(e.data().noise()).isZero();
        // defaults: TensorFlow Playground's
        Experiment d = read("#seed=7");
        assertThat(d.seed()).isEqualTo(7);
        assertThat(d.playground()).isNull();
        assertThat(d.network().hidden()).containsExactly(4, 2);
        assertThat(d.training().learningRate()).isEqualTo(0.03);
        assertThat(d.features().inputs()).containsExactly(Feature.X1, Feature.X2);
        assertThat(read("#seed=1&networkShape=").network().hidden()).isEmpty();
        assertThat(read("#seed=1&x_hide=true&sinX=true").features().inputs()).containsExactly(Feature.X2, Feature.SINX1);
    }

    @Test
    void choosingAnotherOfThePlaygroundsDataSetsKeepsFollowingIt() throws Exception {
        Experiment e = read("#seed=1&dataset=xor");
        Experiment plane = e.withDataset(DatasetKind.PLANE);
        assertThat(plane.compat()).isEqualTo(Compat.TF_PLAYGROUND);
        assertThat(plane.training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThat(plane.withDataset(DatasetKind.SPIRAL).compat()).isEqualTo(Compat.TF_PLAYGROUND);
        assertThat(e.withDataset(DatasetKind.MOONS).compat()).isNull();
    }

    @Test
    void aRegressionLinkKeepsTheOtherProblemsDataSet() throws Exception {
        Experiment e = read("#problem=regression&regDataset=reg-gauss&dataset=xor&seed=3");
        assertThat(e.data().dataset()).isEqualTo(DatasetKind.MULTI_GAUSS);
        assertThat(e.data().problem()).isEqualTo(ProblemType.REGRESSION);
        assertThat(e.data().samples()).isEqualTo(1200);
        assertThat(e.playground().keys()).containsEntry("dataset", "xor");
    }

    @Test
    void unknownKeysWarnAndTheWarningsAreCapped() throws Exception {
        StringBuilder link = new StringBuilder("#seed=1");
        for (int i = 0; i < 20; i++) {
            link.append("&extra").append(i).append("=1");
        }
        LoadResult r = PlaygroundLink.read(link.toString());
        assertThat(r.warnings()).hasSize(PlaygroundLink.MAX_WARNINGS + 1);
        assertThat(r.warnings().get(0)).isEqualTo("unknown key 'extra0' in the link ignored");
        assertThat(r.warnings().getLast()).isEqualTo("… and 15 more unknown keys ignored");
        assertThat(PlaygroundLink.read("#seed=1").warnings()).isEmpty();
        assertThat(PlaygroundLink.read("https://playground.tensorflow.org/#").warnings()).contains(
                "the link sets none of TensorFlow Playground's settings: its defaults are used");
        assertThatThrownBy(() -> PlaygroundLink.read("#lesson.json")).hasMessageContaining("sets none of");
    }

    @Test
    void aLinkWithoutASeedGetsOneAndSaysSo() throws Exception {
        LoadResult r = PlaygroundLink.read("#dataset=xor");
        assertThat(r.warnings()).singleElement().asString().startsWith("the link has no seed: NNPlay chose 0.");
        assertThat(r.experiment().playground().seed()).matches("0\\.\\d{5}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "learningRate=0            | learningRate | out of range",
        "learningRate=fast         | learningRate | is not a number",
        "learningRate=Infinity     | learningRate | out of range",
        "batchSize=2.5             | batchSize    | whole number",
        "batchSize=0               | batchSize    | out of range",
        "noise=60                  | noise        | out of range",
        "percTrainData=95          | percTrainData| out of range",
        "regularizationRate=-1     | regularizationRate | out of range",
        "networkShape=4,0          | networkShape | hidden layer of '0'",
        "networkShape=33           | networkShape | [1, 32]",
        "networkShape=1,1,1,1,1,1,1,1,1,1,1 | networkShape | at most 10",
        "networkShape              | networkShape | no value",
        "activation=swish          | activation   | relu",
        "regularization=l1         | regularization | L1, L2, none",
        "dataset=moons             | dataset      | circle, gauss, spiral, xor",
        "regDataset=sine           | regDataset   | reg-gauss, reg-plane",
        "problem=ranking           | problem      | classification, regression",
        "x=false&y=false           | x            | at least one input",
    })
    void aValueNNPlayCannotRepresentIsRefusedNamingTheKey(String keys, String key, String why) {
        assertThatThrownBy(() -> read("#seed=1&" + keys))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo(key);
                    assertThat(e.getMessage()).startsWith(PlaygroundLink.SOURCE + ": " + key).contains(why);
                });
    }

    @Test
    void aLinkIsSizeCapped() {
        String huge = "#seed=1&tutorial=" + "x".repeat(PlaygroundLink.MAX_LENGTH);
        assertThatThrownBy(() -> read(huge)).isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("the limit is " + PlaygroundLink.MAX_LENGTH);
        assertThatThrownBy(() -> read("#seed=" + "9".repeat(2000))).hasMessageContaining("seed is 2000 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {EVERY_KEY,
        "#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0"
                + "&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true"
                + "&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false"
                + "&collectStats=false&problem=classification&initZero=false&hideText=false",
        "#problem=regression&regDataset=reg-plane&dataset=gauss&learningRate=0.0001&seed=hello world&networkShape="
                + "&noise=5&x_hide=true&x=true&y_hide=false&batchSize=30&regularization=L1&regularizationRate=0.3",
        "#seed=0.1&learningRate=1e-7&percTrainData=10&discretize_hide=true&showTestData_hide=false"})
    void aPlaygroundLinkComesBackWithEveryKey(String link) throws Exception {
        String back = PlaygroundLink.write(read(link));
        assertThat(back).startsWith(PlaygroundLink.BASE_URL);
        PlaygroundState before = new PlaygroundState(link.substring(link.indexOf('#') + 1));
        PlaygroundState after = new PlaygroundState(back.substring(back.indexOf('#') + 1));
        for (String key : before.raw.keySet()) {
            assertThat(after.raw).as("key %s in %s", key, back).containsKey(key);
            assertThat(value(after, key)).as("key %s in %s", key, back).isEqualTo(value(before, key));
        }
        assertThat(read(back).withPlayground(null)).as("the link written reads back as the same settings")
                .isEqualTo(read(link).withPlayground(null));
        assertThat(PlaygroundLink.write(read(back))).as("and is written the same again").isEqualTo(back);
    }

    /** What the playground makes of a key's text. */
    private static Object value(PlaygroundState s, String key) {
        String t = s.text(key);
        if (key.endsWith("_hide")) return "true".equals(t);
        return switch (key) {
            case "batchSize", "learningRate", "regularizationRate", "noise", "percTrainData" -> PlaygroundState.number(t);
            case "networkShape" -> t.isBlank() ? List.of()
                    : java.util.Arrays.stream(t.split(",")).map(PlaygroundState::number).toList();
            case "activation", "regularization", "dataset", "regDataset", "seed", "problem", "tutorial" -> t;
            default -> s.bool(key, false);
        };
    }

    @Test
    void hiddenControlsGoBackAsTheClassroomNowHidesThem() throws Exception {
        Experiment e = read("#seed=1&playButton_hide=true&learningRate_hide=true&numHiddenLayers_hide=true");
        Experiment changed = e.withView(v -> v.withHiddenControls(List.of("learning-rate", "noise")));
        PlaygroundState s = new PlaygroundState(PlaygroundLink.write(changed).split("#", 2)[1]);
        assertThat(s.raw).containsEntry("learningRate_hide", "true").containsEntry("playButton_hide", "false")
                .containsEntry("noise_hide", "true").containsEntry("numHiddenLayers_hide", "true")
                .doesNotContainKey("stepButton_hide");
        PlaygroundState all = new PlaygroundState(PlaygroundLink.write(e.withView(v -> v.withHiddenControls(
                List.of("run-buttons")))).split("#", 2)[1]);
        assertThat(all.raw).containsEntry("playButton_hide", "true").doesNotContainKey("stepButton_hide")
                .containsEntry("learningRate_hide", "false");
    }

    @Test
    void numbersAreWrittenAsJavaScriptPrintsThem() {
        Map<Double, String> cases = Map.of(0.03, "0.03", 1e-7, "1e-7", 1e-6, "0.000001", 1e21, "1e+21", 10.0, "10",
                0.1 + 0.2, "0.30000000000000004", 123456789012.0, "123456789012", -2.5e-8, "-2.5e-8", 0.0, "0");
        cases.forEach((v, text) -> assertThat(PlaygroundState.format(v)).as("%s", v).isEqualTo(text));
        assertThat(PlaygroundState.number(" 0x1A ")).isEqualTo(26);
        assertThat(PlaygroundState.number(".5")).isEqualTo(0.5);
        assertThat(PlaygroundState.number("5.")).isEqualTo(5);
        assertThat(PlaygroundState.number("1,5")).isNaN();
        assertThat(PlaygroundState.number("-0x10")).isNaN();
    }

    @Test
    void anExperimentThePlaygroundCannotShowIsNotWrittenAsItsLink() throws Exception {
        Experiment e = read("#seed=1");
        assertThat(PlaygroundLink.unfit(e)).isNull();
        assertThat(PlaygroundLink.unfit(Experiment.defaults())).isNull();
        assertThat(PlaygroundLink.unfit(e.withTraining(t -> t.withOptimizer(OptimizerKind.ADAM))))
                .startsWith("training.optimizer = adam: the playground trains with sgd");
        assertThat(PlaygroundLink.unfit(e.withDataset(DatasetKind.MOONS))).startsWith("data.dataset = moons");
        assertThat(PlaygroundLink.unfit(e.withData(d -> d.withHandPoints(List.of(new HandPoint(1, 1, 1, true))))))
                .contains("no points placed by hand");
        assertThat(PlaygroundLink.unfit(e.withNetwork(n -> n.withHidden(List.of(9))))).contains("at most 6 hidden layers of 8");
        assertThat(PlaygroundLink.unfit(e.withData(d -> d.withSamples(300)))).contains("always has 500 points");
        assertThatThrownBy(() -> PlaygroundLink.write(e.withTraining(t -> t.withOptimizer(OptimizerKind.ADAM))))
                .isInstanceOf(IllegalArgumentException.class);
        // NNPlay's own experiment, written for the playground: its seed as the playground's seed text
        assertThat(PlaygroundLink.write(Experiment.defaults().withSeed(42))).contains("&seed=42&");
    }

    @Test
    void everyKeyListedIsWritten() throws Exception {
        String back = PlaygroundLink.write(read(EVERY_KEY));
        List<String> keys = new ArrayList<>(new PlaygroundState(back.split("#", 2)[1]).raw.keySet());
        assertThat(keys).containsAll(PlaygroundLink.KEYS);
        assertThat(new PlaygroundState(PlaygroundLink.write(read("#seed=1")).split("#", 2)[1]).raw)
                .doesNotContainKey("regularization").doesNotContainKey("tutorial");
    }
}
