package org.nnplay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.DataFormatException;
import org.nnplay.data.ImportOptions;
import org.nnplay.data.ImportedData;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.Backend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.InvalidSettingException;
import org.nnplay.experiment.Lessons;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;
import org.nnplay.io.SafeText;
import org.nnplay.experiment.LoadResult;
import org.nnplay.training.BackendPicker;
import org.nnplay.training.CsvData;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.TrainingSetup;

/**
 * {@code nnplay train [flags]}: trains an experiment without a window, with the same session code the app runs,
 * and reports progress as text or JSON lines. Exit status: 0 done, 2 bad input, 3 diverged.
 */
final class TrainCommand implements Command {
    static final String USAGE = """
            usage: nnplay train [flags]
              --experiment FILE.json   start from this experiment (the flags below override it); a link
                                       works too: nnplay:… or a TensorFlow Playground link (quote it)
              --lesson ID              start from a lesson's preset (nnplay lessons lists them)
              --dataset NAME           circle, xor, gauss, spiral, moons, pass, blobs, spiral3, plane, multigauss
              --data FILE.csv          train on rows of a CSV file instead (x1, x2, label; names or whole
                                       numbers are classes, other numbers regression values)
              --columns NAME1,NAME2    the file's columns for x1 and x2 (by header name or number)
              --label NAME             the file's label column
              --strict                 refuse rows with missing values (NA, empty, ?, NaN) instead of skipping them
              --samples N --noise PERCENT --train-ratio PERCENT --seed S
              --features LIST          e.g. x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2,r,theta
              --hidden LIST            neurons per hidden layer, e.g. 4,2 (empty for none)
              --activation NAME --loss NAME --optimizer NAME --lr X --batch N
              --regularization none|l1|l2|elastic --reg-rate X
              --epochs N               how long to train (default: the experiment's maxEpochs, else 1000)
              --every N                report every N epochs (default: epochs / 10)
              --backend auto|jvm|nd4j
              --out FILE.json          save the experiment with the trained weights
              --json                   one JSON object per report, then a final one
            exit status: 0 done, 2 bad input, 3 diverged""";

    @Override public String name() { return "train"; }

    @Override public String summary() { return "train an experiment without a window (see: nnplay train --help)"; }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        TrainFlags flags;
        Experiment e;
        try {
            flags = TrainFlags.parse(args);
            if (flags.out != null) {
                checkOut(flags.out);
            }
            e = experiment(flags, err);
        } catch (TrainFlags.UsageException ex) {
            err.println("nnplay train: " + ex.getMessage());
            err.println(USAGE);
            return 2;
        } catch (BadInput ex) {
            err.println("nnplay train: " + ex.getMessage());
            return 2;
        }
        long epochs = flags.epochs != null ? flags.epochs
                : e.training().maxEpochs() > 0 ? e.training().maxEpochs() : 1000;
        int every = flags.every != null ? flags.every : (int) Math.max(1, epochs / 10);
        TrainingSetup setup;
        try {
            Backend backend = BackendPicker.shared().pick(e, true).backend();
            setup = ExperimentSetups.of(e, backend);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            String where = flags.experiment != null ? flags.experiment + ": " : flags.data != null ? flags.data + ": " : "";
            err.println("nnplay train: " + SafeText.escape(where + ex.getMessage()));
            return 2;
        }
        TrainReport report = new TrainReport(out, err, flags.json, setup, epochs);
        HeadlessRun.Result result = HeadlessRun.run(setup, epochs, every, report::report, report::progress);
        report.finish(result);
        if (flags.out != null) {
            try {
                new ExperimentIO().write(e.withWeights(ExperimentMapping.weights(result.weights())), flags.out);
            } catch (IOException ex) {
                err.println("nnplay train: could not save the trained experiment: " + ex.getMessage());
                return 1;
            }
        }
        if (result.status() == HeadlessRun.Status.DIVERGED) {
            String why = result.message() == null ? "" : " " + result.message().replace(", then press play to resume.", ".");
            err.println("nnplay train: diverged at epoch " + (result.epoch() + 1) + "." + why);
            return 3;
        }
        return 0;
    }

    /** The experiment the flags describe: the file (or the defaults) with every setting flag applied, then the CSV. */
    static Experiment experiment(TrainFlags flags, PrintStream err) {
        Experiment e = Experiment.defaults();
        if (flags.lesson != null) {
            try {
                e = Lessons.load(flags.lesson);
            } catch (IllegalArgumentException ex) {
                throw new BadInput(ex.getMessage());
            }
        }
        if (flags.experiment != null) {
            try {
                e = ExperimentFiles.load(flags.experiment, "train", err);
            } catch (ExperimentFormatException ex) {
                throw new BadInput(ex.getMessage());
            }
        }
        if (flags.data != null) {
            e = withCsv(e, flags, err);
        }
        // after the file, so that --loss and the other flags are the user's choices for the file's problem
        for (TrainFlags.Edit edit : flags.edits) {
            try {
                e = edit.apply().apply(e);
            } catch (InvalidSettingException ex) {
                // "--loss half_squared cannot separate 3 classes: …" rather than the experiment's field name
                throw new BadInput(edit.flag() + " " + (ex.detail().startsWith("= ") ? ex.detail().substring(2)
                        : edit.value() + ": " + ex.getMessage()));
            } catch (IllegalArgumentException ex) {
                throw new BadInput(edit.flag() + " " + edit.value() + ": " + ex.getMessage());
            }
        }
        return e;
    }

    private static Experiment withCsv(Experiment e, TrainFlags flags, PrintStream err) {
        Path file = flags.data;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportOptions options = new ImportOptions(flags.x1Column, flags.x2Column, flags.labelColumn, flags.strict, null);
        ImportedData data;
        try {
            data = new CsvImporter().read(file, options);
        } catch (DataFormatException ex) {
            throw new BadInput(ex.getMessage());
        } catch (IOException ex) {
            throw new BadInput(SafeFiles.problem(file, ex).getMessage());
        }
        CsvData.Result result;
        try {
            result = CsvData.apply(e, data, name);
        } catch (IllegalArgumentException ex) {
            throw new BadInput(file + ": " + ex.getMessage());
        }
        result.warnings().forEach(w -> err.println("nnplay train: warning: " + SafeText.escape(name + ": " + w)));
        err.println("nnplay train: " + SafeText.escape(result.summary(name, LossKind::key)));
        return result.experiment();
    }

    /** Before any work: {@code --out} must be a file that can be saved to (not a folder, a device or a pipe). */
    static void checkOut(Path out) {
        try {
            SafeFiles.check(out);
        } catch (FileProblem ex) {
            throw new BadInput("--out " + ex.getMessage());
        }
    }

    /** Input that is well-formed on the command line but wrong (a bad file, an invalid value). */
    static final class BadInput extends RuntimeException {
        BadInput(String message) { super(SafeText.escape(message)); }
    }

    static String fmt(double v) { return String.format(Locale.ROOT, "%.6g", v); }
}
