package org.nnplay.experiment.link;

import static org.nnplay.experiment.link.PlaygroundLink.CONTROLS;
import static org.nnplay.experiment.link.PlaygroundLink.DATASETS;
import static org.nnplay.experiment.link.PlaygroundLink.HIDE;
import static org.nnplay.experiment.link.PlaygroundLink.INPUTS;
import static org.nnplay.experiment.link.PlaygroundLink.KEPT;
import static org.nnplay.experiment.link.PlaygroundLink.KEYS;
import static org.nnplay.experiment.link.PlaygroundLink.REG_DATASETS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.InvalidSettingException;
import org.nnplay.experiment.PlaygroundKeys;

/**
 * Writes an experiment as a TensorFlow Playground link ({@link PlaygroundLink#write}): the playground's keys in its
 * order, from the experiment's settings and what it kept from the link it came from, numbers as JavaScript prints
 * them. {@link #unfit} says first whether the playground can show the experiment at all.
 */
final class PlaygroundLinkWriter {
    /** The playground's network builder shows at most this many hidden layers of this many neurons. */
    private static final int SHOWN_LAYERS = 6;
    private static final int SHOWN_NEURONS = 8;

    private PlaygroundLinkWriter() {}

    /** Why the playground cannot show the experiment, or null when it can. */
    static String unfit(Experiment e) {
        InvalidSettingException misfit = Compat.TF_PLAYGROUND.misfit(e.data(), e.features(), e.network(), e.training());
        if (misfit != null) {
            return misfit.field() + " " + misfit.detail().replace(
                    "an experiment that follows TensorFlow Playground (\"compat\": \"tf-playground\")", "the playground");
        }
        DataSettings d = e.data();
        if (!d.handPoints().isEmpty()) {
            return "data.handPoints: the playground has no points placed by hand (" + d.handPoints().size() + " here)";
        }
        int samples = d.problem() == ProblemType.REGRESSION ? 1200 : 500;
        if (d.samples() != samples) {
            return "data.samples = " + d.samples() + ": the playground always has " + samples + " points for "
                    + d.problem().key();
        }
        List<Integer> hidden = e.network().hidden();
        if (hidden.size() > SHOWN_LAYERS || hidden.stream().anyMatch(w -> w > SHOWN_NEURONS)) {
            return "network.hidden = " + hidden + ": the playground shows at most " + SHOWN_LAYERS + " hidden layers of "
                    + SHOWN_NEURONS + " neurons";
        }
        return null;
    }

    /** The link; throws IllegalArgumentException (saying why) when the experiment does not fit. */
    static String write(Experiment e) {
        String why = unfit(e);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        PlaygroundKeys p = e.playground() == null ? new PlaygroundKeys(null, Map.of()) : e.playground();
        Map<String, String> kept = p.keys();
        boolean regression = e.data().problem() == ProblemType.REGRESSION;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("activation", e.network().activation().key());
        if (e.training().regularization() != RegularizationKind.NONE) {
            out.put("regularization", e.training().regularization().key().toUpperCase(Locale.ROOT));
        }
        out.put("batchSize", PlaygroundState.format(e.training().batchSize()));
        out.put("dataset", regression ? kept.getOrDefault("dataset", "circle") : key(DATASETS, e.data().dataset()));
        out.put("regDataset", regression ? key(REG_DATASETS, e.data().dataset()) : kept.getOrDefault("regDataset", "reg-plane"));
        out.put("learningRate", PlaygroundState.format(e.training().learningRate()));
        out.put("regularizationRate", PlaygroundState.format(e.training().regularizationRate()));
        out.put("noise", PlaygroundState.format(e.data().noise()));
        out.put("networkShape", String.join(",", e.network().hidden().stream().map(String::valueOf).toList()));
        out.put("seed", PlaygroundKeys.seedOf(e));
        out.put("showTestData", String.valueOf(e.view().showTest()));
        out.put("discretize", String.valueOf(e.view().discretize()));
        out.put("percTrainData", PlaygroundState.format(e.data().trainRatio()));
        for (Map.Entry<String, Feature> in : INPUTS.entrySet()) {
            boolean used = e.features().inputs().contains(in.getValue());
            boolean hiddenInput = "true".equals(kept.get(in.getKey() + HIDE));
            String dflt = String.valueOf(in.getValue() == Feature.X1 || in.getValue() == Feature.X2);
            out.put(in.getKey(), used ? "true" : hiddenInput ? kept.getOrDefault(in.getKey(), dflt) : "false");
        }
        for (String k : KEPT) {
            if (kept.containsKey(k) || !k.equals("tutorial")) {
                out.put(k, kept.getOrDefault(k, "false"));
            }
        }
        out.put("problem", e.data().problem().key());
        out.put("initZero", String.valueOf(e.network().init() == InitKind.ZEROS));
        hideKeys(e, kept, out);
        StringBuilder sb = new StringBuilder(PlaygroundLink.BASE_URL);
        List<String> order = new ArrayList<>(KEYS);
        out.keySet().stream().filter(k -> !KEYS.contains(k)).forEach(order::add);
        for (String k : order) {
            if (out.containsKey(k)) {
                sb.append(sb.charAt(sb.length() - 1) == '#' ? "" : "&").append(k).append('=').append(out.get(k));
            }
        }
        return sb.toString();
    }

    private static String key(Map<String, DatasetKind> names, DatasetKind kind) {
        return names.entrySet().stream().filter(en -> en.getValue() == kind).findFirst().orElseThrow().getKey();
    }

    /**
     * {@code NAME_hide} keys: a control's key keeps the link's value while NNPlay's control is hidden exactly when
     * one of the link's keys for it said so; otherwise it says what NNPlay hides now. Inputs the experiment uses are
     * never hidden. Other kept keys are written as they came.
     */
    private static void hideKeys(Experiment e, Map<String, String> kept, Map<String, String> out) {
        List<String> hiddenNow = e.view().hiddenControls();
        for (Map.Entry<String, String> c : CONTROLS.entrySet()) {
            String key = c.getKey() + HIDE;
            boolean hidden = hiddenNow.contains(c.getValue());
            boolean linkHid = CONTROLS.entrySet().stream().anyMatch(o -> o.getValue().equals(c.getValue())
                    && "true".equals(kept.get(o.getKey() + HIDE)));
            if (kept.containsKey(key)) {
                out.put(key, hidden == linkHid ? kept.get(key) : String.valueOf(hidden));
            } else if (hidden && !linkHid) {
                out.put(key, "true");
            }
        }
        for (Map.Entry<String, String> k : kept.entrySet()) {
            String name = k.getKey();
            if (name.endsWith(HIDE) && !out.containsKey(name)) {
                Feature input = INPUTS.get(name.substring(0, name.length() - HIDE.length()));
                boolean used = input != null && e.features().inputs().contains(input);
                out.put(name, used ? "false" : k.getValue());
            }
        }
    }
}
