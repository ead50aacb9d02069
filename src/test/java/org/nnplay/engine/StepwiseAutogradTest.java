package org.nnplay.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;

/**
 * The step-by-step API ({@link Tensor#recompute()}, {@link Tensor#seedBackward()}, {@link Tensor#propagate()}):
 * taking the passes one node at a time must give exactly what {@link Tensor#forward()} and {@link Tensor#backward()}
 * give, since the backprop window shows the former and training runs the latter.
 */
class StepwiseAutogradTest {
    private static final Backend BE = JvmBackend.INSTANCE;

    private static Tensor param(double v, String name) {
        return Tensor.of(BE, 1, 1, new double[] {v}, true).label(name);
    }

    /** Wipes every computed value, so a step that read a value not yet computed would show NaN. */
    private static void forget(Tensor root) {
        for (Tensor t : root.topo()) {
            if (!t.parents().isEmpty()) {
                BE.fill(t.value(), Double.NaN);
            }
            t.zeroGrad();
        }
    }

    private static void stepForward(Tensor root) {
        for (Tensor t : root.topo()) {
            t.recompute();
        }
    }

    private static void stepBackward(Tensor root) {
        root.seedBackward();
        Tensor[] order = root.topo();
        for (int i = order.length - 1; i >= 0; i--) {
            order[i].propagate();
        }
    }

    @Test
    void chain_rule_example_one_node_at_a_time() {
        Tensor x = param(-2, "x");
        Tensor y = param(5, "y");
        Tensor z = param(-4, "z");
        Tensor q = x.add(y);
        Tensor f = q.mul(z);
        forget(f);
        assertThat(f.item()).isNaN();

        stepForward(f);
        assertThat(q.item()).isEqualTo(3.0);
        assertThat(f.item()).isEqualTo(-12.0);

        f.seedBackward();
        assertThat(f.grad()[0]).isEqualTo(1.0);
        assertThat(q.grad()[0]).as("nothing has flowed yet").isEqualTo(0.0);
        f.propagate();
        assertThat(q.grad()[0]).isEqualTo(-4.0);
        assertThat(z.grad()[0]).isEqualTo(3.0);
        assertThat(x.grad()[0]).as("q has not propagated yet").isEqualTo(0.0);
        q.propagate();
        assertThat(x.grad()[0]).isEqualTo(-4.0);
        assertThat(y.grad()[0]).isEqualTo(-4.0);
        x.propagate();
        assertThat(y.grad()[0]).as("a leaf propagates nothing").isEqualTo(-4.0);
    }

    @Test
    void stepping_equals_the_full_passes_on_a_small_sigmoid_net() {
        Random rnd = new Random(4);
        for (int trial = 0; trial < 5; trial++) {
            double[] v = rnd.doubles(9, -2, 2).toArray();
            Tensor[] stepped = net(v);
            Tensor[] whole = net(v);
            Tensor root = stepped[stepped.length - 1];
            forget(root);
            stepForward(root);
            stepBackward(root);
            Tensor wholeRoot = whole[whole.length - 1];
            wholeRoot.forward();
            wholeRoot.backward();
            for (int i = 0; i < stepped.length; i++) {
                assertThat(stepped[i].item()).as("value of " + stepped[i].label()).isEqualTo(whole[i].item());
                assertThat(stepped[i].grad()[0]).as("gradient of " + stepped[i].label()).isEqualTo(whole[i].grad()[0]);
            }
            assertThat(wholeRoot.grad()[0]).isEqualTo(1.0);
        }
    }

    @Test
    void backward_is_still_seed_then_propagate_and_parameters_still_accumulate() {
        Tensor w = param(1.5, "w");
        Tensor f = w.mul(w).sigmoid();
        f.backward();
        double once = w.grad()[0];
        stepBackward(f);
        assertThat(w.grad()[0]).isEqualTo(2 * once);
        assertThat(once).isNotZero();
    }

    /** x1, x2, w1..w6, y → E = (y − σ(x1w1 + x2w3)·w5 − σ(x1w2 + x2w4)·w6)², every node returned, E last. */
    private static Tensor[] net(double[] v) {
        Tensor x1 = param(v[0], "x1");
        Tensor x2 = param(v[1], "x2");
        Tensor[] w = new Tensor[6];
        for (int i = 0; i < 6; i++) {
            w[i] = param(v[2 + i], "w" + (i + 1));
        }
        Tensor y = param(v[8], "y");
        Tensor h1 = x1.mul(w[0]).add(x2.mul(w[2])).sigmoid();
        Tensor h2 = x1.mul(w[1]).add(x2.mul(w[3])).sigmoid();
        Tensor e = y.sub(h1.mul(w[4]).add(h2.mul(w[5]))).square();
        return e.topo();
    }

    private static Tensor random(int rows, int cols, boolean grad, Random r, String name) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = r.nextGaussian();
        return Tensor.of(BE, rows, cols, v, grad).label(name);
    }

    /**
     * backward() lets an op write a gradient that only it feeds (a dense layer's input, an activation's input)
     * instead of zeroing it first and adding: every gradient is still, bit for bit, what the one-node-at-a-time
     * sweep gives (which zeroes every gradient and adds), even over gradients left as NaN, and a node used twice
     * still gets the sum of both uses.
     */
    @Test
    void gradients_written_by_their_one_consumer_are_those_added_to_zeros() {
        Random r = new Random(17);
        Tensor x = random(40, 6, false, r, "x");
        Tensor w1 = random(6, 24, true, r, "W1");
        Tensor b1 = random(1, 24, true, r, "b1");
        Tensor w2 = random(24, 24, true, r, "W2");
        Tensor b2 = random(1, 24, true, r, "b2");
        Tensor w3 = random(24, 1, true, r, "W3");
        Tensor b3 = random(1, 1, true, r, "b3");
        Tensor h1 = x.linear(w1, b1).map(UnaryFn.RELU, 0);
        Tensor z2 = h1.linear(w2, b2);
        Tensor h2 = z2.map(UnaryFn.TANH, 0);
        Tensor twice = h2.add(h2); // one node used twice by one op: its gradient must add up
        Tensor out = twice.matmul(w3).add(b3).map(UnaryFn.SIGMOID, 0).sum();
        Tensor[] order = out.topo();
        double[] newX = new double[40 * 6];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < newX.length; i++) newX[i] = r.nextGaussian();
            x.set(newX);
            out.forward();
            // the reference: every gradient zeroed, then added to, node by node
            for (Tensor t : order) t.zeroGrad();
            stepBackward(out);
            double[][] expected = new double[order.length][];
            for (int i = 0; i < order.length; i++) expected[i] = order[i].grad();
            // the same sweep at once, over NaN left in every intermediate gradient and the parameters' zeroed
            for (Tensor t : order) {
                if (t.parents().isEmpty()) t.zeroGrad();
                else if (t.requiresGrad()) BE.fill(t.gradBuf(), Double.NaN);
            }
            out.backward();
            for (int i = 0; i < order.length; i++) {
                assertThat(order[i].grad()).as("round %d, %s", round, order[i].label()).isEqualTo(expected[i]);
            }
        }
        assertThat(h1.gradWritten()).as("h1 feeds one linear").isTrue();
        assertThat(z2.gradWritten()).as("z2 feeds one tanh").isTrue();
        assertThat(h2.gradWritten()).as("h2 is used twice").isFalse();
        assertThat(out.gradWritten()).as("the root is seeded").isFalse();
    }
}
