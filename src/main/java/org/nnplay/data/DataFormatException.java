package org.nnplay.data;

import java.util.List;

/**
 * A data file that cannot be read as data: names the file, the line and column of the first problem (1-based; 0
 * where the problem is not at one place, such as a file that is too big) and what was expected. The first
 * {@value #MAX_PROBLEMS} problems found are all kept in {@link #problems()}.
 */
public final class DataFormatException extends Exception {
    /** How many problems are collected before reading stops. */
    public static final int MAX_PROBLEMS = 10;

    /** One problem: where it is (line and column 1-based, 0 = not at one place) and what was expected. */
    public record Problem(String file, int line, int column, String message) {
        @Override public String toString() {
            return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }

    private final List<Problem> problems;

    public DataFormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public DataFormatException(String file, int line, int column, String message) {
        this(List.of(new Problem(file, line, column, message)));
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataFormatException needs at least one problem");
        }
        int more = problems.size() - 1;
        return problems.getFirst() + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "");
    }

    public List<Problem> problems() { return problems; }

    public String file() { return problems.getFirst().file(); }

    public int line() { return problems.getFirst().line(); }

    public int column() { return problems.getFirst().column(); }

    /** The first problem's message without its place, e.g. "expected a number for x2, found 'abc'". */
    public String detail() { return problems.getFirst().message(); }
}
