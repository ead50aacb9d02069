package org.nnplay.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.nnplay.data.Feature;
import org.nnplay.engine.Named;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.ScheduleKind;

/**
 * A setting a {@link Comparison} varies, by the name the {@code train} command's flag has without its dashes. Each
 * takes its values as text, as typed after {@code --vary SETTING=}:
 * <ul>
 * <li>{@code activation}, {@code optimizer}, {@code loss}, {@code schedule}: a key, e.g. {@code tanh},
 *     {@code adam}, {@code bce}, {@code cosine} (the schedule keeps the experiment's parameters)</li>
 * <li>{@code lr}, {@code reg-rate}, {@code dropout}: a number; a rate above 0 on an experiment without a penalty
 *     turns on L2</li>
 * <li>{@code batch}: a whole number, or {@code all} for the whole training split</li>
 * <li>{@code init}: a key, or {@code normal:σ} / {@code uniform:a} with its scale</li>
 * <li>{@code regularization}: a key, or {@code key:rate}</li>
 * <li>{@code hidden}: neurons per layer, e.g. {@code 4,2}; {@code none} for no hidden layer</li>
 * <li>{@code features}: input features, e.g. {@code x1,x2,x1sq}</li>
 * </ul>
 * Values are kept in a canonical form ({@link #canonical}) so that {@code 0.10} and {@code 0.1} are one value.
 */
public enum ComparedSetting implements Named {
    ACTIVATION("activation"),
    LR("lr"),
    OPTIMIZER("optimizer"),
    BATCH("batch"),
    INIT("init"),
    REGULARIZATION("regularization"),
    REG_RATE("reg-rate"),
    HIDDEN("hidden"),
    FEATURES("features"),
    LOSS("loss"),
    SCHEDULE("schedule"),
    DROPOUT("dropout");

    /** The batch size that stands for "all the training points": the engine takes at most the split's size. */
    public static final int ALL = (int) TrainingSettings.BATCH_SIZE.max();
    public static final String ALL_KEY = "all";
    public static final String NO_HIDDEN = "none";

    private final String key;

    ComparedSetting(String key) {
        this.key = key;
    }

    @Override public String key() { return key; }

    /** The setting named {@code key} (e.g. {@code reg-rate}); the message lists the allowed ones. */
    public static ComparedSetting fromKey(String key) { return Named.parse(ComparedSetting.class, key, "setting"); }

    /**
     * The canonical text of {@code value}: keys in lower case, numbers without trailing zeros, lists joined by
     * commas.
     *
     * @throws IllegalArgumentException saying why the value does not fit this setting: "is out of range: allowed
     *         (0, 10]" about the whole value, "'x9' is not allowed: ..." about a part of it
     */
    public String canonical(String value) {
        if (value == null || value.isBlank() && this != HIDDEN) {
            throw new IllegalArgumentException("is empty");
        }
        String v = value.trim();
        return switch (this) {
            case ACTIVATION -> key(ActivationKind.class, v, false);
            case OPTIMIZER -> key(OptimizerKind.class, v, false);
            case LOSS -> key(LossKind.class, v, false);
            case SCHEDULE -> key(ScheduleKind.class, v, false);
            case LR -> number(v, TrainingSettings.LEARNING_RATE, "a learning rate");
            case REG_RATE -> number(v, TrainingSettings.REGULARIZATION_RATE, "a regularisation rate");
            case DROPOUT -> number(v, NetworkSettings.DROPOUT, "a dropout rate");
            case BATCH -> v.equalsIgnoreCase(ALL_KEY) ? ALL_KEY : whole(v, TrainingSettings.BATCH_SIZE, "a batch size");
            case INIT -> withScale(InitKind.class, v, NetworkSettings.INIT_SCALE, "scale");
            case REGULARIZATION -> withScale(RegularizationKind.class, v, TrainingSettings.REGULARIZATION_RATE, "rate");
            case HIDDEN -> hidden(v);
            case FEATURES -> features(v);
        };
    }

