package org.nnplay.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.link.Links;
import org.nnplay.io.SafeText;

/**
 * The one way the commands read the experiment they are given ({@code train --experiment}, {@code search},
 * {@code landscape}, {@code export}): a file, or a link wherever a file is accepted (an {@code nnplay:} link, a
 * TensorFlow Playground link or just its {@code #…} part). Every failure is an {@link ExperimentFormatException} whose
 * message says what and where in words (file, line, field); a link is checked exactly as a file is.
 */
public final class ExperimentFiles {
    private ExperimentFiles() {}

    /** Reads the experiment named by {@code source} (a file path or a link), with what was ignored in it. */
    public static LoadResult read(String source) throws ExperimentFormatException {
        if (Links.opensAsLink(source)) return Links.read(source);
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
            err.println("nnplay " + command + ": warning: " + where(source, w));
        }
        return r.experiment();
    }

    /** {@code message} about {@code source} for a command's line: a file is named; links name themselves. */
    static String where(String source, String message) {
        return Links.opensAsLink(source) ? message : SafeText.escape(source) + ": " + message;
    }
}
