package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.Named;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;

/**
 * Another program whose run an experiment reproduces exactly ({@code "compat"} in the file; absent: NNPlay's own
 * generators and engine). {@code tf-playground}: TensorFlow Playground's points, shuffle, split and initial
 * weights from the seed (its seeded generator, in its order) and its training algorithm. That needs settings the
 * playground has; {@link #misfit} says which one is not.
 */
public enum Compat implements Named {
    TF_PLAYGROUND("tf-playground");

    /** The playground's data sets. */
    public static final List<DatasetKind> PLAYGROUND_DATASETS = List.of(DatasetKind.CIRCLE, DatasetKind.XOR,
            DatasetKind.GAUSS, DatasetKind.SPIRAL, DatasetKind.PLANE, DatasetKind.MULTI_GAUSS);
    /** The playground's inputs, in the order of its input nodes. */
    public static final List<Feature> PLAYGROUND_FEATURES = List.of(Feature.X1, Feature.X2, Feature.X1SQ,
            Feature.X2SQ, Feature.X1X2, Feature.SINX1, Feature.SINX2);
    /** The playground's activations. */
    public static final List<ActivationKind> PLAYGROUND_ACTIVATIONS = List.of(ActivationKind.RELU, ActivationKind.TANH,
            ActivationKind.SIGMOID, ActivationKind.LINEAR);
    private static final String WHY = ": an experiment that follows TensorFlow Playground (\"compat\": \"tf-playground\") ";

    private final String key;

    Compat(String key) { this.key = key; }

    @Override public String key() { return key; }

    /**
     * Why settings cannot follow the playground, as an error on the field at fault, or null when they can. Points
     * placed by hand and another sample count are allowed (the playground's generators and algorithm take them).
     */
    public InvalidSettingException misfit(DataSettings d, FeatureSettings f, NetworkSettings n, TrainingSettings t) {
        if (!PLAYGROUND_DATASETS.contains(d.dataset())) {
            return bad("data.dataset", d.dataset(), "uses the playground's data sets: " + keys(PLAYGROUND_DATASETS));
        }
        if (d.problem() != d.dataset().type()) {
            return bad("data.problem", d.problem(), "solves " + d.dataset().type().key() + " on " + d.dataset().key());
        }
        if (d.problem() == ProblemType.CLASSIFICATION && d.classes() != 2) {
            return bad("data.classes", d.classes(), "has two classes");
        }
        if (d.fromCsv()) {
            return new InvalidSettingException("data.csvPoints", "are set" + WHY + "generates its points");
        }
        for (int i = 0; i < f.inputs().size(); i++) {
            if (!PLAYGROUND_FEATURES.contains(f.inputs().get(i))) {
                return bad("features.inputs[" + i + "]", f.inputs().get(i), "uses the playground's inputs: "
                        + keys(PLAYGROUND_FEATURES));
            }
        }
        if (f.standardize()) {
            return bad("features.standardize", true, "feeds the inputs as they are");
        }
        return network(n) != null ? network(n) : training(t);
    }

    private static InvalidSettingException network(NetworkSettings n) {
        if (!PLAYGROUND_ACTIVATIONS.contains(n.activation())) {
            return bad("network.activation", n.activation(), "uses " + keys(PLAYGROUND_ACTIVATIONS));
        }
        if (n.layerActivations() != null && n.layerActivations().stream().anyMatch(a -> a != n.activation())) {
            return new InvalidSettingException("network.layerActivations", "differ" + WHY
                    + "uses one activation in every hidden layer");
        }
        boolean uniform = n.init() == InitKind.UNIFORM && n.initScale() == 0.5 && n.biasInit() == 0.1;
        boolean zero = n.init() == InitKind.ZEROS && n.biasInit() == 0;
        if (!uniform && !zero) {
            return bad("network.init", n.init(), "starts from U(−0.5, 0.5) weights and 0.1 biases (uniform, "
                    + "initScale 0.5, biasInit 0.1) or from zeros (zeros, biasInit 0)");
        }
        if (n.dropout() != 0) {
            return bad("network.dropout", n.dropout(), "has no dropout");
        }
        if (n.batchNorm()) {
            return bad("network.batchNorm", true, "has no batch norm");
        }
        return null;
    }

    private static InvalidSettingException training(TrainingSettings t) {
        if (t.loss() != LossKind.HALF_SQUARED) {
            return bad("training.loss", t.loss(), "uses half_squared");
        }
        if (t.optimizer() != OptimizerKind.SGD) {
            return bad("training.optimizer", t.optimizer(), "trains with sgd");
        }
        if (t.regularization() == RegularizationKind.ELASTIC) {
            return bad("training.regularization", t.regularization(), "uses none, l1 or l2");
        }
        if (t.schedule().kind() != ScheduleKind.CONSTANT) {
            return bad("training.schedule.kind", t.schedule().kind(), "keeps the learning rate constant");
        }
        if (t.clipNorm() != 0) {
            return bad("training.clipNorm", t.clipNorm(), "does not clip gradients");
        }
        return null;
    }

    private static InvalidSettingException bad(String field, Object value, String what) {
        return new InvalidSettingException(field, "= " + Checks.label(value) + WHY + what);
    }

    private static String keys(List<? extends Named> list) {
        return String.join(", ", list.stream().map(Named::key).toList());
    }

    public static Compat fromKey(String key) { return Named.parse(Compat.class, key, "compat"); }
}