    /** The change that gives an experiment this setting's {@code value} (canonical or not). */
    public UnaryOperator<Experiment> edit(String value) {
        String v = canonical(value);
        return switch (this) {
            case ACTIVATION -> {
                ActivationKind a = ActivationKind.fromKey(v);
                yield e -> e.withNetwork(n -> n.withActivation(a).withLayerActivations(null));
            }
            case OPTIMIZER -> {
                OptimizerKind o = OptimizerKind.fromKey(v);
                yield e -> e.withTraining(t -> t.withOptimizer(o));
            }
            case LOSS -> {
                LossKind l = LossKind.fromKey(v);
                yield e -> e.withTraining(t -> t.withLoss(l));
            }
            case SCHEDULE -> {
                ScheduleKind k = Named.parse(ScheduleKind.class, v, "schedule");
                yield e -> e.withTraining(t -> t.withSchedule(t.schedule().withKind(k)));
            }
            case LR -> {
                double x = Double.parseDouble(v);
                yield e -> e.withTraining(t -> t.withLearningRate(x));
            }
            case REG_RATE -> {
                double x = Double.parseDouble(v);
                yield e -> e.withTraining(t -> t.regularization() == RegularizationKind.NONE && x > 0
                        ? t.withRegularization(RegularizationKind.L2).withRegularizationRate(x)
                        : t.withRegularizationRate(x));
            }
            case DROPOUT -> {
                double x = Double.parseDouble(v);
                yield e -> e.withNetwork(n -> n.withDropout(x));
            }
            case BATCH -> {
                int b = v.equals(ALL_KEY) ? ALL : Integer.parseInt(v);
                yield e -> e.withTraining(t -> t.withBatchSize(b));
            }
            case INIT -> {
                String[] p = v.split(":");
                InitKind k = InitKind.fromKey(p[0]);
                // another initialiser means other starting weights: saved ones would hide the difference
                yield e -> e.withWeights(null).withNetwork(n -> p.length > 1
                        ? n.withInit(k).withInitScale(Double.parseDouble(p[1])) : n.withInit(k));
            }
            case REGULARIZATION -> {
                String[] p = v.split(":");
                RegularizationKind k = RegularizationKind.fromKey(p[0]);
                yield e -> e.withTraining(t -> p.length > 1
                        ? t.withRegularization(k).withRegularizationRate(Double.parseDouble(p[1]))
                        : t.withRegularization(k));
            }
            case HIDDEN -> {
                List<Integer> sizes = v.equals(NO_HIDDEN) ? List.of()
                        : List.of(v.split(",")).stream().map(Integer::valueOf).toList();
                yield e -> e.withNetwork(n -> n.withHidden(sizes));
            }
            case FEATURES -> {
                List<Feature> fs = List.of(v.split(",")).stream().map(Feature::fromKey).toList();
                yield e -> e.withFeatures(f -> f.withInputs(fs));
            }
        };
    }

    /** The experiment's own value of this setting, canonical (what "compare this setting" starts from). */
    public String valueOf(Experiment e) {
        NetworkSettings n = e.network();
        TrainingSettings t = e.training();
        return switch (this) {
            case ACTIVATION -> n.activation().key();
            case OPTIMIZER -> t.optimizer().key();
            case LOSS -> t.loss().key();
            case SCHEDULE -> t.schedule().kind().key();
            case LR -> plain(t.learningRate());
            case REG_RATE -> plain(t.regularizationRate());
            case DROPOUT -> plain(n.dropout());
            case BATCH -> t.batchSize() >= ALL ? ALL_KEY : Integer.toString(t.batchSize());
            case INIT -> n.init() == InitKind.NORMAL || n.init() == InitKind.UNIFORM
                    ? n.init().key() + ":" + plain(n.initScale()) : n.init().key();
            case REGULARIZATION -> t.regularization() == RegularizationKind.NONE ? t.regularization().key()
                    : t.regularization().key() + ":" + plain(t.regularizationRate());
            case HIDDEN -> n.hidden().isEmpty() ? NO_HIDDEN
                    : n.hidden().stream().map(String::valueOf).collect(Collectors.joining(","));
            case FEATURES -> e.features().inputs().stream().map(Feature::key).collect(Collectors.joining(","));
        };
    }

