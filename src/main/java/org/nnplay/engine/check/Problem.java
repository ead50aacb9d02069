package org.nnplay.engine.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nnplay.engine.Tensor;

/**
 * What a check computes: named inputs (trainable parameters, whose gradients are checked, and constants), a graph
 * built from {@link Tensor} ops, and optionally the same computation in ND4J SameDiff as a second oracle.
 * A graph whose output is not 1 × 1 is reduced by the checker to Σ out ∘ W with fixed random weights W, so every
 * output element reaches the loss with its own factor.
 *
 * <p>Written as one chain: {@code p.param("x", 4, 3, Fill.uniform(-2, 2)).graph(v -> v.get("x").tanh())
 * .sameDiff((sd, v) -> sd.math().tanh(v.get("x")))}.
 */
public final class Problem {
    /** The graph, from the input tensors by name. */
    @FunctionalInterface
    public interface Graph {
        Tensor build(Map<String, Tensor> inputs);
    }

    /** The same computation in SameDiff, from the input variables by name (parameters are sd.var, constants sd.constant). */
    @FunctionalInterface
    public interface SameDiffGraph {
        SDVariable build(SameDiff sd, Map<String, SDVariable> inputs);
    }

    /** One input and its sampled values. */
    public record Input(String name, int rows, int cols, boolean parameter, double[] values) {}

    public static final double FD_TOLERANCE = 1e-6;
    public static final double SAMEDIFF_TOLERANCE = 1e-9;

    private final Random rnd;
    private final List<Input> inputs = new ArrayList<>();
    private Graph graph;
    private SameDiffGraph sameDiff;
    private String note = "";
    private double fdTolerance = FD_TOLERANCE;
    private double sameDiffTolerance = SAMEDIFF_TOLERANCE;
    private boolean zeroGradient;

    private Problem(long seed) { this.rnd = new Random(seed); }

    public static Problem seeded(long seed) { return new Problem(seed); }

    /** A trainable input whose gradient is checked. */
    public Problem param(String name, int rows, int cols, Fill fill) { return input(name, rows, cols, true, fill); }

    /** An input without gradient (data, targets, masks). */
    public Problem constant(String name, int rows, int cols, Fill fill) { return input(name, rows, cols, false, fill); }

    private Problem input(String name, int rows, int cols, boolean parameter, Fill fill) {
        inputs.add(new Input(name, rows, cols, parameter, fill.sample(rnd, rows, cols)));
        return this;
    }

    public Problem graph(Graph g) {
        this.graph = g;
        return this;
    }

    public Problem sameDiff(SameDiffGraph g) {
        this.sameDiff = g;
        return this;
    }

    /** Shown in the report's row, e.g. why SameDiff is not compared or why a tolerance is looser. */
    public Problem note(String text) {
        this.note = text;
        return this;
    }

    /** Looser thresholds where a check justifies them (say why in {@link #note}). */
    public Problem tolerances(double fd, double sd) {
        this.fdTolerance = fd;
        this.sameDiffTolerance = sd;
        return this;
    }

    /** The analytic gradient must be exactly zero everywhere (step). */
    public Problem expectZeroGradient() {
        this.zeroGradient = true;
        return this;
    }

    /** Further random numbers from this problem's seeded generator (the checker's output weights). */
    double[] sample(Fill fill, int rows, int cols) { return fill.sample(rnd, rows, cols); }

    public List<Input> inputs() { return Collections.unmodifiableList(inputs); }

    public Graph graph() {
        if (graph == null) {
            throw new IllegalStateException("problem has no graph");
        }
        return graph;
    }

    /** Null where SameDiff has no equivalent. */
    public SameDiffGraph sameDiff() { return sameDiff; }

    public String note() { return note; }

    public double fdTolerance() { return fdTolerance; }

    public double sameDiffTolerance() { return sameDiffTolerance; }

    public boolean zeroGradient() { return zeroGradient; }
}
