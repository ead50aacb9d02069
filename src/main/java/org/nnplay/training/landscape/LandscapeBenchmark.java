package org.nnplay.training.landscape;

import java.util.Arrays;
import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.data.Generators;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.train.Matrix;

/**
 * Times a 41 × 41 landscape for configuration (b): circle data, 250 training points, inputs x1, x2, x1², x2²,
 * x1·x2, sin x1, sin x2, six hidden tanh layers of 8, half_squared loss. Prints the median of several runs with
 * 1 and with 2 worker threads. Usage: {@code LandscapeBenchmark [runs] [resolution]}.
 */
public final class LandscapeBenchmark {
    private LandscapeBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 41;
        LossSetup loss = configB(250);
        LandscapeRequest request = LandscapeRequest.aroundCurrent(loss, 1, false, 1.0, n);
        System.out.printf("config (b): %d parameters, %d training points, %d × %d grid, %d cores%n",
                loss.layout().size(), loss.data().rows(), n, n, Runtime.getRuntime().availableProcessors());
        for (int threads : new int[] {1, 2}) {
            try (LandscapeComputer computer = new LandscapeComputer(threads)) {
                double[] ms = new double[runs];
                for (int w = 0; w < 3; w++) {
                    computer.compute(request);
                }
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    computer.compute(request);
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("%d thread(s): median %.1f ms, best %.1f ms, worst %.1f ms over %d runs%n",
                        threads, ms[runs / 2], ms[0], ms[runs - 1], runs);
            }
        }
    }

    /** Configuration (b) with freshly initialised weights (seed 1): the timing does not depend on the values. */
    static LossSetup configB(int points) {
        List<Sample> samples = Generators.circle(points, 0, 1);
        Feature[] fs = {Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.X1X2, Feature.SINX1, Feature.SINX2};
        double[] x = new double[points * fs.length];
        double[] y = new double[points];
        for (int r = 0; r < points; r++) {
            Sample s = samples.get(r);
            for (int c = 0; c < fs.length; c++) {
                x[r * fs.length + c] = fs[c].apply(s.x1(), s.x2());
            }
            y[r] = s.y();
        }
        NetworkSpec spec = NetworkSpec.simple(fs.length, List.of(8, 8, 8, 8, 8, 8), ActivationKind.TANH, 1,
                LossKind.HALF_SQUARED, false);
        Network net = Network.create(spec, JvmBackend.INSTANCE, 1);
        return LossSetup.of(net, new Matrix(x, y, points, fs.length), Regularization.NONE, false);
    }
}
