package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;

class PyTorchScriptTest {
    static java.util.List<String> lessons() {
        return Lessons.list().stream().map(Lesson::id).toList();
    }

    @Test
    void the_default_experiment_becomes_the_playgrounds_network_loss_and_loop() {
        String py = PyTorchScript.of(Experiment.defaults());
        assertThat(py).contains("nn.Linear(2, 4),\n    nn.Tanh(),\n    nn.Linear(4, 2),\n    nn.Tanh(),\n    nn.Linear(2, 1),")
                .contains("torch.optim.SGD(model.parameters(), lr=0.03)")
                .contains("nn.init.uniform_(m.weight, -0.5, 0.5)")
                .contains("nn.init.constant_(m.bias, 0.1)")
                .contains("range(0, len(X_train), 10)")
                .contains("torch.manual_seed(1)")
                .doesNotContain("class Step");
        long points = py.lines().filter(l -> l.startsWith("    (")).mapToLong(l -> l.split("\\),").length).sum();
        assertThat(points).isEqualTo(500);
    }

    @Test
    void settings_map_onto_their_pytorch_counterparts() {
        Experiment e = Experiment.defaults()
                .withNetwork(n -> n.withActivation(ActivationKind.LEAKY_RELU).withLeakySlope(0.1))
                .withTraining(t -> t.withOptimizer(OptimizerKind.ADAM).withRegularization(RegularizationKind.L2)
                        .withRegularizationRate(0.01));
        assertThat(PyTorchScript.of(e)).contains("nn.LeakyReLU(0.1)").contains("torch.optim.Adam(")
                .contains("+ 0.01 * 0.5 * sum((m.weight ** 2).sum()");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void every_lesson_exports_to_valid_python(String id, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.py");
        Files.writeString(file, PyTorchScript.of(Lessons.load(id)));
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "py_compile", file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException noPython) {
            Assumptions.abort("python3 is not installed: syntax not checked");
            return;
        }
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }
}
