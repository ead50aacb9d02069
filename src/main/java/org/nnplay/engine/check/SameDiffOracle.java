package org.nnplay.engine.check;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nnplay.engine.nd4j.Nd4jRuntime;

/**
 * The second oracle: the problem's computation rebuilt in SameDiff on the same float64 inputs, differentiated by
 * {@code calculateGradientsAndOutputs}. ND4J is loaded through {@link Nd4jRuntime} first (waiting for it: this runs
 * in tests and the command line, never on the UI thread).
 */
final class SameDiffOracle {
    /** SameDiff's loss value and its gradient per parameter name. */
    record Answer(double loss, Map<String, double[]> gradients) {}

    /** ND4J could not be loaded, so there is no second oracle. */
    static final class UnavailableException extends RuntimeException {
        UnavailableException(String message) { super(message); }
    }

    private SameDiffOracle() {}

    static Answer run(Problem p, int outRows, int outCols, double[] weights) {
        Nd4jRuntime rt = Nd4jRuntime.shared();
        try {
            rt.load().join();
        } catch (CompletionException e) {
            throw new UnavailableException("ND4J failed to load (" + rt.failureReason() + ")");
        }
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> vars = new LinkedHashMap<>();
        List<String> params = new ArrayList<>();
        for (Problem.Input in : p.inputs()) {
            INDArray arr = Nd4j.create(in.values(), new long[] {in.rows(), in.cols()}, DataType.DOUBLE);
            vars.put(in.name(), in.parameter() ? sd.var(in.name(), arr) : sd.constant(in.name(), arr));
            if (in.parameter()) {
                params.add(in.name());
            }
        }
        SDVariable out = p.sameDiff().build(sd, vars);
        SDVariable loss;
        if (weights != null) {
            INDArray w = Nd4j.create(weights, new long[] {outRows, outCols}, DataType.DOUBLE);
            loss = out.reshape(outRows, outCols).mul(sd.constant("check_weights", w)).sum();
        } else {
            loss = out.sum();
        }
        sd.setLossVariables(loss);
        OutAndGrad og = quietly(() -> sd.calculateGradientsAndOutputs(Map.of(), List.of(loss.name()), params));
        Map<String, double[]> grads = new LinkedHashMap<>();
        for (String name : params) {
            INDArray g = og.getGradients().get(name);
            grads.put(name, g == null ? new double[0] : g.dup('c').data().asDouble());
        }
        return new Answer(og.getOutputs().get(loss.name()).getDouble(0), grads);
    }

    private static final Object STDOUT = new Object();

    /**
     * Runs {@code work} with System.out discarded: SameDiff 1.0.0-M2.1 prints "Added differentiated op …" with
     * System.out.println for every op while it builds the gradient graph, which would corrupt --json output.
     */
    private static <T> T quietly(Supplier<T> work) {
        synchronized (STDOUT) {
            PrintStream real = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                return work.get();
            } finally {
                System.setOut(real);
            }
        }
    }
}
