package org.nnplay.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three steps of every rule on w = [1, −2] with the gradients below and η = 0.1, against the formulas of
 * {@link Optimizer}'s javadoc written out again here, element by element.
 */
class OptimizerTest {
    private static final double LR = 0.1;
    private static final double[] W0 = {1.0, -2.0};
    private static final double[][] G = {{0.5, -1.0}, {0.2, 0.4}, {-0.3, 0.1}};

    private static double[] run(OptimizerSpec spec, int steps) {
        Optimizer opt = new Optimizer(spec, new int[] {2});
        double[] w = W0.clone();
        for (int s = 0; s < steps; s++) {
            opt.beginStep();
            opt.update(0, w, G[s].clone(), LR);
        }
        assertThat(opt.steps()).isEqualTo(steps);
        return w;
    }

    /** The javadoc's formulas for one element, three steps, defaults μ = 0.9, β = (0.9, 0.999), ε = 1e−8, ρ = 0.9 (0.95 Adadelta), λ = 0.01. */
    private static double hand(OptimizerKind kind, int i) {
        double mu = 0.9, b1 = 0.9, b2 = 0.999, eps = 1e-8, rho = kind == OptimizerKind.ADADELTA ? 0.95 : 0.9, lam = 0.01;
        double w = W0[i], a = 0, b = 0;
        for (int t = 1; t <= 3; t++) {
            double g = G[t - 1][i];
            switch (kind) {
                case SGD -> w = w - LR * g;
                case MOMENTUM -> { a = mu * a - LR * g; w = w + a; }
                case NESTEROV -> { double v = a; a = mu * a - LR * g; w = w - mu * v + (1 + mu) * a; }
                case ADAGRAD -> { a = a + g * g; w = w - LR * g / (Math.sqrt(a) + eps); }
                case RMSPROP -> { a = rho * a + (1 - rho) * g * g; w = w - LR * g / (Math.sqrt(a) + eps); }
                case ADADELTA -> {
                    a = rho * a + (1 - rho) * g * g;
                    double delta = -Math.sqrt(b + eps) / Math.sqrt(a + eps) * g;
                    b = rho * b + (1 - rho) * delta * delta;
                    w = w + LR * delta;
                }
                case ADAM, ADAMW -> {
                    a = b1 * a + (1 - b1) * g;
                    b = b2 * b + (1 - b2) * g * g;
                    double mHat = a / (1 - Math.pow(b1, t));
                    double vHat = b / (1 - Math.pow(b2, t));
                    double decay = kind == OptimizerKind.ADAMW ? LR * lam * w : 0;
                    w = w - LR * mHat / (Math.sqrt(vHat) + eps) - decay;
                }
            }
        }
        return w;
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void three_steps_match_the_formulas(OptimizerKind kind) {
        double[] w = run(OptimizerSpec.of(kind), 3);
        assertThat(w[0]).isCloseTo(hand(kind, 0), within(1e-12));
        assertThat(w[1]).isCloseTo(hand(kind, 1), within(1e-12));
    }

    @Test
    void sgd_momentum_nesterov_by_explicit_arithmetic() {
        // sgd: 1 − 0.1·(0.5 + 0.2 − 0.3) = 0.96;  −2 − 0.1·(−1 + 0.4 + 0.1) = −1.95
        assertThat(run(OptimizerSpec.of(OptimizerKind.SGD), 3)).containsExactly(new double[] {0.96, -1.95}, within(1e-12));
        // momentum, element 0: v = −0.05, w = 0.95; v = 0.9·−0.05 − 0.02 = −0.065, w = 0.885;
        //                     v = 0.9·−0.065 + 0.03 = −0.0285, w = 0.8565
        assertThat(run(OptimizerSpec.of(OptimizerKind.MOMENTUM), 3)[0]).isCloseTo(0.8565, within(1e-12));
        // nesterov, element 0: w = 1 + 1.9·−0.05 = 0.905; w = 0.905 + 0.9·0.05 + 1.9·−0.065 = 0.8265;
        //                     w = 0.8265 + 0.9·0.065 + 1.9·−0.0285 = 0.83085
        assertThat(run(OptimizerSpec.of(OptimizerKind.NESTEROV), 3)[0]).isCloseTo(0.83085, within(1e-12));
    }

    @Test
    void first_step_of_the_adaptive_rules_by_explicit_arithmetic() {
        // adam, t = 1: m̂ = g, v̂ = g², step = η·g/(|g| + ε) ≈ η·sign(g)
        assertThat(run(OptimizerSpec.of(OptimizerKind.ADAM), 1)).containsExactly(new double[] {0.9, -1.9}, within(1e-7));
        // adamw adds η·λ·w = 0.1·0.01·w: 1 − 0.1 − 0.001 = 0.899; −2 + 0.1 + 0.002 = −1.898
        assertThat(run(OptimizerSpec.of(OptimizerKind.ADAMW), 1)).containsExactly(new double[] {0.899, -1.898}, within(1e-7));
        // adagrad, t = 1: G = g², step = η·g/|g|
        assertThat(run(OptimizerSpec.of(OptimizerKind.ADAGRAD), 1)).containsExactly(new double[] {0.9, -1.9}, within(1e-7));
        // rmsprop, t = 1: E = 0.1·g², step = η·g/(√0.1·|g|) = 0.1/√0.1 = √0.1 ≈ 0.316228
        double s = Math.sqrt(0.1);
        assertThat(run(OptimizerSpec.of(OptimizerKind.RMSPROP), 1)).containsExactly(new double[] {1 - s, -2 + s}, within(1e-7));
        // adadelta, t = 1: E = 0.05·g², Δ = −√ε/√(E + ε)·g ≈ −1e−4/√0.05·sign(g), w += η·Δ
        double d = 0.1 * 1e-4 / Math.sqrt(0.05);
        assertThat(run(OptimizerSpec.of(OptimizerKind.ADADELTA), 1)).containsExactly(new double[] {1 - d, -2 + d}, within(1e-9));
    }

    @Test
    void changing_the_rule_resets_its_state_but_hyper_parameters_do_not() {
        Optimizer opt = new Optimizer(OptimizerSpec.of(OptimizerKind.MOMENTUM), new int[] {1});
        double[] w = {0};
        opt.beginStep();
        opt.update(0, w, new double[] {1}, 1);          // v = −1, w = −1
        opt.setSpec(new OptimizerSpec(OptimizerKind.MOMENTUM, 0.5, 0.9, 0.999, 1e-8, 0.9, 0.01));
        opt.beginStep();
        opt.update(0, w, new double[] {0}, 1);          // v kept: v = 0.5·−1 = −0.5, w = −1.5
        assertThat(w[0]).isEqualTo(-1.5);
        opt.setSpec(OptimizerSpec.of(OptimizerKind.SGD).withKind(OptimizerKind.MOMENTUM).withKind(OptimizerKind.ADAM));
        assertThat(opt.steps()).as("a new rule restarts t").isZero();
        opt.setSpec(OptimizerSpec.of(OptimizerKind.MOMENTUM));
        opt.beginStep();
        opt.update(0, w, new double[] {0}, 1);          // fresh v = 0: w stays
        assertThat(w[0]).isEqualTo(-1.5);
    }

    /** f(w) = (w − 3)², f′ = 2(w − 3), from w = 0. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void converges_to_the_minimum_of_a_parabola(OptimizerKind kind) {
        OptimizerSpec spec = OptimizerSpec.of(kind);
        double lr = switch (kind) {
            case SGD -> 0.1;
            case MOMENTUM, NESTEROV -> 0.05;
            case ADAGRAD -> 1.0;
            case RMSPROP -> 0.01;
            case ADADELTA -> 1.0;
            case ADAM, ADAMW -> 0.05;
        };
        if (kind == OptimizerKind.ADADELTA) {
            // Zeiler's ε = 1e−6; with 1e−8 the first steps are ~1e−4 and it takes tens of thousands of steps
            spec = new OptimizerSpec(kind, 0.9, 0.9, 0.999, 1e-6, 0.95, 0.01);
        }
        Optimizer opt = new Optimizer(spec, new int[] {1});
        double[] w = {0};
        for (int s = 0; s < 20_000; s++) {
            opt.beginStep();
            opt.update(0, w, new double[] {2 * (w[0] - 3)}, lr);
        }
        // AdamW's decay pulls towards 0: the fixed point is a little below 3
        assertThat(w[0]).as(kind.key()).isCloseTo(3.0, within(kind == OptimizerKind.ADAMW ? 0.05 : 0.01));
    }

    /** What the JVM backend does with a large layer: its two halves updated apart (on two threads) give the same bits. */
    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void an_update_in_two_ranges_is_the_whole_update(OptimizerKind kind) {
        int n = 37;
        Optimizer whole = new Optimizer(OptimizerSpec.of(kind), new int[] {n});
        Optimizer halves = new Optimizer(OptimizerSpec.of(kind), new int[] {n});
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        java.util.Random r = new java.util.Random(kind.ordinal());
        for (int i = 0; i < n; i++) w1[i] = w2[i] = r.nextGaussian();
        double[] before = w1.clone();
        for (int step = 0; step < 4; step++) {
            double[] g = new double[n];
            for (int i = 0; i < n; i++) g[i] = r.nextGaussian();
            whole.beginStep();
            whole.update(0, w1, g.clone(), LR);
            halves.beginStep();
            double[] g2 = g.clone();
            halves.update(0, w2, g2, LR, 16, n);
            halves.update(0, w2, g2, LR, 0, 16);
        }
        assertThat(w2).isEqualTo(w1);
        assertThat(w1).as("the steps moved the weights").isNotEqualTo(before);
    }
}
