package org.nnplay.ui;

import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;
import org.nnplay.experiment.CurveScale;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.experiment.Palette;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.Theme;

/**
 * The one place where a setting gets the name and formula the course gives it ("Cosine with warm restarts",
 * "Glorot uniform", "σ(x) = 1 / (1 + e⁻ˣ)"): menus, the bar's choices, the builder, the Advanced sheet, the
 * activation gallery and tooltips all ask here, so no constant's code name ({@code COSINE_RESTARTS},
 * {@code softmax_ce}) ever reaches the screen. Keys in files and on the command line stay what {@code key()} says.
 */
public final class Formulas {
    private Formulas() {}

    // ---- activations -------------------------------------------------------------------------------------------

    public static String name(ActivationKind k) {
        return switch (k) {
            case SIGMOID -> "Sigmoid";
            case TANH -> "Tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "Leaky ReLU";
            case ELU -> "ELU";
            case GELU -> "GELU";
            case SILU -> "SiLU";
            case SOFTPLUS -> "Softplus";
            case LINEAR -> "Linear";
            case STEP -> "Binary step";
        };
    }

    /**
     * Shorter names for a narrow column of the builder, longest first; the last always fits the narrowest column
     * (the menu and the tooltip keep the full name).
     */
    public static java.util.List<String> shortNames(ActivationKind k) {
        return switch (k) {
            case SIGMOID -> java.util.List.of("Sigmoid", "Sigm", "σ");
            case TANH -> java.util.List.of("Tanh", "tanh");
            case RELU -> java.util.List.of("ReLU");
            case LEAKY_RELU -> java.util.List.of("Leaky ReLU", "LReLU", "LR");
            case ELU -> java.util.List.of("ELU");
            case GELU -> java.util.List.of("GELU");
            case SILU -> java.util.List.of("SiLU");
            case SOFTPLUS -> java.util.List.of("Softplus", "Soft+", "S+");
            case LINEAR -> java.util.List.of("Linear", "Lin", "x");
            case STEP -> java.util.List.of("Binary step", "Step", "⌐");
        };
    }

    /** The function as the lectures write it, with the default Leaky ReLU slope. */
    public static String function(ActivationKind k) { return function(k, NetworkSettings.DEFAULTS.leakySlope()); }

    /** The function as the lectures write it; {@code slope} is Leaky ReLU's (the course's 0.1 gives max(0.1x, x)). */
    public static String function(ActivationKind k, double slope) {
        return switch (k) {
            case SIGMOID -> "σ(x) = 1 / (1 + e⁻ˣ)";
            case TANH -> "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)";
            case RELU -> "ReLU(x) = max(0, x)";
            case LEAKY_RELU -> "LeakyReLU(x) = max(" + number(slope) + "x, x)";
            case ELU -> "ELU(x) = x if x > 0, else eˣ − 1";
            case GELU -> "GELU(x) = ½x·(1 + tanh u),  u = √(2/π)·(x + 0.044715x³)";
            case SILU -> "SiLU(x) = x·σ(x)";
            case SOFTPLUS -> "softplus(x) = ln(1 + eˣ)";
            case LINEAR -> "f(x) = x";
            case STEP -> "step(x) = 1 if x > 0, else 0";
        };
    }

    /** The derivative, written out in full (GELU's with the u of its function). */
    public static String derivative(ActivationKind k, double slope) {
        return switch (k) {
            case SIGMOID -> "σ′(x) = σ(x)·(1 − σ(x))";
            case TANH -> "tanh′(x) = 1 − tanh²(x)";
            case RELU -> "ReLU′(x) = 1 if x > 0, else 0";
            case LEAKY_RELU -> "LeakyReLU′(x) = 1 if x > 0, else " + number(slope);
            case ELU -> "ELU′(x) = 1 if x > 0, else eˣ";
            case GELU -> "GELU′(x) = ½(1 + tanh u) + ½x·(1 − tanh² u)·√(2/π)·(1 + 0.134145x²)";
            case SILU -> "SiLU′(x) = σ(x)·(1 + x·(1 − σ(x)))";
            case SOFTPLUS -> "softplus′(x) = σ(x) = 1 / (1 + e⁻ˣ)";
            case LINEAR -> "f′(x) = 1";
            case STEP -> "step′(x) = 0: no gradient flows back, so it cannot train";
        };
    }

