package org.nnplay.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.nnplay.data.CsvExporter;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.io.CommandLine;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;
import org.nnplay.io.SafeText;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.Model;
import org.nnplay.training.PyTorchScript;
import org.nnplay.training.TrainingSetup;

/**
 * {@code nnplay export FILE.json --format pytorch|data|predictions [--out FILE]}: the window's exports without the
 * window, so a teacher can prepare a term's scripts in one go. Writes to standard output, or saves to {@code --out}
 * (checked before any work, saved atomically). Exit status: 0 done, 2 bad input.
 */
final class ExportCommand implements Command {
    static final String USAGE = """
            usage: nnplay export FILE.json --format pytorch|data|predictions [--out FILE]
              --format pytorch       the experiment as a PyTorch script (the window's File → Export → As a PyTorch script)
              --format data          its points as CSV: x1,x2,label,split
              --format predictions   its points with the saved network's prediction for each (needs trained weights:
                                     nnplay train --experiment FILE.json --out FILE.json)
              --out FILE             save here instead of writing to standard output
            exit status: 0 done, 2 bad input""";

    /** What can be exported. */
    enum Format { PYTORCH, DATA, PREDICTIONS }

    @Override public String name() { return "export"; }

    @Override public String summary() { return "an experiment as a PyTorch script, its data or its predictions (CSV)"; }

    @Override public int run(String[] given, PrintStream out, PrintStream err) {
        String[] args = CommandLine.splitEquals(given);
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        String source = null;
        Format format = null;
        Path target = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    if (source != null) throw new TrainFlags.UsageException("unexpected argument '" + a
                            + "': one experiment file only");
                    source = a;
                    continue;
                }
                if (i + 1 >= args.length) throw new TrainFlags.UsageException(a + " needs a value");
                String v = args[++i];
                switch (a) {
                    case "--experiment" -> source = v;
                    case "--format" -> format = format(v);
                    case "--out" -> target = TrainFlags.path(a, v);
                    default -> throw new TrainFlags.UsageException("unknown flag '" + a + "'");
                }
            }
            if (source == null) throw new TrainFlags.UsageException("which experiment? give a FILE.json");
            if (format == null) throw new TrainFlags.UsageException("which export? give --format pytorch, data or predictions");
        } catch (TrainFlags.UsageException e) {
            err.println("nnplay export: " + e.getMessage());
            err.println("(nnplay export --help lists the flags)");
            return 2;
        }
        try {
            if (target != null) SafeFiles.check(target);
        } catch (FileProblem e) {
            err.println("nnplay export: --out " + e.getMessage());
            return 2;
        }
        byte[] bytes;
        try {
            Experiment e = ExperimentFiles.load(source, "export", err);
            bytes = export(e, format, source);
        } catch (ExperimentFormatException e) {
            err.println("nnplay export: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("nnplay export: " + SafeText.escape(source + ": " + e.getMessage()));
            return 2;
        }
        if (target == null) {
            out.write(bytes, 0, bytes.length);
            out.flush();
            return 0;
        }
        try {
            SafeFiles.save(target, o -> o.write(bytes));
        } catch (FileProblem e) {
            err.println("nnplay export: could not save: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static Format format(String v) {
        try {
            return Format.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TrainFlags.UsageException("--format: expected pytorch, data or predictions, found '"
                    + SafeText.shown(v, 40) + "'");
        }
    }

    /** The export's bytes (UTF-8); IllegalArgumentException when the experiment cannot give it. */
    static byte[] export(Experiment e, Format format, String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            switch (format) {
                case PYTORCH -> w.write(PyTorchScript.of(e));
                case DATA -> CsvExporter.writeData(ExperimentMapping.dataSet(e), w);
                case PREDICTIONS -> {
                    if (e.weights() == null) {
                        throw new IllegalArgumentException("has no trained weights to predict with: train it first, "
                                + "e.g. nnplay train --experiment " + source + " --out " + source);
                    }
                    TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);
                    CsvExporter.writePredictions(setup.data(),
                            Model.of(setup, ExperimentMapping.weights(e.weights())).predictions(), w);
                }
            }
        } catch (IOException impossible) {
            throw new IllegalStateException("writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }
}
