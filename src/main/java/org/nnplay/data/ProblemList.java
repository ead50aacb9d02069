package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;

/** Collects the first few problems of one file; reading stops (with the exception) once it is full. */
final class ProblemList {
    private final String file;
    private final List<DataFormatException.Problem> problems = new ArrayList<>();

    ProblemList(String file) { this.file = file; }

    /** Records a problem; throws once {@value DataFormatException#MAX_PROBLEMS} are collected. */
    void add(int line, int column, String message) throws DataFormatException {
        problems.add(new DataFormatException.Problem(file, line, column, message));
        if (problems.size() >= DataFormatException.MAX_PROBLEMS) {
            throw new DataFormatException(problems);
        }
    }

    /** Records a problem that ends reading at once. */
    DataFormatException fatal(int line, int column, String message) {
        problems.add(new DataFormatException.Problem(file, line, column, message));
        return new DataFormatException(problems);
    }

    void throwIfAny() throws DataFormatException {
        if (!problems.isEmpty()) {
            throw new DataFormatException(problems);
        }
    }
}