    /** Function and derivative on two lines, for tooltips. */
    public static String formula(ActivationKind k) {
        double slope = NetworkSettings.DEFAULTS.leakySlope();
        return function(k, slope) + "\n" + derivative(k, slope);
    }

    // ---- losses ------------------------------------------------------------------------------------------------

    public static String name(LossKind k) {
        return switch (k) {
            case BCE -> "Binary cross-entropy";
            case SOFTMAX_CE -> "Softmax cross-entropy";
            case MSE -> "Mean squared error (ŷ − y)²";
            case MAE -> "Mean absolute error |ŷ − y|";
            case HALF_SQUARED -> "Mean squared error ½(ŷ − y)²";
        };
    }

    public static String formula(LossKind k) {
        return switch (k) {
            case BCE -> "L = −[y·ln ŷ + (1 − y)·ln(1 − ŷ)],  ŷ = σ(z): a sigmoid output read as P(class 1)";
            case SOFTMAX_CE -> "L = −Σₖ yₖ·ln ŷₖ,  ŷₖ = e^zₖ / Σⱼ e^zⱼ: one output per class";
            case MSE -> "L = (1/n)·Σ (ŷ − y)²: a linear output; large errors weigh most";
            case MAE -> "L = (1/n)·Σ |ŷ − y|: a linear output; every error weighs the same";
            case HALF_SQUARED -> "L = (1/n)·Σ ½(ŷ − y)²: a tanh output on labels y = ±1, as TensorFlow Playground";
        };
    }

    /**
     * The output neuron's activation, which the loss implies: what the bar's activation should read when there is
     * no hidden layer ("Sigmoid" for a perceptron trained with binary cross-entropy).
     */
    public static String outputActivation(LossKind k) {
        return switch (k) {
            case BCE -> name(ActivationKind.SIGMOID) + " σ(z)";
            case SOFTMAX_CE -> "Softmax";
            case MSE, MAE -> name(ActivationKind.LINEAR) + " (identity)";
            case HALF_SQUARED -> name(ActivationKind.TANH);
        };
    }

    // ---- optimizers, schedules, penalties, initialisers --------------------------------------------------------

    public static String name(OptimizerKind k) {
        return switch (k) {
            case SGD -> "SGD";
            case MOMENTUM -> "SGD with momentum";
            case NESTEROV -> "Nesterov momentum";
            case ADAGRAD -> "Adagrad";
            case RMSPROP -> "RMSProp";
            case ADADELTA -> "Adadelta";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
        };
    }

    public static String formula(OptimizerKind k) {
        return switch (k) {
            case SGD -> "w ← w − η·∇L";
            case MOMENTUM -> "v ← μ·v − η·∇L;   w ← w + v";
            case NESTEROV -> "v ← μ·v − η·∇L(w + μ·v);   w ← w + v";
            case ADAGRAD -> "G ← G + (∇L)²;   w ← w − η·∇L / (√G + ε)";
            case RMSPROP -> "E ← ρ·E + (1 − ρ)·(∇L)²;   w ← w − η·∇L / (√E + ε)";
            case ADADELTA -> "E ← ρ·E + (1 − ρ)·g²;   Δ = −√(D + ε)/√(E + ε)·g;   D ← ρ·D + (1 − ρ)·Δ²;   w ← w + Δ";
            case ADAM -> "m ← β₁m + (1 − β₁)g;   v ← β₂v + (1 − β₂)g²;   w ← w − η·m̂ / (√v̂ + ε)";
            case ADAMW -> "Adam, plus decoupled weight decay:   w ← w − η·(m̂ / (√v̂ + ε) + λ·w)";
        };
    }

