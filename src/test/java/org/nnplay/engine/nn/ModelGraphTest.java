package org.nnplay.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;

/** Dropout and batch normalisation in training and evaluation mode. */
class ModelGraphTest {
    private static final Backend BE = JvmBackend.INSTANCE;
    private static final int ROWS = 6;
    private static final double[] X = {1, 2, -1, 0.5, 0.3, -2, 2, 2, -1.5, -0.5, 0, 1};
    private static final double[] Y = {1, 0, -1, 2, 0.5, 0};

    private static NetworkSpec spec(double dropout, boolean bn) {
        return NetworkSpec.simple(2, java.util.List.of(5, 3), ActivationKind.TANH, 1, LossKind.MSE, true)
                .withRegularisation(dropout, bn);
    }

    private static double[] outputs(ModelGraph g) {
        g.forward();
        return g.output().data();
    }

    @Test
    void dropout_changes_training_outputs_between_calls_and_not_evaluation_outputs() {
        Network net = Network.create(spec(0.5, false), BE, 3);
        ModelGraph train = new ModelGraph(net, ROWS, true, Regularization.NONE, 17);
        train.setBatch(X, Y);
        double[] a = outputs(train);
        double[] b = outputs(train);
        assertThat(Arrays.equals(a, b)).as("new masks at each training forward").isFalse();

        ModelGraph eval = new ModelGraph(net, ROWS, false, Regularization.NONE, 0);
        eval.setBatch(X, Y);
        double[] e1 = outputs(eval);
        double[] e2 = outputs(eval);
        assertThat(e1).containsExactly(e2);
        // evaluation is the plain network: same weights without dropout give the same outputs
        Network plain = Network.of(spec(0, false), BE, net.weights());
        ModelGraph ref = new ModelGraph(plain, ROWS, false, Regularization.NONE, 0);
        ref.setBatch(X, Y);
        assertThat(e1).containsExactly(outputs(ref));
    }

    @Test
    void inverted_dropout_zeroes_or_rescales_each_activation() {
        // keep = 0.5: a kept activation is scaled by 1/keep = 2, a dropped one is 0
        Network net = Network.create(spec(0.5, false), BE, 4);
        ModelGraph train = new ModelGraph(net, ROWS, true, Regularization.NONE, 5);
        ModelGraph eval = new ModelGraph(net, ROWS, false, Regularization.NONE, 0);
        train.setBatch(X, Y);
        eval.setBatch(X, Y);
        eval.forward();
        train.forward();
        double[] h = eval.activations().get(0).data();
        double[] hd = train.activations().get(0).data();
        int dropped = 0;
        for (int i = 0; i < h.length; i++) {
            if (hd[i] == 0) {
                dropped++;
            } else {
                assertThat(hd[i]).isCloseTo(2 * h[i], within(1e-12));
            }
        }
        assertThat(dropped).isBetween(1, h.length - 1);
        // the second layer sees the dropped first layer: its pre-activations differ from evaluation's
        assertThat(train.preActivations().get(1).data()).isNotEqualTo(eval.preActivations().get(1).data());
    }

    @Test
    void dropout_masks_are_seeded() {
        Network net = Network.create(spec(0.3, false), BE, 4);
        ModelGraph g1 = new ModelGraph(net, ROWS, true, Regularization.NONE, 99);
        ModelGraph g2 = new ModelGraph(net, ROWS, true, Regularization.NONE, 99);
        g1.setBatch(X, Y);
        g2.setBatch(X, Y);
        for (int k = 0; k < 3; k++) {
            assertThat(outputs(g1)).containsExactly(outputs(g2));
        }
    }

