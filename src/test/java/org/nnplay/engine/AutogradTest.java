package org.nnplay.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;

/** Autograd semantics on hand-sized graphs: values and gradients worked out by hand in each test. */
class AutogradTest {
    private static final Backend BE = JvmBackend.INSTANCE;
    private static final double TOL = 1e-12;

    private static Tensor param(double v, String name) {
        return Tensor.of(BE, 1, 1, new double[] {v}, true).label(name);
    }

    @Test
    void micrograd_chain_rule_example() {
        // f = (x + y)·z at x = −2, y = 5, z = −4: q = x + y = 3, f = q·z = −12.
        // ∂f/∂z = q = 3; ∂f/∂q = z = −4; ∂f/∂x = ∂f/∂q · ∂q/∂x = −4 · 1; same for y.
        Tensor x = param(-2, "x");
        Tensor y = param(5, "y");
        Tensor z = param(-4, "z");
        Tensor q = x.add(y);
        Tensor f = q.mul(z);
        assertThat(q.item()).isEqualTo(3.0);
        assertThat(f.item()).isEqualTo(-12.0);

        f.backward();
        assertThat(x.grad()[0]).isEqualTo(-4.0);
        assertThat(y.grad()[0]).isEqualTo(-4.0);
        assertThat(z.grad()[0]).isEqualTo(3.0);
        // intermediate node's gradient is readable after backward: ∂f/∂q = z = −4; the root's own is 1
        assertThat(q.grad()[0]).isEqualTo(-4.0);
        assertThat(f.grad()[0]).isEqualTo(1.0);
    }

    @Test
    void node_used_twice_gets_the_sum_of_both_paths() {
        // f = a·a at a = 3: f = 9, ∂f/∂a = a + a = 6 (both operand slots contribute a).
        Tensor a = param(3, "a");
        Tensor f = a.mul(a);
        f.backward();
        assertThat(f.item()).isEqualTo(9.0);
        assertThat(a.grad()[0]).isEqualTo(6.0);

        // g = b·c + b at b = 2, c = 5: ∂g/∂b = c + 1 = 6, ∂g/∂c = b = 2.
        Tensor b = param(2, "b");
        Tensor c = param(5, "c");
        Tensor g = b.mul(c).add(b);
        g.backward();
        assertThat(b.grad()[0]).isEqualTo(6.0);
        assertThat(c.grad()[0]).isEqualTo(2.0);
    }

    @Test
    void parameter_gradients_accumulate_across_backward_calls_but_intermediates_do_not() {
        // f = (w·k)² with w = 1.5 (parameter), k = 2 (constant): u = 3, f = 9, ∂f/∂w = 2u·k = 12, ∂f/∂u = 6.
        Tensor w = param(1.5, "w");
        Tensor k = Tensor.scalar(BE, 2);
        Tensor u = w.mul(k);
        Tensor f = u.square();
        f.backward();
        assertThat(w.grad()[0]).isEqualTo(12.0);
        assertThat(u.grad()[0]).isEqualTo(6.0);

        f.backward();
        assertThat(w.grad()[0]).as("parameters accumulate").isEqualTo(24.0);
        assertThat(u.grad()[0]).as("intermediates are re-zeroed").isEqualTo(6.0);
        assertThat(k.grad()[0]).as("constants get no gradient").isEqualTo(0.0);

        w.zeroGrad();
        f.backward();
        assertThat(w.grad()[0]).isEqualTo(12.0);
    }

    @Test
    void replay_with_new_leaf_values() {
        // f = (x + y)·z, then x = 1, y = 2, z = 3: f = 9, ∂f/∂x = ∂f/∂y = 3, ∂f/∂z = 3.
        Tensor x = param(-2, "x");
        Tensor y = param(5, "y");
        Tensor z = param(-4, "z");
        Tensor f = x.add(y).mul(z);
        assertThat(f.item()).isEqualTo(-12.0);

        x.set(new double[] {1});
        y.set(new double[] {2});
        z.set(new double[] {3});
        assertThat(f.item()).as("no recomputation before forward()").isEqualTo(-12.0);
        f.forward();
        assertThat(f.item()).isEqualTo(9.0);
        f.backward();
        assertThat(x.grad()[0]).isEqualTo(3.0);
        assertThat(y.grad()[0]).isEqualTo(3.0);
        assertThat(z.grad()[0]).isEqualTo(3.0);
    }