    public static String name(ScheduleKind k) {
        return switch (k) {
            case CONSTANT -> "Constant";
            case STEP -> "Step decay";
            case EXPONENTIAL -> "Exponential decay";
            case COSINE -> "Cosine decay";
            case COSINE_RESTARTS -> "Cosine with warm restarts";
            case WARMUP_LINEAR -> "Linear warm-up, then linear decay";
            case INVERSE_SQRT -> "Inverse square root";
        };
    }

    /** e = epoch, η₀ = the learning rate set in the bar. */
    public static String formula(ScheduleKind k) {
        return switch (k) {
            case CONSTANT -> "η = η₀ at every epoch";
            case STEP -> "η = η₀·γ^⌊e / step⌋: multiplied by γ every step epochs";
            case EXPONENTIAL -> "η = η₀·γ^(e / step): a smooth decay";
            case COSINE -> "η falls from η₀ to the minimum along half a cosine over one period";
            case COSINE_RESTARTS -> "The cosine decay, restarting at η₀ every period (SGDR, Loshchilov & Hutter)";
            case WARMUP_LINEAR -> "η rises linearly over the warm-up epochs, then falls linearly to the minimum";
            case INVERSE_SQRT -> "η = η₀·√(w / max(e, w)), w = the warm-up epochs";
        };
    }

    public static String name(RegularizationKind k) {
        return switch (k) {
            case NONE -> "None";
            case L1 -> "L1";
            case L2 -> "L2";
            case ELASTIC -> "Elastic net (L1 + L2)";
        };
    }

    public static String formula(RegularizationKind k) {
        return switch (k) {
            case NONE -> "No penalty on the weights";
            case L1 -> "L + λ·Σ|w|   (drives weights to exactly zero)";
            case L2 -> "L + λ·½·Σw²   (weight decay: smoother boundaries as λ grows)";
            case ELASTIC -> "L + λ·(α·Σ|w| + (1 − α)·½·Σw²)";
        };
    }

    public static String name(InitKind k) {
        return switch (k) {
            case GLOROT_UNIFORM -> "Glorot uniform";
            case GLOROT_NORMAL -> "Glorot normal";
            case HE_UNIFORM -> "He uniform";
            case HE_NORMAL -> "He normal";
            case LECUN -> "LeCun normal";
            case NORMAL -> "Normal N(0, σ²)";
            case UNIFORM -> "Uniform U(−a, a)";
            case ZEROS -> "Zeros";
        };
    }

    public static String formula(InitKind k) {
        return switch (k) {
            case GLOROT_UNIFORM -> "Xavier/Glorot: w ~ U(−a, a), a = √(6 / (fan-in + fan-out))";
            case GLOROT_NORMAL -> "Xavier/Glorot: w ~ N(0, 2 / (fan-in + fan-out))";
            case HE_UNIFORM -> "He, for ReLU: w ~ U(−a, a), a = √(6 / fan-in)";
            case HE_NORMAL -> "He, for ReLU: w ~ N(0, 2 / fan-in)";
            case LECUN -> "w ~ N(0, 1 / fan-in)";
            case NORMAL -> "w ~ N(0, σ²), σ = the initial scale";
            case UNIFORM -> "w ~ U(−a, a), a = the initial scale (TensorFlow Playground: 0.5)";
            case ZEROS -> "Every weight 0: all neurons of a layer stay the same";
        };
    }

    // ---- data, problem, machine, view --------------------------------------------------------------------------

    public static String name(ProblemType p) { return p == ProblemType.REGRESSION ? "Regression" : "Classification"; }

