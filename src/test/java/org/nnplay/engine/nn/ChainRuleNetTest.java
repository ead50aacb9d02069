package org.nnplay.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Trainer;

/**
 * Curriculum scene 9, the 2-2-1 sigmoid net of seed 004 (no biases):
 * z1 = x1w1 + x2w3, z2 = x1w2 + x2w4, h = σ(z), ŷ = h1w5 + h2w6, E = (y − ŷ)².
 * The lecture gives no numbers, so these are ours; every expected value is the chain rule written out.
 */
class ChainRuleNetTest {
    private static final Backend BE = JvmBackend.INSTANCE;
    private static final double TOL = 1e-12;

    static final double X1 = 1.0, X2 = -2.0, Y = 1.0;
    static final double W1 = 0.5, W2 = -0.3, W3 = 0.8, W4 = 0.2, W5 = 1.5, W6 = -1.0;

    /** Forward values and ∂E/∂w1..w6 (index 1..6), derived by hand. */
    static final class Hand {
        final double z1 = X1 * W1 + X2 * W3;              // 0.5 − 1.6 = −1.1
        final double z2 = X1 * W2 + X2 * W4;              // −0.3 − 0.4 = −0.7
        final double h1 = 1 / (1 + Math.exp(-z1));
        final double h2 = 1 / (1 + Math.exp(-z2));
        final double yHat = h1 * W5 + h2 * W6;
        final double e = (Y - yHat) * (Y - yHat);
        final double dYHat = -2 * (Y - yHat);             // ∂E/∂ŷ
        final double dH1 = dYHat * W5;                    // ∂E/∂h1 = ∂E/∂ŷ · w5
        final double dH2 = dYHat * W6;
        final double dZ1 = dH1 * h1 * (1 - h1);           // σ′ = σ(1 − σ)
        final double dZ2 = dH2 * h2 * (1 - h2);
        final double[] dW = {Double.NaN,
                dZ1 * X1,      // w1: x1 → z1
                dZ2 * X1,      // w2: x1 → z2
                dZ1 * X2,      // w3: x2 → z1
                dZ2 * X2,      // w4: x2 → z2
                dYHat * h1,    // w5: h1 → ŷ
                dYHat * h2};   // w6: h2 → ŷ
    }

    private static Tensor p(double v, String name) {
        return Tensor.of(BE, 1, 1, new double[] {v}, true).label(name);
    }

    @Test
    void hand_numbers_are_what_we_think() {
        Hand h = new Hand();
        assertThat(h.z1).isCloseTo(-1.1, within(TOL));
        assertThat(h.z2).isCloseTo(-0.7, within(TOL));
        // σ(−1.1) ≈ 0.24974, σ(−0.7) ≈ 0.33181; ŷ ≈ 1.5·0.24974 − 0.33181 ≈ 0.04280
        assertThat(h.h1).isCloseTo(0.24974, within(1e-5));
        assertThat(h.h2).isCloseTo(0.33181, within(1e-5));
        assertThat(h.yHat).isCloseTo(0.04280, within(1e-5));
    }

    @Test
    void scalar_graph_forward_and_every_gradient() {
        Tensor x1 = Tensor.scalar(BE, X1), x2 = Tensor.scalar(BE, X2), y = Tensor.scalar(BE, Y);
        Tensor w1 = p(W1, "w1"), w2 = p(W2, "w2"), w3 = p(W3, "w3"), w4 = p(W4, "w4"), w5 = p(W5, "w5"), w6 = p(W6, "w6");
        Tensor z1 = x1.mul(w1).add(x2.mul(w3));
        Tensor z2 = x1.mul(w2).add(x2.mul(w4));
        Tensor h1 = z1.sigmoid();
        Tensor h2 = z2.sigmoid();
        Tensor yHat = h1.mul(w5).add(h2.mul(w6));
        Tensor e = y.sub(yHat).square();
        Hand h = new Hand();
        assertThat(z1.item()).isCloseTo(h.z1, within(TOL));
        assertThat(z2.item()).isCloseTo(h.z2, within(TOL));
        assertThat(h1.item()).isCloseTo(h.h1, within(TOL));
        assertThat(h2.item()).isCloseTo(h.h2, within(TOL));
        assertThat(yHat.item()).isCloseTo(h.yHat, within(TOL));
        assertThat(e.item()).isCloseTo(h.e, within(TOL));

        e.backward();
        assertThat(yHat.grad()[0]).isCloseTo(h.dYHat, within(TOL));
        assertThat(h1.grad()[0]).isCloseTo(h.dH1, within(TOL));
        assertThat(h2.grad()[0]).isCloseTo(h.dH2, within(TOL));
        assertThat(z1.grad()[0]).isCloseTo(h.dZ1, within(TOL));
        assertThat(z2.grad()[0]).isCloseTo(h.dZ2, within(TOL));
        Tensor[] ws = {null, w1, w2, w3, w4, w5, w6};
        for (int i = 1; i <= 6; i++) {
            assertThat(ws[i].grad()[0]).as("∂E/∂w" + i).isCloseTo(h.dW[i], within(TOL));
        }
    }

