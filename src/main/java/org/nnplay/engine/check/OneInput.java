package org.nnplay.engine.check;

import java.util.function.Function;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nnplay.engine.Tensor;

/** Shorthand for the many checks of a function of one 4 × 3 parameter {@code x}. */
final class OneInput {
    /** The SameDiff side of a one-input check. */
    @FunctionalInterface
    interface Sd {
        SDVariable apply(SameDiff sd, SDVariable x);
    }

    private final String name;
    private final String category;
    private final Fill fill;
    private final Function<Tensor, Tensor> op;
    private String note = "";
    private boolean zero;
    private double sameDiffTolerance = Problem.SAMEDIFF_TOLERANCE;

    OneInput(String name, String category, Fill fill, Function<Tensor, Tensor> op) {
        this.name = name;
        this.category = category;
        this.fill = fill;
        this.op = op;
    }

    OneInput note(String text) {
        this.note = text;
        return this;
    }

    OneInput sameDiffTolerance(double tolerance) {
        this.sameDiffTolerance = tolerance;
        return this;
    }

    OneInput zeroGradient() {
        this.zero = true;
        return this;
    }

    /** With SameDiff's version of the function. */
    Check sameDiff(Sd sd) { return build(sd); }

    /** With a SameDiff method on the variable itself (neg, mul, add). */
    Check sameDiff(Function<SDVariable, SDVariable> f) { return build((sd, x) -> f.apply(x)); }

    /** Finite differences only. */
    Check check() { return build(null); }

    private Check build(Sd sd) {
        return GradCheck.check(name, category, p -> {
            p.param("x", 4, 3, fill).graph(v -> op.apply(v.get("x"))).note(note)
                    .tolerances(Problem.FD_TOLERANCE, sameDiffTolerance);
            if (sd != null) {
                p.sameDiff((s, v) -> sd.apply(s, v.get("x")));
            }
            return zero ? p.expectZeroGradient() : p;
        });
    }
}
