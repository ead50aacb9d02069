package org.nnplay.engine.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.jvm.JvmBackend;

/**
 * Runs a {@link Check}: builds its graph on a backend, takes the analytic gradients from {@code backward()}, and
 * compares them with central finite differences and, where the check has one, with SameDiff's gradients.
 * Relative error per element is |a − n| / max(1e-8, |a| + |n|); a row reports the largest.
 */
public final class GradChecker {
    /** The finite-difference step: central differences in float64 are accurate to ~1e-10 here. */
    public static final double H = 1e-6;

    /** One row of the report; {@code sameDiffMaxRelError} is NaN where SameDiff was not compared. */
    public record Result(String name, String category, double fdMaxRelError, double sameDiffMaxRelError,
                         boolean passed, String note) {
        public boolean comparedWithSameDiff() { return !Double.isNaN(sameDiffMaxRelError); }
    }

    private GradChecker() {}

    /** The check on the JVM backend, with SameDiff when asked. */
    public static Result run(Check check, boolean sameDiff) { return run(check, JvmBackend.INSTANCE, sameDiff); }

    public static Result run(Check check, Backend be, boolean sameDiff) {
        Problem p = check.problem().get();
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        Map<String, Tensor> params = new LinkedHashMap<>();
        for (Problem.Input in : p.inputs()) {
            Tensor t = in.parameter() ? Tensor.parameter(be, in.rows(), in.cols(), in.name())
                    : Tensor.constant(be, in.rows(), in.cols(), in.name());
            t.set(in.values());
            tensors.put(in.name(), t);
            if (in.parameter()) {
                params.put(in.name(), t);
            }
        }
        Tensor out = p.graph().build(tensors);
        double[] weights = null;
        Tensor loss = out;
        if (out.rows() * out.cols() != 1) {
            weights = p.sample(Fill.awayFromZero(0.5, 1.5), out.rows(), out.cols());
            loss = out.mul(Tensor.of(be, out.rows(), out.cols(), weights, false).label("check_weights")).sum();
        }
        params.values().forEach(Tensor::zeroGrad);
        loss.backward();
        Map<String, double[]> analytic = new LinkedHashMap<>();
        params.forEach((name, t) -> analytic.put(name, t.grad()));
        double lossValue = loss.item();

        double fdError = 0;
        boolean zeroOk = true;
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            double[] numeric = finiteDifferences(loss, e.getValue());
            double[] a = analytic.get(e.getKey());
            fdError = Math.max(fdError, maxRelError(a, numeric));
            if (p.zeroGradient()) {
                for (double v : a) {
                    zeroOk &= v == 0.0;
                }
            }
        }

        String note = p.note();
        double sdError = Double.NaN;
        if (sameDiff && p.sameDiff() != null) {
            try {
                SameDiffOracle.Answer sd = SameDiffOracle.run(p, out.rows(), out.cols(), weights);
                sdError = relError(lossValue, sd.loss());
                for (Map.Entry<String, double[]> e : analytic.entrySet()) {
                    sdError = Math.max(sdError, maxRelError(e.getValue(), sd.gradients().get(e.getKey())));
                }
            } catch (SameDiffOracle.UnavailableException e) {
                note = join(note, "SameDiff not compared: " + e.getMessage());
            }
        }
        boolean passed = zeroOk && fdError <= p.fdTolerance()
                && (Double.isNaN(sdError) || sdError <= p.sameDiffTolerance());
        if (!zeroOk) {
            note = join(note, "gradient is not exactly zero");
        }
        return new Result(check.name(), check.category(), fdError, sdError, passed, note);
    }

    /** Runs every check in order. */
    public static List<Result> runAll(List<Check> checks, boolean sameDiff) {
        return checks.stream().map(c -> run(c, sameDiff)).toList();
    }

    /** ∂loss/∂param by central differences, one element at a time; leaves the graph as it found it. */
    static double[] finiteDifferences(Tensor loss, Tensor param) {
        double[] values = param.data();
        double[] numeric = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            values[i] = v + H;
            param.set(values);
            double plus = loss.forward().item();
            values[i] = v - H;
            param.set(values);
            double minus = loss.forward().item();
            values[i] = v;
            param.set(values);
            numeric[i] = (plus - minus) / (2 * H);
        }
        loss.forward();
        return numeric;
    }

    static double maxRelError(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, relError(a[i], b[i]));
        }
        return max;
    }

    static double relError(double a, double b) {
        double e = Math.abs(a - b) / Math.max(1e-8, Math.abs(a) + Math.abs(b));
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }

    private static String join(String a, String b) { return a.isEmpty() ? b : a + "; " + b; }
}
