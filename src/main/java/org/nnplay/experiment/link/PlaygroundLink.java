package org.nnplay.experiment.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.experiment.ChosenLosses;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.FeatureSettings;
import org.nnplay.experiment.InvalidSettingException;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.experiment.Palette;
import org.nnplay.experiment.PlaygroundKeys;
import org.nnplay.experiment.Range;
import org.nnplay.experiment.TrainingSettings;

/**
 * TensorFlow Playground links in and out. {@link #read} turns the state in a link's hash into an experiment that
 * follows the playground ({@code "compat": "tf-playground"}): every key of the playground's state is understood,
 * what NNPlay has no setting for is kept ({@link PlaygroundKeys}) so that {@link #write} gives the link back, unknown
 * keys are warnings, and a value NNPlay cannot represent is an error naming the key. {@link #unfit} says why an
 * experiment cannot be written as a playground link.
 */
public final class PlaygroundLink {
    /** The source name in messages. */
    public static final String SOURCE = "TensorFlow Playground link";
    public static final String BASE_URL = "https://playground.tensorflow.org/#";
    /** The longest link read (a real one is under 1,000 characters). */
    public static final int MAX_LENGTH = 16 * 1024;
    /** Unknown keys are listed up to this many, then counted. */
    public static final int MAX_WARNINGS = 5;
    static final String HIDE = "_hide";

    /** The playground's state keys in the order it writes them. */
    static final List<String> KEYS = List.of("activation", "regularization", "batchSize", "dataset", "regDataset",
            "learningRate", "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize",
            "percTrainData", "x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY",
            "collectStats", "tutorial", "problem", "initZero", "hideText");
    /** Inputs by key, in the order of the playground's input nodes. */
    static final Map<String, Feature> INPUTS = inputs();
    static final Map<String, DatasetKind> DATASETS = Map.of("circle", DatasetKind.CIRCLE, "xor", DatasetKind.XOR,
            "gauss", DatasetKind.GAUSS, "spiral", DatasetKind.SPIRAL);
    static final Map<String, DatasetKind> REG_DATASETS = Map.of("reg-plane", DatasetKind.PLANE,
            "reg-gauss", DatasetKind.MULTI_GAUSS);
    /** Keys NNPlay has no setting for: kept as the link says them. */
    static final List<String> KEPT = List.of("cosX", "cosY", "collectStats", "tutorial", "hideText");
    /** The playground's hideable controls and the classroom control of NNPlay that each hides (null: none). */
    static final Map<String, String> CONTROLS = controls();

    private PlaygroundLink() {}

    private static Map<String, Feature> inputs() {
        Map<String, Feature> m = new LinkedHashMap<>();
        m.put("x", Feature.X1);
        m.put("y", Feature.X2);
        m.put("xSquared", Feature.X1SQ);
        m.put("ySquared", Feature.X2SQ);
        m.put("xTimesY", Feature.X1X2);
        m.put("sinX", Feature.SINX1);
        m.put("sinY", Feature.SINX2);
        return m;
    }

