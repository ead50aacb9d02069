package org.nnplay.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nd4j.Backends;

class GradCheckTest {
    @TestFactory
    Stream<DynamicTest> everyCheckPassesOnTheJvmBackendAgainstFiniteDifferencesAndSameDiff() {
        return GradCheck.all().stream().map(c -> dynamicTest(c.name(), () -> {
            GradChecker.Result r = GradChecker.run(c, true);
            assertThat(r.passed()).as("%s: fd %s, samediff %s, %s", c.name(), r.fdMaxRelError(),
                    r.sameDiffMaxRelError(), r.note()).isTrue();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCheckPassesOnTheNd4jBackendAgainstFiniteDifferences() {
        var nd4j = Backends.resolve(BackendKind.ND4J, true);
        return GradCheck.all().stream().map(c -> dynamicTest(c.name(), () -> {
            GradChecker.Result r = GradChecker.run(c, nd4j, false);
            assertThat(r.passed()).as("%s: fd %s, %s", c.name(), r.fdMaxRelError(), r.note()).isTrue();
        }));
    }

    @Test
    void everyOpActivationLossLayerAndRegulariserIsCovered() {
        Set<String> names = GradCheck.all().stream().map(Check::name).collect(Collectors.toSet());
        assertThat(names).contains("matmul", "add", "add_row", "add_scalar", "sub_row", "mul_scalar", "div", "div_row",
                "neg", "square", "pow", "exp", "log", "abs", "scale", "shift", "sum", "sum_axis0", "sum_axis1", "mean",
                "mean_axis0", "mean_axis1", "softmax", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu",
                "softplus", "linear", "step", "bce_with_logits", "softmax_cross_entropy", "mse", "mae", "half_squared",
                "affine", "dense_tanh", "dense_two_layers", "dropout", "batch_norm", "l1", "l2", "elastic_net");
        assertThat(names).hasSameSizeAs(GradCheck.all());
    }

    @Test
    void aWrongBackwardIsCaught() {
        Check tanh = GradCheck.activations().stream().filter(c -> c.name().equals("tanh")).findFirst().orElseThrow();
        GradChecker.Result r = GradChecker.run(tanh, new BrokenTanhBackend(), true);
        assertThat(r.passed()).isFalse();
        assertThat(r.fdMaxRelError()).isGreaterThan(1e-3);
        assertThat(r.sameDiffMaxRelError()).isGreaterThan(1e-3);
    }

    @Test
    void aWrongBackwardInsideALargerGraphIsCaught() {
        Check mlp = GradCheck.check("tiny_mlp", Check.LAYER, p -> p.param("x", 5, 2, Fill.uniform(-1, 1))
                .param("w", 2, 3, Fill.uniform(-1, 1)).constant("t", 5, 3, Fill.bits())
                .graph(v -> v.get("x").matmul(v.get("w")).tanh().bceWithLogits(v.get("t"))));
        assertThat(GradChecker.run(mlp, false).passed()).isTrue();
        assertThat(GradChecker.run(mlp, new BrokenTanhBackend(), false).passed()).isFalse();
    }

    @Test
    void aNonZeroGradientFailsAZeroGradientCheck() {
        Check notZero = GradCheck.check("tanh_claimed_flat", Check.OP, p -> p.param("x", 2, 2, Fill.uniform(-1, 1))
                .graph(v -> v.get("x").tanh()).expectZeroGradient());
        GradChecker.Result r = GradChecker.run(notZero, false);
        assertThat(r.passed()).isFalse();
        assertThat(r.note()).contains("not exactly zero");
    }

    @Test
    void rowsAreReproducible() {
        List<Check> checks = GradCheck.ops().subList(0, 3);
        assertThat(GradChecker.runAll(checks, false)).isEqualTo(GradChecker.runAll(checks, false));
    }
}
