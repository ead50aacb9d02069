package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.nnplay.data.Feature;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.training.compare.Variant;

/**
 * How a variant looks: its colour (the same on its plot's title, its curves, its legend entry and its table row)
 * and its value in the course's words ("Adam", "Glorot uniform", "N(0, 5²)", "8-8-8"). The colours are Okabe and
 * Ito's, safe for the common colour blindnesses, with a second set for the dark theme.
 */
final class VariantStyle {
    private static final Color[] LIGHT = {Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#4d4d4d"), Color.web("#882255")};
    private static final Color[] DARK = {Color.web("#56B4E9"), Color.web("#FF8C42"), Color.web("#2BD1A0"),
            Color.web("#E8A0CC"), Color.web("#F5C242"), Color.web("#9AD0F5"), Color.web("#d0d0d0"), Color.web("#EE99AA")};

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("relu", "ReLU"), Map.entry("leaky_relu", "Leaky ReLU"), Map.entry("elu", "ELU"),
            Map.entry("gelu", "GELU"), Map.entry("silu", "SiLU"), Map.entry("sgd", "SGD"),
            Map.entry("momentum", "Momentum"), Map.entry("nesterov", "Nesterov"), Map.entry("adagrad", "Adagrad"),
            Map.entry("rmsprop", "RMSProp"), Map.entry("adadelta", "Adadelta"), Map.entry("adam", "Adam"),
            Map.entry("adamw", "AdamW"), Map.entry("glorot_uniform", "Glorot uniform"),
            Map.entry("glorot_normal", "Glorot normal"), Map.entry("he_uniform", "He uniform"),
            Map.entry("he_normal", "He normal"), Map.entry("lecun", "LeCun"), Map.entry("zeros", "zeros"),
            Map.entry("bce", "Cross-entropy"), Map.entry("softmax_ce", "Softmax CE"), Map.entry("mse", "MSE"),
            Map.entry("mae", "MAE"), Map.entry("half_squared", "½ squared error"), Map.entry("none", "none"),
            Map.entry("l1", "L1"), Map.entry("l2", "L2"), Map.entry("elastic", "Elastic net"),
            Map.entry("constant", "constant"), Map.entry("step", "step decay"), Map.entry("exponential", "exponential"),
            Map.entry("cosine", "cosine"), Map.entry("cosine_restarts", "cosine restarts"),
            Map.entry("warmup_linear", "warm-up, linear"), Map.entry("inverse_sqrt", "1/√t"));

    private VariantStyle() {}

    static Color color(int index, boolean dark) {
        Color[] set = dark ? DARK : LIGHT;
        return set[Math.floorMod(index, set.length)];
    }

    /** The variant's value as a title: "lr = 0.03", "λ = 0.01", "Adam", "8-8-8 hidden"; an extra run keeps its label. */
    static String title(ComparedSetting setting, Variant v) {
        return v.value() == null ? v.label() : title(setting, v.value());
    }

    static String title(ComparedSetting setting, String value) {
        return switch (setting) {
            case LR -> "lr = " + value;
            case REG_RATE -> "λ = " + value;
            case DROPOUT -> "dropout = " + value;
            case BATCH -> value.equals(ComparedSetting.ALL_KEY) ? "full batch" : "batch of " + value;
            case HIDDEN -> value.equals(ComparedSetting.NO_HIDDEN) ? "no hidden layer" : value.replace(',', '-') + " hidden";
            case FEATURES -> features(value);
            case INIT -> init(value);
            case REGULARIZATION -> {
                String[] p = value.split(":");
                yield p.length > 1 ? name(p[0]) + " " + p[1] : name(p[0]);
            }
            default -> name(value);
        };
    }

    private static String init(String value) {
        String[] p = value.split(":");
        if (p.length > 1 && p[0].equals("normal")) return "N(0, " + p[1] + "²)";
        if (p.length > 1 && p[0].equals("uniform")) return "U(±" + p[1] + ")";
        return name(p[0]);
    }

    private static String features(String value) {
        List<String> out = new ArrayList<>();
        for (String k : value.split(",")) out.add(Feature.fromKey(k).label());
        return String.join(", ", out);
    }

    private static String name(String key) { return NAMES.getOrDefault(key, key); }
}