    @Test
    void matrix_graph_gives_the_same_numbers() {
        // X (1×2) · W (2×2) with W = [[w1, w2], [w3, w4]] gives [z1, z2]; then h · [[w5], [w6]] = ŷ
        Tensor x = Tensor.constant(BE, 1, 2, "x").set(new double[] {X1, X2});
        Tensor w = Tensor.parameter(BE, 2, 2, "W").set(new double[] {W1, W2, W3, W4});
        Tensor v = Tensor.parameter(BE, 2, 1, "V").set(new double[] {W5, W6});
        Tensor y = Tensor.scalar(BE, Y);
        Tensor z = x.matmul(w);
        Tensor yHat = z.sigmoid().matmul(v);
        Tensor e = yHat.sub(y).square().sum();
        Hand h = new Hand();
        assertThat(z.data()).containsExactly(new double[] {h.z1, h.z2}, within(TOL));
        assertThat(e.item()).isCloseTo(h.e, within(TOL));
        e.backward();
        assertThat(w.grad()).containsExactly(new double[] {h.dW[1], h.dW[2], h.dW[3], h.dW[4]}, within(TOL));
        assertThat(v.grad()).containsExactly(new double[] {h.dW[5], h.dW[6]}, within(TOL));
    }

    private static Network sceneNet() {
        // regression + mse: linear output and (o − y)² averaged over one row = E; biases zero
        NetworkSpec spec = new NetworkSpec(2, new int[] {2}, new ActivationKind[] {ActivationKind.SIGMOID}, 0.01, 1,
                LossKind.MSE, true, InitKind.ZEROS, 0, 0, 0, false);
        Network net = Network.create(spec, BE, 1);
        net.setWeight(0, 0, 0, W1);   // x1 → h1
        net.setWeight(0, 0, 1, W2);   // x1 → h2
        net.setWeight(0, 1, 0, W3);   // x2 → h1
        net.setWeight(0, 1, 1, W4);   // x2 → h2
        net.setWeight(1, 0, 0, W5);   // h1 → ŷ
        net.setWeight(1, 1, 0, W6);   // h2 → ŷ
        return net;
    }

    @Test
    void network_and_model_graph_show_the_same_values_and_gradients() {
        Network net = sceneNet();
        ModelGraph g = new ModelGraph(net, 1, true, Regularization.NONE, 0);
        g.setBatch(new double[] {X1, X2}, new double[] {Y});
        double loss = g.forwardBackward();
        Hand h = new Hand();
        assertThat(loss).isCloseTo(h.e, within(TOL));
        assertThat(g.preActivations().get(0).data()).containsExactly(new double[] {h.z1, h.z2}, within(TOL));
        assertThat(g.activations().get(0).data()).containsExactly(new double[] {h.h1, h.h2}, within(TOL));
        assertThat(g.output().item()).isCloseTo(h.yHat, within(TOL));
        List<Tensor> ps = net.parameters();   // W1, b1, W2, b2
        assertThat(ps.get(0).grad()).containsExactly(new double[] {h.dW[1], h.dW[2], h.dW[3], h.dW[4]}, within(TOL));
        assertThat(ps.get(2).grad()).containsExactly(new double[] {h.dW[5], h.dW[6]}, within(TOL));
        // biases: ∂E/∂b1 = ∂E/∂z, ∂E/∂b2 = ∂E/∂ŷ
        assertThat(ps.get(1).grad()).containsExactly(new double[] {h.dZ1, h.dZ2}, within(TOL));
        assertThat(ps.get(3).grad()).containsExactly(new double[] {h.dYHat}, within(TOL));
    }

    @Test
    void one_gradient_descent_step_is_w_minus_eta_grad() {
        // w(t+1) = w(t) − η ∂E/∂w(t), as on the slide
        double eta = 0.1;
        Network net = sceneNet();
        TrainConfig cfg = new TrainConfig(1, eta, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT,
                Regularization.NONE, 0);
        Trainer t = new Trainer(net, new Matrix(new double[] {X1, X2}, new double[] {Y}, 1, 2), cfg, 3);
        assertThat(t.step()).isTrue();
        Hand h = new Hand();
        Weights after = net.weights();
        double[] w1 = after.layers().get(0).w();
        assertThat(w1).containsExactly(new double[] {W1 - eta * h.dW[1], W2 - eta * h.dW[2], W3 - eta * h.dW[3],
                W4 - eta * h.dW[4]}, within(TOL));
        assertThat(after.layers().get(1).w()).containsExactly(new double[] {W5 - eta * h.dW[5], W6 - eta * h.dW[6]},
                within(TOL));
        assertThat(after.layers().get(1).b()).containsExactly(new double[] {-eta * h.dYHat}, within(TOL));
        assertThat(net.parameters().get(0).grad()).as("gradients are cleared after the update").containsOnly(0.0);
    }
}
