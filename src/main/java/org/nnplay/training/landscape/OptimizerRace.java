package org.nnplay.training.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.nnplay.engine.optim.Optimizer;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;

/**
 * Optimizers racing inside a 2-D slice: the parameters are the slice coordinates (α, β), the loss is
 * L(α, β) = L(center + α·d1 + β·d2) on the full training set, and its gradient is the full gradient projected on
 * the directions, ∂L/∂α = ⟨∇L(w), d1⟩, ∂L/∂β = ⟨∇L(w), d2⟩ (the chain rule; it needs no orthogonality). Each racer
 * is the engine's own {@link Optimizer} on a 2-element parameter, with its own learning rate, from the same start.
 *
 * <p>A racer stops early when it diverges: the loss or a coordinate becomes non-finite, or a coordinate leaves
 * ±{@link #ESCAPE}. Runs on the caller's thread (put it on a background executor), checking the token between steps.
 */
public final class OptimizerRace {
    public static final double ESCAPE = 1e6;

    private OptimizerRace() {}

    /** One contestant: a name for the legend, the update rule with its hyper-parameters, and the learning rate. */
    public record Racer(String name, OptimizerSpec spec, double learningRate) {
        public Racer {
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException(name + ": learning rate must be > 0, got " + learningRate);
            }
        }

        public static Racer of(OptimizerKind kind, double learningRate) {
            return new Racer(kind.key() + " η=" + learningRate, OptimizerSpec.of(kind), learningRate);
        }
    }

    /** One racer's path: the start and the point after each step, each with its loss; why it stopped, if early. */
    public record Run(Racer racer, List<PathPoint> path, String divergence) {
        public Run {
            path = List.copyOf(path);
        }

        public boolean diverged() { return divergence != null; }

        public PathPoint last() { return path.get(path.size() - 1); }
    }

    /** Scene 7's line-up, with rates that suit a filter-normalised slice of range ±1. */
    public static List<Racer> defaults() {
        return List.of(Racer.of(OptimizerKind.SGD, 0.1), Racer.of(OptimizerKind.MOMENTUM, 0.02),
                Racer.of(OptimizerKind.NESTEROV, 0.02), Racer.of(OptimizerKind.ADAGRAD, 0.1),
                Racer.of(OptimizerKind.RMSPROP, 0.01), Racer.of(OptimizerKind.ADADELTA, 1.0),
                Racer.of(OptimizerKind.ADAM, 0.02));
    }

    /** Races every racer for {@code steps} steps from (alpha0, beta0); the loss must be on the training data. */
    public static List<Run> run(LossSetup loss, Slice slice, double alpha0, double beta0, List<Racer> racers, int steps,
                                CancellationToken token) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be ≥ 0, got " + steps);
        }
        LossFunction f = loss.newFunction();
        List<Run> runs = new ArrayList<>();
        for (Racer r : racers) {
            runs.add(race(f, slice, alpha0, beta0, r, steps, token));
        }
        return runs;
    }

    static Run race(LossFunction f, Slice slice, double alpha0, double beta0, Racer racer, int steps,
                    CancellationToken token) {
        Optimizer opt = new Optimizer(racer.spec(), new int[] {2});
        double[] p = {alpha0, beta0};
        double[] g = new double[2];
        double[] full = new double[f.size()];
        List<PathPoint> path = new ArrayList<>(steps + 1);
        for (int t = 0; ; t++) {
            if (token.isCancelled()) {
                throw new CancellationException("optimizer race cancelled");
            }
            double l = slice.lossAndSliceGradient(f, p[0], p[1], full, g);
            path.add(new PathPoint(p[0], p[1], l));
            if (!Double.isFinite(l)) {
                return new Run(racer, path, "the loss became " + l + " after " + t + " steps");
            }
            if (Math.abs(p[0]) > ESCAPE || Math.abs(p[1]) > ESCAPE) {
                return new Run(racer, path, "it left the slice (|α| or |β| > " + ESCAPE + ") after " + t + " steps");
            }
            if (t == steps) {
                return new Run(racer, path, null);
            }
            if (!Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                return new Run(racer, path, "the gradient became non-finite after " + t + " steps");
            }
            opt.beginStep();
            opt.update(0, p, g, racer.learningRate());
        }
    }
}
