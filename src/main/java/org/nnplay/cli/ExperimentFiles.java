package org.nnplay.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;

/**
 * The one way the commands read the experiment they are given ({@code train --experiment}, {@code search},
 * {@code landscape}, {@code export}): today a file path. Every failure is an {@link ExperimentFormatException} whose
 * message says what and where in words (file, line, field); other sources of experiments plug in here.
 */
public final class ExperimentFiles {
    private ExperimentFiles() {}

    /** Reads the experiment named by {@code source} (a file path), with what was ignored in it. */
    public static LoadResult read(String source) throws ExperimentFormatException {
        Path file;
        try {
            file = Path.of(source);
        } catch (InvalidPathException e) {
            throw new ExperimentFormatException(source, -1, -1, null, "is not a valid file name", null);
        }
        return new ExperimentIO().read(file);
    }

    /** Reads it and prints its warnings as {@code nnplay COMMAND: warning: SOURCE: ...}. */
    static Experiment load(String source, String command, PrintStream err) throws ExperimentFormatException {
        LoadResult r = read(source);
        for (String w : r.warnings()) {
            err.println("nnplay " + command + ": warning: " + org.nnplay.io.SafeText.escape(source) + ": " + w);
        }
        return r.experiment();
    }
}