    private static Map<String, String> controls() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("showTestData", "show-test");
        m.put("discretize", "discretize");
        m.put("playButton", "run-buttons");
        m.put("stepButton", "run-buttons");
        m.put("resetButton", "run-buttons");
        m.put("learningRate", "learning-rate");
        m.put("activation", "activation");
        m.put("regularization", "regularization");
        m.put("regularizationRate", "regularization-rate");
        m.put("problem", "problem");
        m.put("dataset", "datasets");
        m.put("percTrainData", "train-ratio");
        m.put("noise", "noise");
        m.put("batchSize", "batch-size");
        return m;
    }

    /** The classroom controls (ids in the window's control registry) that the playground's hide keys map to. */
    public static java.util.Set<String> controlIds() {
        return new TreeSet<>(CONTROLS.values());
    }

    /** Whether {@code text} has the form of a playground link: a bare {@code #hash} or a web address with one. */
    public static boolean looksLike(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        return t.startsWith("#") || ((lower.startsWith("http://") || lower.startsWith("https://")
                || lower.startsWith("playground.tensorflow.org")) && t.contains("#"));
    }

    /** The experiment a playground link describes, with warnings for what was not understood. */
    public static LoadResult read(String link) throws ExperimentFormatException {
        String t = link.strip();
        if (t.length() > MAX_LENGTH) {
            throw error(null, "the link is " + t.length() + " characters long: the limit is " + MAX_LENGTH);
        }
        if (!t.contains("#")) {
            throw error(null, "the link has no settings (nothing after #)");
        }
        PlaygroundState s = new PlaygroundState(t.substring(t.indexOf('#') + 1));
        boolean known = s.raw.keySet().stream().anyMatch(k -> KEYS.contains(k) || k.endsWith(HIDE));
        if (!known && t.startsWith("#")) {
            throw error(null, "'" + shorten(t) + "' sets none of TensorFlow Playground's settings (is it a file "
                    + "that does not exist?)");
        }
        List<String> warnings = new ArrayList<>();
        warnUnknown(s, warnings);
        try {
            return new LoadResult(experiment(s, warnings), warnings);
        } catch (InvalidSettingException e) {
            throw error(e.field(), e.detail());
        }
    }

    private static ExperimentFormatException error(String key, String problem) {
        return new ExperimentFormatException(SOURCE, -1, -1, key, key == null ? problem : key + " " + problem, null);
    }

    private static void warnUnknown(PlaygroundState s, List<String> warnings) {
        List<String> unknown = s.raw.keySet().stream().filter(k -> !KEYS.contains(k) && !k.endsWith(HIDE)).toList();
        if (s.raw.keySet().stream().noneMatch(k -> KEYS.contains(k) || k.endsWith(HIDE))) {
            warnings.add("the link sets none of TensorFlow Playground's settings: its defaults are used");
        }
        for (int i = 0; i < unknown.size() && i < MAX_WARNINGS; i++) {
            warnings.add("unknown key '" + shorten(unknown.get(i)) + "' in the link ignored");
        }
        if (unknown.size() > MAX_WARNINGS) {
            warnings.add("… and " + (unknown.size() - MAX_WARNINGS) + " more unknown keys ignored");
        }
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    private static Experiment experiment(PlaygroundState s, List<String> warnings) {
        Map<String, String> kept = new LinkedHashMap<>();
        ProblemType problem = choice(s, "problem", Map.of("classification", ProblemType.CLASSIFICATION,
                "regression", ProblemType.REGRESSION), ProblemType.CLASSIFICATION);
        DatasetKind classify = choice(s, "dataset", DATASETS, DatasetKind.CIRCLE);
        DatasetKind regress = choice(s, "regDataset", REG_DATASETS, DatasetKind.PLANE);
        boolean regression = problem == ProblemType.REGRESSION;
        DatasetKind dataset = regression ? regress : classify;
        String other = regression ? "dataset" : "regDataset";
        if (s.has(other)) {
            kept.put(other, s.text(other));
        }
        DataSettings data = DataSettings.forDataset(dataset).toBuilder()
                .samples(regression ? 1200 : 500)
                .noise(number(s, "noise", DataSettings.NOISE, 0))
                .trainRatio(number(s, "percTrainData", DataSettings.TRAIN_RATIO, 50))
                .build();
        NetworkSettings network = NetworkSettings.builder()
                .hidden(shape(s))
                .activation(choice(s, "activation", Map.of("relu", ActivationKind.RELU, "tanh", ActivationKind.TANH,
                        "sigmoid", ActivationKind.SIGMOID, "linear", ActivationKind.LINEAR), ActivationKind.TANH))
                .init(s.bool("initZero", false) ? InitKind.ZEROS : InitKind.UNIFORM)
                .biasInit(s.bool("initZero", false) ? 0 : 0.1)
                .build();
        TrainingSettings training = TrainingSettings.builder()
                .loss(LossKind.HALF_SQUARED)
                // the playground's loss for both its problems: choosing another of its data sets keeps following it
                .chosenLosses(new ChosenLosses(LossKind.HALF_SQUARED, null, LossKind.HALF_SQUARED))
                .learningRate(number(s, "learningRate", TrainingSettings.LEARNING_RATE, 0.03))
                .batchSize(whole(s, "batchSize", TrainingSettings.BATCH_SIZE, 10))
                .regularization(choice(s, "regularization", Map.of("none", RegularizationKind.NONE,
                        "L1", RegularizationKind.L1, "L2", RegularizationKind.L2), RegularizationKind.NONE))
                .regularizationRate(number(s, "regularizationRate", TrainingSettings.REGULARIZATION_RATE, 0))
                .build();
        FeatureSettings features = new FeatureSettings(features(s, kept), false);
        for (String k : KEPT) {
            if (s.has(k)) {
                kept.put(k, k.equals("tutorial") ? s.text(k) : String.valueOf(s.bool(k, false)));
            }
        }
        List<String> hidden = hidden(s, kept);
        String seed = seed(s, warnings);
        Experiment e = new Experiment(Experiment.CURRENT_VERSION, "TensorFlow Playground: " + DataSets.title(new DatasetSpec(dataset, data.samples(), 0, 50, 1, 2)), 1,
                data, features, network, training, Experiment.defaults().view().toBuilder()
                        .showTest(s.bool("showTestData", false))
                        .discretize(s.bool("discretize", false))
                        .palette(Palette.BLUE_ORANGE)
                        .hiddenControls(hidden)
                        .build(), null, null, Compat.TF_PLAYGROUND, null);
        return PlaygroundKeys.withSeedText(e.withPlayground(new PlaygroundKeys(null, kept)), seed);
    }

    private static <T> T choice(PlaygroundState s, String key, Map<String, T> choices, T dflt) {
        if (!s.has(key)) {
            return dflt;
        }
        T v = choices.get(s.text(key));
        if (v == null) {
            throw new InvalidSettingException(key, "= '" + shorten(s.text(key)) + "' is not one of TensorFlow "
                    + "Playground's: " + String.join(", ", new TreeSet<>(choices.keySet())));
        }
        return v;
    }

    private static double number(PlaygroundState s, String key, Range range, double dflt) {
        if (!s.has(key)) {
            return dflt;
        }
        double v = PlaygroundState.number(s.text(key));
        if (Double.isNaN(v)) {
            throw new InvalidSettingException(key, "= '" + shorten(s.text(key)) + "' is not a number");
        }
        return range.check(key, v);
    }

    private static int whole(PlaygroundState s, String key, Range range, int dflt) {
        double v = number(s, key, range, dflt);
        if (v != Math.rint(v)) {
            throw new InvalidSettingException(key, "= " + PlaygroundState.format(v) + " is not a whole number");
        }
        return (int) v;
    }

    /** The hidden layers: {@code networkShape} lists their widths (empty: none). */
    private static List<Integer> shape(PlaygroundState s) {
        if (!s.raw.containsKey("networkShape")) {
            return List.of(4, 2);
        }
        String text = s.text("networkShape");
        if (text == null) {
            throw new InvalidSettingException("networkShape", "has no value: expected the hidden layers' widths, e.g. 4,2");
        }
        List<Integer> widths = new ArrayList<>();
        if (!PlaygroundState.jsTrim(text).isEmpty()) {
            String[] parts = text.split(",", -1);
            if (parts.length > NetworkSettings.MAX_LAYERS) {
                throw new InvalidSettingException("networkShape", "has " + parts.length + " hidden layers: NNPlay "
                        + "allows at most " + NetworkSettings.MAX_LAYERS);
            }
            for (String p : parts) {
                double v = PlaygroundState.number(p);
                if (v != Math.rint(v) || !NetworkSettings.NEURONS.contains(v)) {
                    throw new InvalidSettingException("networkShape", "= " + shorten(text) + ": a hidden layer of '"
                            + shorten(p) + "' neurons; NNPlay allows whole numbers in " + NetworkSettings.NEURONS);
                }
                widths.add((int) v);
            }
        }
        return widths;
    }

    /** The inputs that are on and not hidden (a hidden input is left out of the playground's network). */
    private static List<Feature> features(PlaygroundState s, Map<String, String> kept) {
        List<Feature> on = new ArrayList<>();
        for (Map.Entry<String, Feature> in : INPUTS.entrySet()) {
            String key = in.getKey();
            boolean wanted = s.bool(key, key.equals("x") || key.equals("y"));
            if (hiddenKey(s, key)) {
                if (s.has(key)) {
                    kept.put(key, String.valueOf(wanted));
                }
            } else if (wanted) {
                on.add(in.getValue());
            }
        }
        if (on.isEmpty()) {
            throw new InvalidSettingException("x", "and every other input are off: NNPlay needs at least one input");
        }
        return on;
    }

    private static boolean hiddenKey(PlaygroundState s, String key) {
        return "true".equals(s.text(key + HIDE));
    }

    /** Every {@code NAME_hide} key is kept; the controls NNPlay has are hidden in its classroom mode too. */
    private static List<String> hidden(PlaygroundState s, Map<String, String> kept) {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : s.raw.keySet()) {
            if (key.endsWith(HIDE) && key.length() > HIDE.length()) {
                boolean on = hiddenKey(s, key.substring(0, key.length() - HIDE.length()));
                if (kept.size() < PlaygroundKeys.MAX_KEYS && key.matches("[A-Za-z0-9_]{1,100}")) {
                    kept.put(key, String.valueOf(on));
                }
                String id = CONTROLS.get(key.substring(0, key.length() - HIDE.length()));
                if (on && id != null) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }

    private static String seed(PlaygroundState s, List<String> warnings) {
        if (s.has("seed")) {
            String seed = s.text("seed");
            if (seed.length() > PlaygroundKeys.MAX_TEXT) {
                throw new InvalidSettingException("seed", "is " + seed.length() + " characters long: allowed at most "
                        + PlaygroundKeys.MAX_TEXT);
            }
            return seed;
        }
        String chosen = String.format(Locale.ROOT, "%.5f", ThreadLocalRandom.current().nextDouble());
        warnings.add("the link has no seed: NNPlay chose " + chosen + " (the playground would choose one at random too)");
        return chosen;
    }

    /**
     * Why the experiment cannot be a TensorFlow Playground link (the playground has no such setting or cannot show
     * it), or null when it can.
     */
    public static String unfit(Experiment e) {
        return PlaygroundLinkWriter.unfit(e);
    }

    /**
     * The playground link of an experiment that fits it ({@link #unfit} is null): every key of the playground's
     * state, from the experiment's settings and what it kept from the link it came from.
     *
     * @throws IllegalArgumentException when the experiment does not fit (the message says why)
     */
    public static String write(Experiment e) {
        return PlaygroundLinkWriter.write(e);
    }
}
