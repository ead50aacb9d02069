package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;

class ComparisonTest {
    private final ExperimentIO io = new ExperimentIO();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lr | 0.10 | 0.1",
            "lr | 3e-5 | 0.00003",
            "reg-rate | 0 | 0",
            "dropout | 0.50 | 0.5",
            "batch | ALL | all",
            "batch | 010 | 10",
            "activation | ReLU | relu",
            "activation | leaky-relu | leaky_relu",
            "optimizer | Adam | adam",
            "loss | BCE | bce",
            "schedule | Cosine | cosine",
            "init | Normal:5.0 | normal:5",
            "init | glorot_uniform | glorot_uniform",
            "regularization | L2 : 0.010 | l2:0.01",
            "hidden | '8, 8' | 8,8",
            "hidden | none | none",
            "hidden | '' | none",
            "features | 'X1, x2,x1sq' | x1,x2,x1sq"})
    void valuesAreKeptInCanonicalForm(String setting, String typed, String canonical) {
        assertThat(ComparedSetting.fromKey(setting).canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lr | 1 | abc | values[1] = \"abc\" is not a number: expected a learning rate in (0, 10]",
            "lr | 1 | 20 | values[1] = \"20\" is out of range: allowed (0, 10]",
            "dropout | 0 | 0.95 | values[1] = \"0.95\" is out of range: allowed [0, 0.9]",
            "batch | 1 | 2.5 | values[1] = \"2.5\" is not a whole number: expected a batch size in [1, 100000] or all",
            "activation | tanh | swish | values[1] = \"swish\" is not allowed: expected one of sigmoid, tanh, relu",
            "init | uniform | he_normal:2 | values[1] = \"he_normal:2\": 'he_normal' takes no scale",
            "regularization | l2 | none:0.1 | values[1] = \"none:0.1\": 'none' takes no rate",
            "hidden | 4 | 4,40 | values[1] = \"4,40\": '40' is out of range: allowed [1, 32]",
            "features | x1 | x1,x9 | values[1] = \"x1,x9\": 'x9' is not allowed: expected one of x1, x2",
            "features | x1 | x1,x1 | values[1] = \"x1,x1\": 'x1' is listed twice"})
    void aValueThatDoesNotFitItsSettingSaysWhy(String setting, String valid, String typed, String message) {
        assertThatThrownBy(() -> new Comparison(ComparedSetting.fromKey(setting), List.of(valid, typed)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void settingsAreNamedAsTheTrainFlagsWithoutDashes() {
        assertThat(List.of(ComparedSetting.values()).stream().map(ComparedSetting::key)).containsExactly(
                "activation", "lr", "optimizer", "batch", "init", "regularization", "reg-rate", "hidden", "features",
                "loss", "schedule", "dropout");
        assertThat(ComparedSetting.fromKey("reg-rate")).isEqualTo(ComparedSetting.REG_RATE);
        assertThatThrownBy(() -> ComparedSetting.fromKey("colour"))
                .hasMessageContaining("unknown setting 'colour': expected one of activation, lr, optimizer");
    }

    @Test
    void aComparisonHasTwoToEightDistinctValues() {
        assertThatThrownBy(() -> new Comparison(ComparedSetting.LR, List.of("0.1")))
                .hasMessage("values has 1 entry: allowed 2 to 8");
        assertThatThrownBy(() -> new Comparison(ComparedSetting.LR, Collections.nCopies(9, "0.1")))
                .hasMessage("values has 9 entries: allowed 2 to 8");
        assertThatThrownBy(() -> new Comparison(ComparedSetting.LR, List.of("0.1", "0.3", "0.10")))
                .hasMessage("values[2] = 0.1 is listed twice");
        assertThat(new Comparison(ComparedSetting.LR, List.of("0.10", "3")).values()).containsExactly("0.1", "3");
    }

    @Test
    void aVariantIsTheBaseWithThatValueAndNothingElseChanged() {
        Experiment base = Experiment.defaults().withDataset(DatasetKind.XOR)
                .withNetwork(n -> n.withLayerActivations(List.of(ActivationKind.RELU, ActivationKind.TANH)))
                .withView(v -> v.withStage(StageView.COMPARE));
        Comparison c = new Comparison(ComparedSetting.ACTIVATION, List.of("linear", "tanh"));
        Experiment compared = base.withComparison(c);

        Experiment linear = c.variant(compared, 0);

        assertThat(linear.compare()).isNull();
        assertThat(linear.network().activation()).isEqualTo(ActivationKind.LINEAR);
        assertThat(linear.network().layerActivations()).isNull();
        assertThat(linear.view().stage()).as("a variant opens on the normal layout").isEqualTo(StageView.NORMAL);
        assertThat(linear.name()).isEqualTo("Untitled (activation = linear)");
        assertThat(linear.withName(base.name()).withView(base.view()))
                .isEqualTo(base.withNetwork(n -> n.withActivation(ActivationKind.LINEAR).withLayerActivations(null)));
        assertThat(c.variants(compared)).hasSize(2);
    }

    @Test
    void eachSettingChangesWhatItsTrainFlagChanges() {
        Experiment e = Experiment.defaults();
        assertThat(edit(e, "lr", "0.3").training().learningRate()).isEqualTo(0.3);
        assertThat(edit(e, "optimizer", "adam").training().optimizer()).isEqualTo(OptimizerKind.ADAM);
        assertThat(edit(e, "batch", "1").training().batchSize()).isEqualTo(1);
        assertThat(edit(e, "batch", "all").training().batchSize()).isEqualTo(ComparedSetting.ALL);
        assertThat(edit(e, "loss", "bce").training().loss()).isEqualTo(LossKind.BCE);
        assertThat(edit(e, "schedule", "step").training().schedule())
                .isEqualTo(ScheduleSettings.DEFAULTS.withKind(ScheduleKind.STEP));
        assertThat(edit(e, "dropout", "0.2").network().dropout()).isEqualTo(0.2);
        assertThat(edit(e, "hidden", "8,8,8").network().hidden()).containsExactly(8, 8, 8);
        assertThat(edit(e, "hidden", "none").network().hidden()).isEmpty();
        assertThat(edit(e, "features", "r,theta").features().inputs()).containsExactly(Feature.R, Feature.THETA);
        Experiment l1 = edit(e, "regularization", "l1:0.003");
        assertThat(l1.training().regularization()).isEqualTo(RegularizationKind.L1);
        assertThat(l1.training().regularizationRate()).isEqualTo(0.003);
        Experiment normal = edit(e, "init", "normal:5");
        assertThat(normal.network().init()).isEqualTo(InitKind.NORMAL);
        assertThat(normal.network().initScale()).isEqualTo(5);
    }

    @Test
    void aRateWithoutAPenaltyMeansL2AndAnotherInitialiserDropsSavedWeights() {
        Experiment none = Experiment.defaults();
        assertThat(edit(none, "reg-rate", "0.01").training().regularization()).isEqualTo(RegularizationKind.L2);
        assertThat(edit(none, "reg-rate", "0").training().regularization()).isEqualTo(RegularizationKind.NONE);
        Experiment l1 = none.withTraining(t -> t.withRegularization(RegularizationKind.L1));
        assertThat(edit(l1, "reg-rate", "0.01").training().regularization()).isEqualTo(RegularizationKind.L1);

        Experiment trained = Lessons.load("01-perceptron");
        assertThat(trained.weights()).isNotNull();
        assertThat(edit(trained, "lr", "0.1").weights()).as("same shape: the weights stay").isEqualTo(trained.weights());
        assertThat(edit(trained, "init", "he_normal").weights()).isNull();
    }

    @Test
    void theExperimentsOwnValueComesFirstInTheSuggestions() {
        Experiment e = Experiment.defaults();
        assertThat(ComparedSetting.LR.suggestions(e)).containsExactly("0.03", "0.003", "0.3");
        assertThat(ComparedSetting.OPTIMIZER.suggestions(e))
                .containsExactly("sgd", "momentum", "adagrad", "rmsprop", "adadelta", "adam");
        assertThat(ComparedSetting.HIDDEN.suggestions(e)).startsWith("4,2");
        for (ComparedSetting s : ComparedSetting.values()) {
            List<String> values = s.suggestions(e);
            assertThat(values).as(s.key()).hasSizeBetween(2, 8).first().isEqualTo(s.valueOf(e));
            new Comparison(s, values).check(e);
        }
    }

    @Test
    void aComparisonIsSavedAndReadBack() throws Exception {
        Experiment e = Experiment.defaults().withComparison(new Comparison(ComparedSetting.HIDDEN,
                List.of("none", "4,2", "8,8,8")));

        String json = io.toJson(e);

        assertThat(json).contains("\"compare\": {", "\"setting\": \"hidden\"",
                "\"values\": [ \"none\", \"4,2\", \"8,8,8\" ]");
        assertThat(io.read(json, "c.json").experiment()).isEqualTo(e);
    }

    @Test
    void aFileMayWriteValuesAsNumbersAndLists() throws Exception {
        Experiment lr = io.read(Fixtures.file("\"compare\": {\"setting\": \"lr\", \"values\": [0.003, 3E-2, 3]}"),
                "lr.json").experiment();
        Experiment hidden = io.read(Fixtures.file("\"compare\": {\"setting\": \"hidden\", \"values\": [[], [4, 2]]}"),
                "h.json").experiment();

        assertThat(lr.compare().values()).containsExactly("0.003", "0.03", "3");
        assertThat(hidden.compare().values()).containsExactly("none", "4,2");
    }

    @Test
    void aBadComparisonInAFileIsReportedWithItsPlace() {
        String unknown = Fixtures.file("\n\"compare\": {\"setting\": \"colour\", \"values\": [\"a\", \"b\"]}");
        String regression = Fixtures.file("\"data\": {\"dataset\": \"plane\"},\n"
                + "\"compare\": {\"setting\": \"loss\",\n \"values\": [\"mse\", \"bce\"]}");
        String missing = Fixtures.file("\"compare\": {\"setting\": \"lr\"}");

        assertThatThrownBy(() -> io.read(unknown, "u.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo("compare.setting");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("'colour' is not allowed: expected one of activation, lr");
                });
        assertThatThrownBy(() -> io.read(regression, "r.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo("compare.values[1]");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).contains("\"bce\" does not fit this experiment",
                            "does not fit a regression problem");
                });
        assertThatThrownBy(() -> io.read(missing, "m.json")).hasMessageContaining("compare.values is missing");
    }

    private static Experiment edit(Experiment e, String setting, String value) {
        return ComparedSetting.fromKey(setting).edit(value).apply(e);
    }
}
