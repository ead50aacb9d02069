package org.nnplay.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;

/** Reads the "training" and "weights" groups of an experiment file (see {@link ExperimentReader}). */
final class TrainingReader {
    private TrainingReader() {}

    /** The training settings; a missing loss defaults to the default loss of {@code data}'s problem. */
    static TrainingSettings training(FieldReader r, DataSettings data) {
        TrainingSettings d = TrainingSettings.DEFAULTS;
        LossKind defaultLoss = TrainingSettings.defaultLoss(data.problem(), data.classes());
        LossKind loss = r.named("loss", LossKind.class, defaultLoss);
        boolean inferred = loss != defaultLoss && TrainingSettings.lossMismatch(loss, data.problem(), data.classes()) == null;
        TrainingSettings.Builder b = d.toBuilder()
                .loss(loss)
                .optimizer(r.named("optimizer", OptimizerKind.class, d.optimizer()))
                .learningRate(r.number("learningRate", d.learningRate()))
                .momentum(r.number("momentum", d.momentum()))
                .beta1(r.number("beta1", d.beta1()))
                .beta2(r.number("beta2", d.beta2()))
                .epsilon(r.number("epsilon", d.epsilon()))
                .rho(r.number("rho", d.rho()))
                .weightDecay(r.number("weightDecay", d.weightDecay()))
                .batchSize(r.integer("batchSize", d.batchSize()))
                .regularization(r.named("regularization", RegularizationKind.class, d.regularization()))
                .regularizationRate(r.number("regularizationRate", d.regularizationRate()))
                .l1Ratio(r.number("l1Ratio", d.l1Ratio()))
                .schedule(schedule(r.object("schedule")))
                .clipNorm(r.number("clipNorm", d.clipNorm()))
                .maxEpochs(r.integer("maxEpochs", d.maxEpochs()))
                .targetLoss(r.number("targetLoss", d.targetLoss()))
                .earlyStopping(earlyStopping(r.object("earlyStopping")))
                .backend(r.named("backend", BackendKind.class, d.backend()))
                .speed(r.number("speed", d.speed()));
        b.chosenLosses(r.has("chosenLosses") ? chosenLosses(r.object("chosenLosses"))
                : inferred ? ChosenLosses.NONE.with(LossProblem.of(data), loss) : ChosenLosses.NONE);
        r.finish();
        return r.build(b::build);
    }

    /** The losses the user chose per problem; a file without them counts a loss other than the default as chosen. */
    private static ChosenLosses chosenLosses(FieldReader r) {
        LossKind binary = r.named("binary", LossKind.class, null);
        LossKind multiclass = r.named("multiclass", LossKind.class, null);
        LossKind regression = r.named("regression", LossKind.class, null);
        r.finish();
        return r.build(() -> new ChosenLosses(binary, multiclass, regression));
    }

    private static ScheduleSettings schedule(FieldReader r) {
        ScheduleSettings d = ScheduleSettings.DEFAULTS;
        ScheduleKind kind = r.named("kind", ScheduleKind.class, d.kind());
        int stepSize = r.integer("stepSize", d.stepSize());
        double gamma = r.number("gamma", d.gamma());
        int period = r.integer("period", d.period());
        int warmupEpochs = r.integer("warmupEpochs", d.warmupEpochs());
        double minLr = r.number("minLr", d.minLr());
        r.finish();
        return r.build(() -> new ScheduleSettings(kind, stepSize, gamma, period, warmupEpochs, minLr));
    }

    private static EarlyStopping earlyStopping(FieldReader r) {
        EarlyStopping d = EarlyStopping.DEFAULTS;
        boolean enabled = r.bool("enabled", d.enabled());
        int patience = r.integer("patience", d.patience());
        r.finish();
        return r.build(() -> new EarlyStopping(enabled, patience));
    }

    static Weights weights(FieldReader r) {
        List<LayerWeights> layers = r.list("layers", null, (n, p) -> layer(n, p, r.warnings()));
        r.finish();
        return r.build(() -> new Weights(layers));
    }

    private static LayerWeights layer(JsonNode node, String path, List<String> warnings) {
        FieldReader r = new FieldReader(node, path, warnings);
        JsonNode wNode = r.raw("w");
        double[][] w = wNode == null || wNode.isNull() ? null
                : FieldReader.list(wNode, r.path("w"), FieldReader::numbers).toArray(double[][]::new);
        double[] b = FieldReader.numbers(r.raw("b"), r.path("b"));
        BatchNormStats batchNorm = r.has("batchNorm") ? batchNorm(r.object("batchNorm")) : null;
        r.finish();
        return r.build(() -> new LayerWeights(w, b, batchNorm));
    }

    private static BatchNormStats batchNorm(FieldReader r) {
        double[] gamma = FieldReader.numbers(r.raw("gamma"), r.path("gamma"));
        double[] beta = FieldReader.numbers(r.raw("beta"), r.path("beta"));
        double[] mean = FieldReader.numbers(r.raw("mean"), r.path("mean"));
        double[] variance = FieldReader.numbers(r.raw("variance"), r.path("variance"));
        r.finish();
        return r.build(() -> new BatchNormStats(gamma, beta, mean, variance));
    }
}