    /**
     * Values worth comparing with the experiment's own (which comes first where it fits): the course's usual
     * contrasts, e.g. the six optimizers, or a learning rate ten times smaller and larger. 2 to 8 of them.
     */
    public List<String> suggestions(Experiment e) {
        String own = valueOf(e);
        List<String> out = new ArrayList<>();
        out.add(own);
        List<String> more = switch (this) {
            case ACTIVATION -> List.of("linear", "tanh", "relu", "sigmoid");
            case OPTIMIZER -> List.of("sgd", "momentum", "adagrad", "rmsprop", "adadelta", "adam");
            case LOSS -> e.data().problem() == org.nnplay.data.ProblemType.REGRESSION ? List.of("mse", "mae")
                    : e.data().classes() > 2 ? List.of("softmax_ce") : List.of("half_squared", "bce");
            case SCHEDULE -> List.of("constant", "step", "cosine", "cosine_restarts");
            case LR -> List.of(plain(e.training().learningRate() / 10), plain(e.training().learningRate() * 10));
            case REG_RATE -> List.of("0", "0.001", "0.01", "0.1");
            case DROPOUT -> List.of("0", "0.2", "0.5");
            case BATCH -> List.of("1", "10", ALL_KEY);
            case INIT -> List.of("normal:5", "glorot_uniform", "he_normal");
            case REGULARIZATION -> List.of("none", "l1:0.001", "l2:0.001");
            case HIDDEN -> List.of(NO_HIDDEN, "4", "8,8", "8,8,8");
            case FEATURES -> List.of("x1,x2", "x1,x2,x1sq,x2sq", "r,theta");
        };
        for (String m : more) {
            String c;
            try {
                c = canonical(m);
            } catch (IllegalArgumentException outOfRange) {
                continue;
            }
            if (!out.contains(c) && out.size() < Comparison.MAX_VALUES) out.add(c);
        }
        return List.copyOf(out);
    }

    /** A number as it is written in a comparison: no exponent, no trailing zeros ("0.001", "3"). */
    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static <E extends Enum<E> & Named> String key(Class<E> type, String v, boolean part) {
        E e = NamedModule.find(type, v);
        if (e == null) {
            throw new IllegalArgumentException(part ? NamedModule.notAllowed(type, v)
                    : "is not allowed: expected one of " + Named.keys(type));
        }
        return e.key();
    }

    private static String number(String v, Range range, String what) {
        double x;
        try {
            x = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number: expected " + what + " in " + range);
        }
        if (!range.contains(x)) {
            throw new IllegalArgumentException("is out of range: allowed " + range);
        }
        return plain(x);
    }

    private static String whole(String v, Range range, String what) {
        long x;
        try {
            x = Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a whole number: expected " + what + " in " + range
                    + (what.equals("a batch size") ? " or " + ALL_KEY : ""));
        }
        if (!range.contains(x)) {
            throw new IllegalArgumentException("is out of range: allowed " + range);
        }
        return Long.toString(x);
    }

    /** {@code key} or {@code key:number}; only normal and uniform take an initialiser scale, every penalty a rate. */
    private static <E extends Enum<E> & Named> String withScale(Class<E> type, String v, Range range, String what) {
        int colon = v.indexOf(':');
        String k = key(type, colon < 0 ? v : v.substring(0, colon).trim(), colon >= 0);
        if (colon < 0) {
            return k;
        }
        boolean takesOne = type.equals(InitKind.class) ? k.equals(InitKind.NORMAL.key()) || k.equals(InitKind.UNIFORM.key())
                : !k.equals(RegularizationKind.NONE.key());
        if (!takesOne) {
            throw new IllegalArgumentException("'" + k + "' takes no " + what);
        }
        return k + ":" + number(v.substring(colon + 1).trim(), range, "a " + what);
    }

    private static String hidden(String v) {
        if (v.isEmpty() || v.toLowerCase(Locale.ROOT).equals(NO_HIDDEN) || v.equals("0")) {
            return NO_HIDDEN;
        }
        String[] parts = v.split(",", -1);
        if (parts.length > NetworkSettings.MAX_LAYERS) {
            throw new IllegalArgumentException("has " + parts.length + " layers: allowed at most "
                    + NetworkSettings.MAX_LAYERS);
        }
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            try {
                out.add(whole(p.trim(), NetworkSettings.NEURONS, "a number of neurons"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + p.trim() + "' " + e.getMessage());
            }
        }
        return String.join(",", out);
    }

    private static String features(String v) {
        List<String> out = new ArrayList<>();
        for (String p : v.split(",", -1)) {
            String k = key(Feature.class, p.trim(), true);
            if (out.contains(k)) {
                throw new IllegalArgumentException("'" + k + "' is listed twice");
            }
            out.add(k);
        }
        return String.join(",", out);
    }
}
