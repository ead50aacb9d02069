package org.nnplay.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;

/** Reads an experiment file for a command, turning every failure into one message that says what and where. */
final class ExperimentFiles {
    private ExperimentFiles() {}

    static Experiment load(Path file) {
        try {
            return new ExperimentIO().read(file).experiment();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "cannot read " + file : e.getMessage(), e);
        }
    }
}
