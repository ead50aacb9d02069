package org.nnplay.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.Named;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;
import org.nnplay.experiment.CurveScale;
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.experiment.Palette;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.Theme;

class FormulasTest {
    static Stream<Enum<?>> settings() {
        return Stream.of(ActivationKind.values(), LossKind.values(), OptimizerKind.values(), ScheduleKind.values(),
                RegularizationKind.values(), InitKind.values(), ProblemType.values(), DatasetKind.values(),
                BackendKind.values(), Palette.values(), Theme.values(), CurveScale.values(), StageView.values(),
                org.nnplay.training.search.Strategy.values())
                .flatMap(Stream::of);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void everySettingHasAHumanNameNeverItsCodeName(Enum<?> value) {
        String name = Formulas.name((Object) value);

        assertThat(name).isNotBlank().doesNotContain("_").doesNotContain("…")
                .isNotEqualTo(value instanceof Named n ? n.key() : value.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(Character.isUpperCase(name.charAt(0)) || !Character.isLetter(name.charAt(0))).as(name).isTrue();
    }

    @Test
    void theCourseNamesOfTheIssue() {
        assertThat(Formulas.name(ScheduleKind.COSINE_RESTARTS)).isEqualTo("Cosine with warm restarts");
        assertThat(Formulas.name(LossKind.HALF_SQUARED)).isEqualTo("Mean squared error ½(ŷ − y)²");
        assertThat(Formulas.name(InitKind.GLOROT_UNIFORM)).isEqualTo("Glorot uniform");
        assertThat(Formulas.name(LossKind.SOFTMAX_CE)).isEqualTo("Softmax cross-entropy");
        assertThat(Formulas.name(ScheduleKind.WARMUP_LINEAR)).doesNotContain("WARMUP");
    }

    @ParameterizedTest
    @MethodSource("activations")
    void everyActivationIsWrittenOutWithItsDerivativeInFull(ActivationKind k) {
        String f = Formulas.function(k, 0.1);
        String d = Formulas.derivative(k, 0.1);

        assertThat(f).contains("(x) =").doesNotContain("…").doesNotContain("...");
        assertThat(d).contains("′(x) =").doesNotContain("…").doesNotStartWith("′");
        assertThat(Formulas.formula(k)).isEqualTo(f + "\n" + d);
    }

    static List<ActivationKind> activations() { return List.of(ActivationKind.values()); }

    @Test
    void leakyReluIsTheCoursesMaxOfPointOneXAndX() {
        assertThat(NetworkSettings.DEFAULTS.leakySlope()).isEqualTo(0.1);
        assertThat(Formulas.function(ActivationKind.LEAKY_RELU)).isEqualTo("LeakyReLU(x) = max(0.1x, x)");
        assertThat(Formulas.derivative(ActivationKind.LEAKY_RELU, 0.2)).endsWith("else 0.2");
    }

    @Test
    void shortNamesEndInOneThatFitsAnyColumn() {
        for (ActivationKind k : ActivationKind.values()) {
            List<String> names = Formulas.shortNames(k);
            assertThat(names.getFirst()).isEqualTo(Formulas.name(k));
            assertThat(names.getLast().length()).as(k.key()).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void withoutAHiddenLayerTheActivationIsTheOutputsWhichTheLossImplies() {
        assertThat(Formulas.outputActivation(LossKind.BCE)).isEqualTo("Sigmoid σ(z)");
        assertThat(Formulas.outputActivation(LossKind.SOFTMAX_CE)).isEqualTo("Softmax");
        assertThat(Formulas.outputActivation(LossKind.MSE)).isEqualTo("Linear (identity)");
        assertThat(Formulas.outputActivation(LossKind.HALF_SQUARED)).isEqualTo("Tanh");
    }

    @Test
    void slidersAndSpeedsCarryTheirUnits() {
        assertThat(Formulas.percent(26)).isEqualTo("26 %");
        assertThat(Formulas.speed(0)).isEqualTo("max");
        assertThat(Formulas.speed(30)).isEqualTo("30 epochs/s");
        assertThat(Formulas.speed(1)).as("the slowest lessons").isEqualTo("1 epoch/s");
        assertThat(Formulas.number(0.00003)).isEqualTo("0.00003");
        assertThat(Formulas.number(0.1)).isEqualTo("0.1");
    }
}
