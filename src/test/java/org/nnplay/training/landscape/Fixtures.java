package org.nnplay.training.landscape;

import java.util.List;
import java.util.Random;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.train.Matrix;

/** Small models and data sets whose losses the tests can compute by hand. */
final class Fixtures {
    static final int INPUTS = 3;

    private Fixtures() {}

    /** A linear model (no hidden layer, linear output, mse): its loss is a quadratic bowl in the weights. */
    static Network linear(long seed) {
        NetworkSpec spec = new NetworkSpec(INPUTS, new int[0], new ActivationKind[0], 0.01, 1, LossKind.MSE, true,
                InitKind.UNIFORM, 0.5, 0.1, 0, false);
        return Network.create(spec, JvmBackend.INSTANCE, seed);
    }

    /** Regression data y = 1.5·x1 − 2·x2 + 0.5·x3 + 0.3 + small noise. */
    static Matrix regression(int rows, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[rows * INPUTS];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < INPUTS; k++) {
                x[r * INPUTS + k] = rng.nextGaussian();
            }
            y[r] = 1.5 * x[r * INPUTS] - 2 * x[r * INPUTS + 1] + 0.5 * x[r * INPUTS + 2] + 0.3 + 0.1 * rng.nextGaussian();
        }
        return new Matrix(x, y, rows, INPUTS);
    }

    /** Two-feature classification data with {@code classes} classes (labels 0..classes−1). */
    static Matrix classes(int rows, int classes, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[rows * 2];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            int c = r % classes;
            double angle = 2 * Math.PI * c / classes;
            x[2 * r] = 2 * Math.cos(angle) + rng.nextGaussian();
            x[2 * r + 1] = 2 * Math.sin(angle) + rng.nextGaussian();
            y[r] = c;
        }
        return new Matrix(x, y, rows, 2);
    }

    static Network deep(int inputs, List<Integer> hidden, ActivationKind act, int outputs, LossKind loss,
                        boolean regression, long seed) {
        NetworkSpec spec = NetworkSpec.simple(inputs, hidden, act, outputs, loss, regression);
        return Network.create(spec, JvmBackend.INSTANCE, seed);
    }

    /** mse of the linear model with flat weights w = (W1..Wk, b) on {@code m}, computed by hand. */
    static double linearMse(double[] w, Matrix m) {
        double s = 0;
        for (int r = 0; r < m.rows(); r++) {
            double pred = w[INPUTS];
            for (int k = 0; k < INPUTS; k++) {
                pred += m.x()[r * INPUTS + k] * w[k];
            }
            double e = pred - m.labels()[r];
            s += e * e;
        }
        return s / m.rows();
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