    /** The data set's full name ("Exclusive or", "Will I pass this class?"), as the data layer titles it. */
    public static String name(DatasetKind k) {
        return DataSets.title(new DatasetSpec(k, 100, 0, 50, 1, DataSettings.defaultClasses(k)));
    }

    /** A name that fits under a data set's thumbnail; {@link #name(DatasetKind)} is the tooltip. */
    public static String shortName(DatasetKind k) {
        return switch (k) {
            case CIRCLE -> "Circle";
            case XOR -> "XOR";
            case GAUSS -> "Gauss";
            case SPIRAL -> "Spiral";
            case MOONS -> "Moons";
            case PASS -> "Pass?";
            case BLOBS -> "Blobs";
            case SPIRAL3 -> "3 spirals";
            case PLANE -> "Plane";
            case MULTI_GAUSS -> "Peaks"; // its Gaussian peaks; "Multi Gaussian" is the tooltip
        };
    }

    public static String name(BackendKind k) {
        return switch (k) {
            case AUTO -> "Automatic";
            case JVM -> "Plain Java";
            case ND4J -> "ND4J";
        };
    }

    public static String name(org.nnplay.training.search.Strategy s) {
        return s == org.nnplay.training.search.Strategy.GRID ? "Grid" : "Random";
    }

    public static String name(Palette p) { return p == Palette.BLUE_ORANGE ? "Blue and orange" : "Red and green"; }

    public static String name(Theme t) { return t == Theme.DARK ? "Dark" : "Light"; }

    public static String name(CurveScale s) { return s == CurveScale.LOG ? "Log" : "Linear"; }

    public static String name(LandscapeMode m) {
        return switch (m) {
            case AROUND -> "Around weights";
            case PATH -> "Training path";
            case LINE -> "Line";
            case SURFACE -> "3-D";
        };
    }

    public static String name(StageView v) {
        return switch (v) {
            case NORMAL -> "All views";
            case BOUNDARY -> "Decision boundary";
            case CURVES -> "Learning curves";
            case LANDSCAPE -> "Loss landscape";
            case BUILDER -> "Network builder";
            case COMPARE -> "Compare runs";
        };
    }

    /** Any of the settings above by its type, for generic editors; other values as {@code toString()}. */
    public static String name(Object v) {
        return switch (v) {
            case null -> "";
            case ActivationKind k -> name(k);
            case LossKind k -> name(k);
            case OptimizerKind k -> name(k);
            case ScheduleKind k -> name(k);
            case RegularizationKind k -> name(k);
            case InitKind k -> name(k);
            case ProblemType k -> name(k);
            case DatasetKind k -> name(k);
            case BackendKind k -> name(k);
            case Palette k -> name(k);
            case Theme k -> name(k);
            case CurveScale k -> name(k);
            case StageView k -> name(k);
            case LandscapeMode k -> name(k);
            case org.nnplay.training.search.Strategy k -> name(k);
            case Boolean b -> b ? "Yes" : "No";
            default -> v.toString();
        };
    }

    /** The formula or explanation of a setting's value for its tooltip, or null when it has none. */
    public static String formula(Object v) {
        return switch (v) {
            case ActivationKind k -> formula(k);
            case LossKind k -> formula(k);
            case OptimizerKind k -> formula(k);
            case ScheduleKind k -> formula(k);
            case RegularizationKind k -> formula(k);
            case InitKind k -> formula(k);
            case null, default -> null;
        };
    }

    /** The speed cap: "max" (as fast as the machine can) or "30 epochs/s". */
    public static String speed(double epochsPerSecond) {
        return epochsPerSecond <= 0 ? "max" : number(epochsPerSecond) + (epochsPerSecond == 1 ? " epoch/s" : " epochs/s");
    }

    /** A percentage of a slider: "26 %". */
    public static String percent(double v) { return Math.round(v) + " %"; }

    /** A short plain number: 0.1, 3, 0.001 (no trailing zeros). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
