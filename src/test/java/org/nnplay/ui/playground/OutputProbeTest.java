package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.LossKind;

class OutputProbeTest {
    @Test
    void severalClassesListEveryClassAndMarkThePredictedOne() {
        String text = OutputProbe.perClass(Head.of(LossKind.SOFTMAX_CE, false), new double[] {0.2, 0.7, 0.1});
        assertThat(text.lines().filter(l -> !l.isEmpty()).toList()).containsExactly(
                "P(class 0) = 0.2", "P(class 1) = 0.7  \u25c0", "P(class 2) = 0.1", "\u2192 class 1");
    }

    @Test
    void perClassScoresThatAreNotProbabilitiesAreNamedScores() {
        // ½ squared: tanh outputs in [-1, 1] shown on [0, 1]; the last class wins here.
        String text = OutputProbe.perClass(Head.of(LossKind.HALF_SQUARED, false), new double[] {-1, 0, 0.5});
        assertThat(text).contains("class 0 score = 0\n", "class 1 score = 0.5\n", "class 2 score = 0.75  \u25c0",
                "\u2192 class 2").doesNotContain("P(class");
    }

    @Test
    void numbersAreShortAndKeepTheirSign() {
        assertThat(OutputProbe.num(0.5)).isEqualTo("0.5");
        assertThat(OutputProbe.num(-2)).isEqualTo("-2");
        assertThat(OutputProbe.num(0.000123)).isEqualTo("0.000123");
    }
}