    @Test
    void replay_over_matrices_with_broadcast_bias() {
        // y = X·W + b, loss = Σ y. X = [[1, 2], [3, 4]], W = [[1], [−1]], b = [0.5]:
        // y = [1 − 2 + 0.5, 3 − 4 + 0.5] = [−0.5, −0.5], Σ = −1.
        // ∂Σ/∂W = Xᵀ·1 = column sums of X = [4, 6]; ∂Σ/∂b = number of rows = 2.
        Tensor xs = Tensor.constant(BE, 2, 2, "X").set(new double[] {1, 2, 3, 4});
        Tensor w = Tensor.parameter(BE, 2, 1, "W").set(new double[] {1, -1});
        Tensor b = Tensor.parameter(BE, 1, 1, "b").set(new double[] {0.5});
        Tensor loss = xs.matmul(w).add(b).sum();
        assertThat(loss.item()).isCloseTo(-1.0, within(TOL));
        loss.backward();
        assertThat(w.grad()).containsExactly(4.0, 6.0);
        assertThat(b.grad()).containsExactly(2.0);

        // new batch X = [[0, 1], [2, 0]]: y = [−1 + 0.5, 2 + 0.5] = [−0.5, 2.5], Σ = 2; ∂/∂W = [2, 1]
        xs.set(new double[] {0, 1, 2, 0});
        w.zeroGrad();
        b.zeroGrad();
        loss.forward();
        assertThat(loss.item()).isCloseTo(2.0, within(TOL));
        loss.backward();
        assertThat(w.grad()).containsExactly(2.0, 1.0);
        assertThat(b.grad()).containsExactly(2.0);
    }

    @Test
    void a_chain_of_100k_ops_needs_no_deep_stack() {
        // x + 1 + 1 + … (100,000 times) at x = 0.5: value 100,000.5, gradient 1.
        int n = 100_000;
        Tensor x = param(0.5, "x");
        Tensor t = x;
        for (int i = 0; i < n; i++) {
            t = t.shift(1);
        }
        Tensor root = t;
        assertThat(root.topo()).hasSize(n + 1);
        root.backward();
        assertThat(x.grad()[0]).isEqualTo(1.0);
        x.set(new double[] {-n});
        root.forward();
        assertThat(root.item()).isEqualTo(0.0);
    }

    @Test
    void topo_lists_parents_before_children_and_shared_nodes_once() {
        Tensor a = param(1, "a");
        Tensor b = a.exp();
        Tensor c = a.add(b);
        Tensor d = c.mul(b);
        Tensor[] order = d.topo();
        assertThat(order).containsExactlyInAnyOrder(a, b, c, d);
        assertThat(order[order.length - 1]).isSameAs(d);
        java.util.List<Tensor> list = java.util.List.of(order);
        assertThat(list.indexOf(a)).isLessThan(list.indexOf(b));
        assertThat(list.indexOf(b)).isLessThan(list.indexOf(c));
        // d = (a + eᵃ)·eᵃ, ∂d/∂a = (1 + eᵃ)·eᵃ + (a + eᵃ)·eᵃ at a = 1
        d.backward();
        double e = Math.E;
        assertThat(a.grad()[0]).isCloseTo((1 + e) * e + (1 + e) * e, within(1e-12));
    }

    @Test
    void shape_mismatch_names_the_op_and_both_shapes() {
        Tensor a = Tensor.constant(BE, 2, 3, "a");
        Tensor b = Tensor.constant(BE, 3, 2, "b");
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add").hasMessageContaining("[2×3]").hasMessageContaining("[3×2]");
        assertThatThrownBy(() -> a.mul(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mul").hasMessageContaining("[2×3]").hasMessageContaining("[3×2]");
        assertThatThrownBy(() -> a.matmul(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matmul").hasMessageContaining("[2×3]");
        Tensor c = Tensor.constant(BE, 2, 2, "c");
        assertThatThrownBy(() -> a.bceWithLogits(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bce_with_logits").hasMessageContaining("[2×3]").hasMessageContaining("[2×2]");
        assertThatThrownBy(() -> a.softmaxCrossEntropy(c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("softmax_cross_entropy").hasMessageContaining("[2×3]").hasMessageContaining("[2×2]");
        assertThatThrownBy(() -> a.set(new double[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[2×3]");
    }

    @Test
    void division_and_power_follow_the_quotient_rule() {
        // f = a / b at a = 3, b = 2: f = 1.5, ∂f/∂a = 1/b = 0.5, ∂f/∂b = −a/b² = −0.75
        Tensor a = param(3, "a");
        Tensor b = param(2, "b");
        Tensor f = a.div(b);
        f.backward();
        assertThat(f.item()).isEqualTo(1.5);
        assertThat(a.grad()[0]).isEqualTo(0.5);
        assertThat(b.grad()[0]).isEqualTo(-0.75);
        // g = c^−0.5 at c = 4: 0.5, ∂g/∂c = −0.5·4^−1.5 = −1/16
        Tensor c = param(4, "c");
        Tensor g = c.pow(-0.5);
        g.backward();
        assertThat(g.item()).isEqualTo(0.5);
        assertThat(c.grad()[0]).isEqualTo(-1.0 / 16);
    }
}
