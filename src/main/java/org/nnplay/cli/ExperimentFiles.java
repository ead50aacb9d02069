package org.nnplay.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;
import org.nnplay.experiment.link.Links;

/**
 * The commands' one way to read an experiment: from a file, or from a link wherever a file is accepted (an
 * {@code nnplay:} link, a TensorFlow Playground link or just its {@code #…} part). Every failure becomes one
 * message that says what and where; a link is checked exactly as a file is.
 */
final class ExperimentFiles {
    private ExperimentFiles() {}

    static Experiment load(Path file) {
        return load(file.toString());
    }

    /** The experiment in {@code source}, a file name or a link. */
    static Experiment load(String source) {
        return read(source).experiment();
    }

    /** The experiment in {@code source} with the warnings about what it ignored. */
    static LoadResult read(String source) {
        try {
            if (Links.opensAsLink(source)) {
                return Links.read(source);
            }
            return new ExperimentIO().read(Path.of(source));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such file", e);
        } catch (ExperimentFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "cannot read " + source : e.getMessage(), e);
        }
    }

    /** {@code message} about {@code source} for a command's error line: links name themselves in their messages. */
    static String where(String source, String message) {
        return Links.opensAsLink(source) ? message : source + ": " + message;
    }
}
