package org.nnplay.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;

/**
 * Turns a parsed experiment file into an {@link Experiment}: checks "format" and "version" first, then reads each
 * group, taking defaults for what is missing (the problem type and class count default from the data set, the loss
 * from the problem). Training settings and weights are read by {@link TrainingReader}.
 */
final class ExperimentReader {
    static final String FORMAT = "nnplay-experiment";

    private ExperimentReader() {}

    static Experiment read(JsonNode json, List<String> warnings) {
        FieldReader root = new FieldReader(json, "", warnings);
        checkFormat(root);
        String name = root.text("name", Experiment.defaults().name());
        long seed = root.whole("seed", Experiment.defaults().seed());
        DataSettings data = data(root.object("data"));
        FeatureSettings features = features(root.object("features"));
        NetworkSettings network = network(root.object("network"));
        TrainingSettings training = TrainingReader.training(root.object("training"), data);
        ViewSettings view = view(root.object("view"));
        Comparison compare = root.has("compare") ? ComparisonReader.read(root.object("compare")) : null;
        Weights weights = root.has("weights") ? TrainingReader.weights(root.object("weights")) : null;
        Compat compat = root.named("compat", Compat.class, null);
        PlaygroundKeys playground = root.has("playground") ? playground(root.object("playground")) : null;
        root.finish();
        // Files of older versions are read into the current model.
        Experiment e = root.build(() -> new Experiment(Experiment.CURRENT_VERSION, name, seed, data, features,
                network, training, view, compare, weights, compat, playground));
        if (compare != null) {
            try {
                compare.check(e);
            } catch (InvalidSettingException bad) {
                throw bad.under("compare");
            }
        }
        return e;
    }

