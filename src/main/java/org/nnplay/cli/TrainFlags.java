package org.nnplay.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Experiment;

/**
 * The {@code train} command's flags. Each setting flag becomes an edit of the experiment, applied in the order given
 * after the {@code --experiment} file (if any) is loaded, so flags override the file.
 */
final class TrainFlags {
    static final Set<String> SETTINGS = Set.of("--dataset", "--samples", "--noise", "--train-ratio", "--seed",
            "--features", "--hidden", "--activation", "--loss", "--optimizer", "--lr", "--batch", "--regularization",
            "--reg-rate", "--backend");

    /** One setting flag and how it edits the experiment. */
    record Edit(String flag, String value, UnaryOperator<Experiment> apply) {}

    Path experiment;
    Path data;
    /** {@code --columns NAME1,NAME2} and {@code --label NAME}: which columns of the data file to take. */
    String x1Column;
    String x2Column;
    String labelColumn;
    /** {@code --strict}: refuse rows with missing values instead of skipping them. */
    boolean strict;
    Path out;
    Long epochs;
    Integer every;
    boolean json;
    final List<Edit> edits = new ArrayList<>();

    static TrainFlags parse(String[] args) {
        TrainFlags f = new TrainFlags();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--json")) {
                f.json = true;
                continue;
            }
            if (flag.equals("--strict")) {
                f.strict = true;
                continue;
            }
            if (!flag.startsWith("--")) {
                throw new UsageException("unexpected argument '" + flag + "'");
            }
            if (i + 1 >= args.length) {
                throw new UsageException(flag + " needs a value");
            }
            String v = args[++i];
            switch (flag) {
                case "--experiment" -> f.experiment = Path.of(v);
                case "--data" -> f.data = Path.of(v);
                case "--columns" -> {
                    String[] names = v.split(",", -1);
                    if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
                        throw new UsageException("--columns takes two column names, NAME1,NAME2, found '" + v + "'");
                    }
                    f.x1Column = names[0].strip();
                    f.x2Column = names[1].strip();
                }
                case "--label" -> {
                    if (v.isBlank()) {
                        throw new UsageException("--label takes a column name");
                    }
                    f.labelColumn = v.strip();
                }
                case "--out" -> f.out = Path.of(v);
                case "--epochs" -> f.epochs = parseLong(flag, v, 0, 1_000_000_000L);
                case "--every" -> f.every = (int) parseLong(flag, v, 1, Integer.MAX_VALUE);
                default -> {
                    if (!SETTINGS.contains(flag)) {
                        throw new UsageException("unknown flag '" + flag + "'");
                    }
                    try {
                        f.edits.add(new Edit(flag, v, edit(flag, v)));
                    } catch (UsageException e) {
                        throw e;
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(flag + ": " + e.getMessage());
                    }
                }
            }
        }
        if (f.data == null && (f.x1Column != null || f.labelColumn != null || f.strict)) {
            throw new UsageException("--columns, --label and --strict choose what to read from --data FILE.csv");
        }
        if (f.data != null && f.edits.stream().anyMatch(e -> e.flag().equals("--dataset"))) {
            throw new UsageException("--data and --dataset cannot be used together: the points come from one of them");
        }
        return f;
    }

    private static UnaryOperator<Experiment> edit(String flag, String v) {
        return switch (flag) {
            case "--dataset" -> {
                DatasetKind k = DatasetKind.fromKey(v);
                yield e -> e.withDataset(k);
            }
            case "--samples" -> {
                int n = (int) parseLong(flag, v, 1, Integer.MAX_VALUE);
                yield e -> e.withData(d -> d.withSamples(n));
            }
            case "--noise" -> {
                double x = parseDouble(flag, v);
                yield e -> e.withData(d -> d.withNoise(x));
            }
            case "--train-ratio" -> {
                double x = parseDouble(flag, v);
                yield e -> e.withData(d -> d.withTrainRatio(x));
            }
            case "--seed" -> {
                long s = parseLong(flag, v, Long.MIN_VALUE, Long.MAX_VALUE);
                yield e -> e.withSeed(s);
            }
            case "--features" -> {
                List<Feature> fs = new ArrayList<>();
                for (String k : v.split(",")) {
                    if (!k.isBlank()) fs.add(Feature.fromKey(k));
                }
                yield e -> e.withFeatures(x -> x.withInputs(fs));
            }
            case "--hidden" -> {
                List<Integer> sizes = new ArrayList<>();
                for (String k : v.split(",")) {
                    if (!k.isBlank()) sizes.add((int) parseLong(flag, k.trim(), 1, Integer.MAX_VALUE));
                }
                yield e -> e.withNetwork(n -> n.withHidden(sizes));
            }
            case "--activation" -> {
                ActivationKind a = ActivationKind.fromKey(v);
                yield e -> e.withNetwork(n -> n.withActivation(a).withLayerActivations(null));
            }
            case "--loss" -> {
                LossKind l = LossKind.fromKey(v);
                yield e -> e.withLossChosen(l);
            }
            case "--optimizer" -> {
                OptimizerKind o = OptimizerKind.fromKey(v);
                yield e -> e.withTraining(t -> t.withOptimizer(o));
            }
            case "--lr" -> {
                double x = parseDouble(flag, v);
                yield e -> e.withTraining(t -> t.withLearningRate(x));
            }
            case "--batch" -> {
                int b = (int) parseLong(flag, v, 1, Integer.MAX_VALUE);
                yield e -> e.withTraining(t -> t.withBatchSize(b));
            }
            case "--regularization" -> {
                RegularizationKind r = RegularizationKind.fromKey(v);
                yield e -> e.withTraining(t -> t.withRegularization(r));
            }
            case "--reg-rate" -> {
                double x = parseDouble(flag, v);
                yield e -> e.withTraining(t -> t.withRegularizationRate(x));
            }
            case "--backend" -> {
                BackendKind b = BackendKind.fromKey(v);
                yield e -> e.withTraining(t -> t.withBackend(b));
            }
            default -> throw new UsageException("unknown flag '" + flag + "'");
        };
    }

    static long parseLong(String flag, String v, long min, long max) {
        try {
            long x = Long.parseLong(v.trim().replace("_", ""));
            if (x < min || x > max) {
                throw new UsageException(flag + " = " + v + " is out of range: allowed " + min + " to " + max);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + ": expected a whole number, found '" + v + "'");
        }
    }

    static double parseDouble(String flag, String v) {
        try {
            double x = Double.parseDouble(v.trim());
            if (!Double.isFinite(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + ": expected a number, found '" + v + "'");
        }
    }

    /** Bad command-line input: the command prints the message and the usage, and exits with 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) { super(message); }
    }

    @Override
    public String toString() { return "TrainFlags" + Arrays.asList(experiment, data, out, epochs, every, json, edits.size()); }
}
