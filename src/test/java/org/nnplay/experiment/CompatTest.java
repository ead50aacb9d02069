package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.optim.OptimizerKind;

/** {@code "compat": "tf-playground"}: saved and read back, refused where the settings leave the playground. */
class CompatTest {
    private final ExperimentIO io = new ExperimentIO();
    private final Experiment playground = Experiment.defaults().withCompat(Compat.TF_PLAYGROUND)
            .withPlayground(new PlaygroundKeys("0.52731", Map.of("tutorial", "dp-neuron", "cosX", "true")));

    @Test
    void compatAndTheKeptLinkKeysAreSavedAndReadBack() throws Exception {
        String json = io.toJson(playground);
        assertThat(json).contains("\"compat\": \"tf-playground\"").contains("\"seed\": \"0.52731\"");
        assertThat(io.read(json, "x.json").experiment()).isEqualTo(playground);
        assertThat(io.read(json, "x.json").warnings()).isEmpty();
        assertThat(io.read(Fixtures.file(""), "x.json").experiment().compat()).isNull();
        assertThat(io.toJson(Experiment.defaults())).doesNotContain("compat").doesNotContain("playground");
    }

    @Test
    void aFileThatFollowsThePlaygroundWithSettingsItHasNotIsRefusedNamingTheSetting() {
        String file = Fixtures.file("\"compat\": \"tf-playground\",\n  \"training\": {\"optimizer\": \"adam\"}");
        assertThatThrownBy(() -> io.read(file, "lesson.json")).isInstanceOfSatisfying(ExperimentFormatException.class,
                e -> {
                    assertThat(e.fieldPath()).isEqualTo("training.optimizer");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("training.optimizer = adam: an experiment that follows "
                            + "TensorFlow Playground (\"compat\": \"tf-playground\") trains with sgd");
                });
        assertThatThrownBy(() -> io.read(Fixtures.file("\"compat\": \"tf-playgrund\""), "x.json"))
                .hasMessageContaining("compat = 'tf-playgrund' is not allowed: expected one of tf-playground");
        assertThatThrownBy(() -> io.read(Fixtures.file("\"compat\": \"tf-playground\", \"data\": {\"dataset\": \"moons\"}"),
                "x.json")).hasMessageContaining("data.dataset = moons");
    }

    @Test
    void anEditThatLeavesThePlaygroundDropsCompatAndOneThatStaysKeepsIt() {
        assertThat(playground.withTraining(t -> t.withOptimizer(OptimizerKind.ADAM)).compat()).isNull();
        assertThat(playground.withTraining(t -> t.withLoss(LossKind.BCE)).compat()).isNull();
        assertThat(playground.withDataset(DatasetKind.MOONS).compat()).isNull();
        assertThat(playground.withFeatures(f -> f.withInputs(List.of(Feature.R))).compat()).isNull();
        assertThat(playground.withNetwork(n -> n.withActivation(ActivationKind.ELU)).compat()).isNull();
        assertThat(playground.withNetwork(n -> n.withDropout(0.2)).compat()).isNull();
        // what the playground's algorithm and generators take stays with it
        assertThat(playground.withTraining(t -> t.withLearningRate(0.3).withBatchSize(1)).compat()).isNotNull();
        assertThat(playground.withNetwork(n -> n.withHidden(List.of(32, 32, 32))).compat()).isNotNull();
        assertThat(playground.withData(d -> d.withHandPoints(List.of(new HandPoint(1, 1, 1, true))).withSamples(200))
                .compat()).isNotNull();
        // switching to regression takes the regression loss chosen (none here: mse), which the playground has not
        assertThat(playground.withDataset(DatasetKind.PLANE).compat()).isNull();
        Experiment chosen = playground.withTraining(t -> t.withChosenLosses(new ChosenLosses(LossKind.HALF_SQUARED,
                null, LossKind.HALF_SQUARED)));
        assertThat(chosen.withDataset(DatasetKind.PLANE).compat()).isNotNull();
        assertThat(chosen.withDataset(DatasetKind.PLANE).training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThatThrownBy(() -> Experiment.defaults().withTraining(t -> t.withOptimizer(OptimizerKind.ADAM))
                .withCompat(Compat.TF_PLAYGROUND)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("training.optimizer");
    }

    @Test
    void anotherSeedReplacesTheLinksSeedTextAndKeepsTheRest() {
        Experiment e = playground.withSeed(77);
        assertThat(e.playground().seed()).isNull();
        assertThat(e.playground().keys()).containsEntry("tutorial", "dp-neuron");
        assertThat(PlaygroundKeys.seedOf(e)).isEqualTo("77");
        assertThat(PlaygroundKeys.seedOf(playground)).isEqualTo("0.52731");
        assertThat(playground.withName("x").playground()).isEqualTo(playground.playground());
        Experiment text = PlaygroundKeys.withSeedText(e, "0.27411");
        assertThat(PlaygroundKeys.seedOf(text)).isEqualTo("0.27411");
        assertThat(text.seed()).isEqualTo("0.27411".hashCode() & 0x7fffffffL);
        Experiment number = PlaygroundKeys.withSeedText(text, "123");
        assertThat(number.seed()).isEqualTo(123);
        assertThat(number.playground().seed()).isNull();
        assertThat(PlaygroundKeys.seedOf(number)).isEqualTo("123");
    }
}
