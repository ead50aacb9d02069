package org.nnplay.ui.backprop;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.optim.Optimizer;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;

/**
 * The update at the end of the backward pass, w ← w − η·∂E/∂w, made by the project's own {@link Optimizer} (plain
 * SGD) on the weights' gradients as the engine left them, so the window shows what training does.
 */
final class SgdStep {
    private SgdStep() {}

    /** One weight before and after. */
    record Change(String name, double before, double grad, double after) {}

    /** Updates every weight in place and says how each changed. The gradients must be complete. */
    static List<Change> apply(List<Tensor> weights, double eta) {
        int[] sizes = new int[weights.size()];
        java.util.Arrays.fill(sizes, 1);
        Optimizer sgd = new Optimizer(OptimizerSpec.of(OptimizerKind.SGD), sizes);
        sgd.beginStep();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            Tensor w = weights.get(i);
            double[] value = w.data();
            double[] grad = w.grad();
            double before = value[0];
            sgd.update(i, value, grad, eta);
            w.set(value);
            changes.add(new Change(w.label(), before, grad[0], value[0]));
        }
        return changes;
    }
}
