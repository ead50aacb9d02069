package org.nnplay.engine.train;

import java.util.List;
import java.util.Random;
import org.nnplay.data.DataSet;
import org.nnplay.data.Generators;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;

/** Small data sets, networks and configurations shared by the training tests. */
final class Fixtures {
    private Fixtures() {}

    static Matrix matrix(List<Sample> samples) {
        double[] x = new double[samples.size() * 2];
        double[] y = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            x[2 * i] = samples.get(i).x1();
            x[2 * i + 1] = samples.get(i).x2();
            y[i] = samples.get(i).y();
        }
        return new Matrix(x, y, samples.size(), 2);
    }

    /** TensorFlow Playground's circle: 500 points, no noise, split 50 % train / 50 % test. */
    static DataSet circle(long seed) {
        return Generators.split("circle", Generators.circle(500, 0, seed), 50, seed, ProblemType.CLASSIFICATION, 2, 6,
                "x1", "x2");
    }

    /** y = x1 − 2·x2 + 0.5 on points uniform in [−1, 1]². */
    static Matrix regression(int n, long seed) {
        Random rng = new Random(seed);
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[2 * i] = 2 * rng.nextDouble() - 1;
            x[2 * i + 1] = 2 * rng.nextDouble() - 1;
            y[i] = x[2 * i] - 2 * x[2 * i + 1] + 0.5;
        }
        return new Matrix(x, y, n, 2);
    }

    static NetworkSpec tanhNet(LossKind loss, boolean regression, int... hidden) {
        return NetworkSpec.simple(2, java.util.Arrays.stream(hidden).boxed().toList(), ActivationKind.TANH, 1, loss,
                regression);
    }

    static TrainConfig sgd(int batch, double lr) {
        return new TrainConfig(batch, lr, OptimizerSpec.of(OptimizerKind.SGD), ScheduleSpec.CONSTANT, Regularization.NONE, 0);
    }

    static double[] flat(Network net) {
        return net.weights().flatten();
    }

    /** Squared norm of the weight matrices only (what L1/L2 penalise). */
    static double weightMatrixNorm2(Weights w) {
        double s = 0;
        for (Weights.Layer l : w.layers()) {
            for (double v : l.w()) s += v * v;
        }
        return s;
    }

    /**
     * The full-batch gradient of the data loss at the network's current weights, flattened like
     * {@link Network#parameters()}, computed on a copy so the network itself is untouched.
     */
    static double[] fullBatchGradient(Network net, Matrix data) {
        Network copy = Network.of(net.spec(), net.backend(), net.weights());
        int outs = net.spec().outputs();
        double[] t = new double[data.rows() * outs];
        for (int r = 0; r < data.rows(); r++) {
            net.spec().head().encode(data.labels()[r], t, r * outs, outs);
        }
        ModelGraph g = new ModelGraph(copy, data.rows(), true, Regularization.NONE, 0);
        g.setBatch(data.x(), t);
        g.forwardBackward();
        List<Tensor> ps = copy.parameters();
        int n = 0;
        for (Tensor p : ps) n += p.rows() * p.cols();
        double[] out = new double[n];
        int k = 0;
        for (Tensor p : ps) {
            double[] gp = p.grad();
            System.arraycopy(gp, 0, out, k, gp.length);
            k += gp.length;
        }
        return out;
    }

    /** Parameters flattened in {@link Network#parameters()} order (W1, b1, W2, b2, …). */
    static double[] params(Network net) {
        List<Tensor> ps = net.parameters();
        int n = 0;
        for (Tensor p : ps) n += p.rows() * p.cols();
        double[] out = new double[n];
        int k = 0;
        for (Tensor p : ps) {
            double[] d = p.data();
            System.arraycopy(d, 0, out, k, d.length);
            k += d.length;
        }
        return out;
    }

    static boolean allFinite(double[] v) {
        for (double x : v) if (!Double.isFinite(x)) return false;
        return true;
    }
}
