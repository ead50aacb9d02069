package org.nnplay.bench;

import java.util.List;
import java.util.Random;
import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.train.Flops;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.Workload;

/**
 * The large forward-only workloads {@code auto} must also get right, on config c's network (7 inputs, 64-64-64
 * ReLU): a decision grid of {@value #GRID}² points keeping every neuron's output, as the window's boundary and
 * thumbnails take it, and a {@value #LANDSCAPE}² loss landscape over {@value #LANDSCAPE_POINTS} training points
 * (weights c + α·d₁ + β·d₂ written in, the data loss read out, at every point).
 */
record ForwardWork(String id, String unit, String description) {
    static final int GRID = 256;
    static final int LANDSCAPE = 41;
    static final int LANDSCAPE_POINTS = 500;

    static List<ForwardWork> all() {
        return List.of(
                new ForwardWork("grid", "grid", "config c's network over a " + GRID + "×" + GRID
                        + " decision grid, every neuron kept"),
                new ForwardWork("landscape", "landscape", "a " + LANDSCAPE + "×" + LANDSCAPE
                        + " loss landscape of config c's network over " + LANDSCAPE_POINTS + " of its points"));
    }

    private static BenchConfig base() { return BenchConfig.all().get(2); }

    NetworkSpec spec() { return base().network(); }

    /** The forward pass that {@code auto} measures for this work. */
    Workload workload() {
        return Workload.forward(spec(), id.equals("grid") ? GRID * GRID : LANDSCAPE_POINTS);
    }

    /** Floating-point operations of one unit (one grid, one landscape), as {@link Flops} counts them. */
    double flopsPerUnit() {
        if (id.equals("grid")) {
            return Flops.forward(spec(), GRID * GRID);
        }
        int params = 0;
        int[] w = spec().widths();
        for (int l = 0; l + 1 < w.length; l++) params += w[l] * w[l + 1] + w[l + 1];
        double perPoint = Flops.forward(spec(), LANDSCAPE_POINTS) + 3.0 * LANDSCAPE_POINTS + 4.0 * params;
        return LANDSCAPE * LANDSCAPE * perPoint;
    }

    /** One unit of this work on {@code be}. */
    Runnable unit(DataSet ds, Backend be) {
        BenchConfig c = base();
        Network net = Network.create(spec(), be, 42);
        if (id.equals("grid")) {
            GridEvaluator grid = new GridEvaluator(net, c.gridInputs(ds, GRID), GRID);
            return () -> grid.evaluate(true);
        }
        Matrix all = c.trainMatrix(ds);
        int cols = all.cols();
        double[] x = java.util.Arrays.copyOf(all.x(), LANDSCAPE_POINTS * cols);
        double[] y = new double[LANDSCAPE_POINTS];
        for (int r = 0; r < LANDSCAPE_POINTS; r++) {
            y[r] = all.labels()[r] == 1 ? 1 : 0;
        }
        ModelGraph g = new ModelGraph(net, LANDSCAPE_POINTS, false, null, 0);
        g.setBatch(x, y);
        List<Tensor> params = net.parameters();
        Random r = new Random(7);
        double[][] centre = new double[params.size()][];
        double[][] d1 = new double[params.size()][];
        double[][] d2 = new double[params.size()][];
        double[][] buf = new double[params.size()][];
        for (int i = 0; i < params.size(); i++) {
            centre[i] = params.get(i).data();
            int n = centre[i].length;
            d1[i] = new double[n];
            d2[i] = new double[n];
            buf[i] = new double[n];
            for (int k = 0; k < n; k++) {
                d1[i][k] = r.nextGaussian() * 0.1;
                d2[i][k] = r.nextGaussian() * 0.1;
            }
        }
        return () -> {
            for (int a = 0; a < LANDSCAPE; a++) {
                double alpha = -1 + 2.0 * a / (LANDSCAPE - 1);
                for (int b = 0; b < LANDSCAPE; b++) {
                    double beta = -1 + 2.0 * b / (LANDSCAPE - 1);
                    for (int i = 0; i < params.size(); i++) {
                        double[] p = buf[i];
                        for (int k = 0; k < p.length; k++) {
                            p[k] = centre[i][k] + alpha * d1[i][k] + beta * d2[i][k];
                        }
                        params.get(i).set(p);
                    }
                    g.forward();
                    g.dataLoss().item();
                }
            }
        };
    }
}
