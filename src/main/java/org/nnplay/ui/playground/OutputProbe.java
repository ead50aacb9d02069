package org.nnplay.ui.playground;

import java.util.List;
import java.util.Locale;
import org.nnplay.data.DataSet;
import org.nnplay.data.FeatureMatrix;
import org.nnplay.data.Sample;
import org.nnplay.data.Standardizer;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.training.Snapshot;
import org.nnplay.training.TrainingSetup;

/**
 * The network's exact output at one point of the plane, for the probe: a JVM copy of the snapshot's network (rebuilt
 * when the setup changes, reloaded when the weights do) run forward on that single input. Cheap (one row); FX thread.
 */
final class OutputProbe {
    private TrainingSetup setup;
    private Network net;
    private Standardizer standardizer;
    private long loaded = Long.MIN_VALUE;

    /**
     * What the probe box says at (x1, x2), or null when there is no network yet: the point (by the data's column
     * names when it has them) and the output, with the data's class names and, for regression, in its units.
     */
    String describe(Snapshot s, double x1, double x2) {
        double[] out = outputs(s, x1, x2);
        if (out == null) return null;
        DataSet data = setup.data();
        String where = defaultName(data.x1Label(), "X₁", "x₁")
                ? String.format(Locale.ROOT, "x = (%s, %s)", num(x1), num(x2)).replace('-', '\u2212')
                : data.x1Label() + " = " + num(x1) + "\n" + data.x2Label() + " = " + num(x2);
        Head head = setup.network().head();
        if (head.regression()) {
            String value = data.labelName() == null ? "ŷ" : data.labelName() + " ŷ";
            return where + "\n" + value + " = " + num(data.scaling().y().toData(out[0]));
        }
        if (out.length == 1) {
            double p = head.positive(out, 0, 1);
            String raw = head.loss() == LossKind.HALF_SQUARED ? "output = " + num(out[0]) + "\n" : "";
            return where + "\n" + raw + "ŷ = P(" + data.className(1) + ") = " + num(p) + "  → "
                    + data.className(p >= 0.5 ? 1 : 0);
        }
        return where + perClass(head, out, data::className);
    }

    /** Whether {@code label} is one of the default axis names rather than a column name from a file. */
    private static boolean defaultName(String label, String... defaults) {
        return label == null || label.equalsIgnoreCase("x1") || java.util.Arrays.asList(defaults).contains(label);
    }

    static String perClass(Head head, double[] out) { return perClass(head, out, k -> "class " + k); }

    /**
     * Several classes: every class's output, the predicted one marked. Softmax outputs are probabilities that sum to
     * 1; per-class sigmoids (or tanh, for ½ squared) are each class's own score and need not.
     */
    static String perClass(Head head, double[] out, java.util.function.IntFunction<String> name) {
        int best = head.predictedClass(out, 0, out.length);
        boolean softmax = head.loss() == LossKind.SOFTMAX_CE;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < out.length; k++) {
            double v = head.loss() == LossKind.HALF_SQUARED ? (out[k] + 1) / 2 : out[k];
            sb.append('\n').append(softmax ? "P(" + name.apply(k) + ") = " : name.apply(k) + " score = ").append(num(v))
                    .append(k == best ? "  ◀" : "");
        }
        return sb.append("\n→ ").append(name.apply(best)).toString();
    }

    /** The output layer's values at (x1, x2), or null. */
    double[] outputs(Snapshot s, double x1, double x2) {
        if (s == null || s.setup() == null || s.weights() == null) return null;
        try {
            if (s.setup() != setup) {
                setup = s.setup();
                net = Network.of(setup.network(), JvmBackend.INSTANCE, s.weights());
                standardizer = Standardizer.of(setup.data(), setup.inputs(), setup.standardize());
                loaded = s.sequence();
            } else if (s.sequence() != loaded) {
                net.load(s.weights());
                loaded = s.sequence();
            }
            FeatureMatrix m = FeatureMatrix.of(List.of(new Sample(x1, x2, 0)), setup.inputs(), standardizer);
            GridEvaluator.Grid g = new GridEvaluator(net, m.values(), 1).evaluate(false);
            return g.layers()[g.layers().length - 1].clone();
        } catch (RuntimeException misfit) {
            setup = null;
            return null;
        }
    }

    static String num(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 0.01 || a >= 1e4)) return String.format(Locale.ROOT, "%.3g", v);
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