    /** z = X·W1 + b1 for the first layer, by hand. */
    private static double[][] firstLayer(Weights.Layer l) {
        double[][] z = new double[ROWS][l.out()];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < l.out(); j++) {
                double s = l.b()[j];
                for (int i = 0; i < l.in(); i++) s += X[r * l.in() + i] * l.weight(i, j);
                z[r][j] = s;
            }
        }
        return z;
    }

    @Test
    void batch_norm_running_statistics_move_toward_the_batch_statistics() {
        Network net = Network.create(spec(0, true), BE, 8);
        Weights.Layer l0 = net.weights().layers().get(0);
        assertThat(l0.runMean()).containsOnly(0.0);
        assertThat(l0.runVar()).containsOnly(1.0);
        assertThat(l0.gamma()).containsOnly(1.0);
        assertThat(net.weights().layers().get(2).gamma()).as("no batch norm on the output layer").isNull();

        double[][] z = firstLayer(l0);
        int width = l0.out();
        double[] mu = new double[width];
        double[] var = new double[width];
        for (int j = 0; j < width; j++) {
            for (int r = 0; r < ROWS; r++) mu[j] += z[r][j] / ROWS;
            for (int r = 0; r < ROWS; r++) var[j] += (z[r][j] - mu[j]) * (z[r][j] - mu[j]) / ROWS;
        }
        ModelGraph train = new ModelGraph(net, ROWS, true, Regularization.NONE, 0);
        train.setBatch(X, Y);
        // three passes, no weight update: running = 0.9³·start + (1 − 0.9³)·batch
        for (int k = 0; k < 3; k++) train.forwardBackward();
        double m3 = Math.pow(0.9, 3);
        Weights.Layer after = net.weights().layers().get(0);
        for (int j = 0; j < width; j++) {
            assertThat(after.runMean()[j]).isCloseTo((1 - m3) * mu[j], within(1e-12));
            assertThat(after.runVar()[j]).isCloseTo(m3 + (1 - m3) * var[j], within(1e-12));
        }
        // training mode normalises with the batch statistics: columns have mean β = 0 and variance ≈ γ² = 1
        double[] zn = train.preActivations().get(0).data();
        for (int j = 0; j < width; j++) {
            double m = 0, v = 0;
            for (int r = 0; r < ROWS; r++) m += zn[r * width + j] / ROWS;
            for (int r = 0; r < ROWS; r++) v += (zn[r * width + j] - m) * (zn[r * width + j] - m) / ROWS;
            assertThat(m).isCloseTo(0, within(1e-12));
            assertThat(v).isCloseTo(var[j] / (var[j] + 1e-5), within(1e-12));
        }
        // after many passes the running statistics reach the batch's
        for (int k = 0; k < 400; k++) train.forwardBackward();
        Weights.Layer late = net.weights().layers().get(0);
        for (int j = 0; j < width; j++) {
            assertThat(late.runMean()[j]).isCloseTo(mu[j], within(1e-9));
            assertThat(late.runVar()[j]).isCloseTo(var[j], within(1e-9));
        }
    }

    @Test
    void batch_norm_evaluation_uses_the_running_statistics() {
        Network net = Network.create(spec(0, true), BE, 8);
        ModelGraph train = new ModelGraph(net, ROWS, true, Regularization.NONE, 0);
        train.setBatch(X, Y);
        for (int k = 0; k < 5; k++) train.forwardBackward();
        Weights w = net.weights();
        Weights.Layer l0 = w.layers().get(0);
        double[][] z = firstLayer(l0);

        ModelGraph eval = new ModelGraph(net, ROWS, false, Regularization.NONE, 0);
        eval.setBatch(X, Y);
        eval.forward();
        double[] zn = eval.preActivations().get(0).data();
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < l0.out(); j++) {
                double expected = (z[r][j] - l0.runMean()[j]) / Math.sqrt(l0.runVar()[j] + 1e-5) * l0.gamma()[j]
                        + l0.beta()[j];
                assertThat(zn[r * l0.out() + j]).isCloseTo(expected, within(1e-12));
            }
        }
        // a row's output does not depend on the other rows of the batch in evaluation mode
        double[] all = eval.output().data();
        ModelGraph one = new ModelGraph(net, 1, false, Regularization.NONE, 0);
        one.setBatch(Arrays.copyOfRange(X, 4, 6), new double[] {Y[2]});
        one.forward();
        assertThat(one.output().item()).isCloseTo(all[2], within(1e-12));
        // running statistics are not touched by evaluation
        assertThat(net.weights().layers().get(0).runMean()).containsExactly(l0.runMean());
    }
}