    private static PlaygroundKeys playground(FieldReader r) {
        String seed = r.text("seed", null);
        Map<String, String> keys = new LinkedHashMap<>();
        JsonNode k = r.raw("keys");
        if (k != null && !k.isNull()) {
            FieldReader names = r.object("keys");
            for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                keys.put(key, names.text(key, null));
            }
        }
        r.finish();
        return r.build(() -> new PlaygroundKeys(seed, keys));
    }

    private static void checkFormat(FieldReader root) {
        if (!root.has("format")) {
            throw new InvalidSettingException("format", "is missing: this is not an NNPlay experiment file "
                    + "(expected \"format\": \"" + FORMAT + "\")");
        }
        String format = root.text("format", null);
        if (!FORMAT.equals(format)) {
            throw new InvalidSettingException("format", "= \"" + format + "\": this is not an NNPlay experiment file "
                    + "(expected \"" + FORMAT + "\")");
        }
        if (!root.has("version")) {
            throw new InvalidSettingException("version", "is missing: expected " + Experiment.CURRENT_VERSION);
        }
        int version = root.integer("version", Experiment.CURRENT_VERSION);
        if (version > Experiment.CURRENT_VERSION) {
            throw new InvalidSettingException("version", "= " + version + ": the file was written by a newer NNPlay "
                    + "(format version " + version + "); this NNPlay reads format version "
                    + Experiment.CURRENT_VERSION + " and older. Please update NNPlay.");
        }
        if (version < 1) {
            throw new InvalidSettingException("version", "= " + version + " is out of range: allowed [1, "
                    + Experiment.CURRENT_VERSION + "]");
        }
    }

    private static DataSettings data(FieldReader r) {
        DatasetKind dataset = r.named("dataset", DatasetKind.class, DataSettings.DEFAULTS.dataset());
        DataSettings d = DataSettings.forDataset(dataset);
        DataSettings.Builder b = d.toBuilder()
                .problem(r.named("problem", ProblemType.class, d.problem()))
                .samples(r.integer("samples", d.samples()))
                .noise(r.number("noise", d.noise()))
                .trainRatio(r.number("trainRatio", d.trainRatio()))
                .classes(r.integer("classes", d.classes()))
                .handPoints(orEmpty(r.list("handPoints", d.handPoints(), (n, p) -> handPoint(n, p, r.warnings()))))
                .csvPoints(r.list("csvPoints", null, (n, p) -> csvPoint(n, p, r.warnings())))
                .csvName(r.text("csvName", null))
                .names(r.has("names") ? names(r.object("names")) : null);
        r.finish();
        return r.build(b::build);
    }

    private static DataNames names(FieldReader r) {
        String x1 = r.text("x1", "x1");
        String x2 = r.text("x2", "x2");
        String label = r.text("label", null);
        List<String> classes = orEmpty(r.list("classes", List.of(), FieldReader::text));
        r.finish();
        return r.build(() -> new DataNames(x1, x2, label, classes));
    }

    private static HandPoint handPoint(JsonNode node, String path, List<String> warnings) {
        FieldReader p = new FieldReader(node, path, warnings);
        double x1 = required(p, "x1");
        double x2 = required(p, "x2");
        double y = required(p, "y");
        boolean train = p.bool("train", true);
        p.finish();
        return p.build(() -> new HandPoint(x1, x2, y, train));
    }

    private static CsvPoint csvPoint(JsonNode node, String path, List<String> warnings) {
        FieldReader p = new FieldReader(node, path, warnings);
        double x1 = required(p, "x1");
        double x2 = required(p, "x2");
        double y = required(p, "y");
        p.finish();
        return p.build(() -> new CsvPoint(x1, x2, y));
    }

    static double required(FieldReader r, String name) {
        if (!r.has(name)) {
            throw new InvalidSettingException(r.path(name), "is missing");
        }
        return r.number(name, Double.NaN);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static FeatureSettings features(FieldReader r) {
        FeatureSettings d = FeatureSettings.DEFAULTS;
        List<Feature> inputs = r.list("inputs", d.inputs(), (n, p) -> FieldReader.named(n, p, Feature.class));
        boolean standardize = r.bool("standardize", d.standardize());
        r.finish();
        return r.build(() -> new FeatureSettings(inputs, standardize));
    }

    private static NetworkSettings network(FieldReader r) {
        NetworkSettings d = NetworkSettings.DEFAULTS;
        NetworkSettings.Builder b = d.toBuilder()
                .hidden(r.list("hidden", d.hidden(), FieldReader::integer))
                .activation(r.named("activation", ActivationKind.class, d.activation()))
                .layerActivations(r.list("layerActivations", null,
                        (n, p) -> FieldReader.named(n, p, ActivationKind.class)))
                .leakySlope(r.number("leakySlope", d.leakySlope()))
                .init(r.named("init", InitKind.class, d.init()))
                .initScale(r.number("initScale", d.initScale()))
                .biasInit(r.number("biasInit", d.biasInit()))
                .dropout(r.number("dropout", d.dropout()))
                .batchNorm(r.bool("batchNorm", d.batchNorm()));
        r.finish();
        return r.build(b::build);
    }

    private static ViewSettings view(FieldReader r) {
        ViewSettings d = ViewSettings.DEFAULTS;
        ViewSettings.Builder b = d.toBuilder()
                .gridResolution(r.integer("gridResolution", d.gridResolution()))
                .showTest(r.bool("showTest", d.showTest()))
                .discretize(r.bool("discretize", d.discretize()))
                .palette(r.named("palette", Palette.class, d.palette()))
                .theme(r.named("theme", Theme.class, d.theme()))
                .presentation(r.bool("presentation", d.presentation()))
                .hiddenControls(orEmpty(r.list("hiddenControls", d.hiddenControls(), FieldReader::text)))
                .curveScale(r.named("curveScale", CurveScale.class, d.curveScale()))
                .stage(r.named("stage", StageView.class, d.stage()))
                .barControls(orEmpty(r.list("barControls", d.barControls(), FieldReader::text)))
                .landscapeMode(r.named("landscapeMode", LandscapeMode.class, d.landscapeMode()))
                .lesson(r.text("lesson", d.lesson()));
        r.finish();
        return r.build(b::build);
    }
}
