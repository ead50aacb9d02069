package org.nnplay.engine.train;

import java.util.TreeSet;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.NetworkSpec;

/**
 * What a backend is chosen for: training steps on batches of {@code rows}, or forward passes over {@code rows}
 * points (a decision grid, a loss landscape) keeping every neuron's output. Its {@link #shapeClass()} is what a
 * measured choice is remembered under.
 */
public record Workload(Kind kind, NetworkSpec spec, TrainConfig config, int rows) {
    public enum Kind { TRAIN, FORWARD }

    public Workload {
        if (rows < 1) {
            throw new IllegalArgumentException("a workload needs at least one row, got " + rows);
        }
        if (kind == Kind.TRAIN && config == null) {
            throw new IllegalArgumentException("a training workload needs its training settings");
        }
    }

    /** Training steps as the {@link Trainer} takes them: batches of the config's size, or all rows if fewer. */
    public static Workload training(NetworkSpec spec, TrainConfig config, int trainRows) {
        return new Workload(Kind.TRAIN, spec, config, Math.max(1, Math.min(config.batchSize(), trainRows)));
    }

    public static Workload forward(NetworkSpec spec, int rows) {
        return new Workload(Kind.FORWARD, spec, null, rows);
    }

    /**
     * The key a measured choice is kept under: the layer widths, the activations, the loss, and for training the
     * optimizer, dropout, batch norm and the exact batch; for forward passes the rows rounded up to a power of two
     * (a 100 × 100 grid and a 120 × 120 one are one class). Example: "train 7-64-64-64-1 relu bce adam rows 256".
     */
    public String shapeClass() {
        StringBuilder sb = new StringBuilder(kind == Kind.TRAIN ? "train " : "forward ");
        int[] w = spec.widths();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : "-").append(w[i]);
        }
        TreeSet<String> acts = new TreeSet<>();
        for (ActivationKind a : spec.activations()) {
            acts.add(a.key());
        }
        sb.append(' ').append(acts.isEmpty() ? "none" : String.join("+", acts)).append(' ').append(spec.loss().key());
        if (kind == Kind.TRAIN) {
            sb.append(' ').append(config.optimizer().kind().key());
            if (spec.dropout() > 0) sb.append(" dropout");
            if (spec.batchNorm()) sb.append(" batchnorm");
            sb.append(" rows ").append(rows);
        } else {
            sb.append(" rows ≤").append(rows <= 1 ? 1 : Integer.highestOneBit(rows - 1) << 1);
        }
        return sb.toString();
    }

    /** Floating-point operations of one unit: a training step, or a forward pass. */
    public double flopsPerUnit() {
        return kind == Kind.TRAIN ? Flops.trainingStep(spec, config.optimizer().kind(), rows) : Flops.forward(spec, rows);
    }
}
