package org.nnplay.experiment;

import java.io.IOException;

/**
 * An experiment file that cannot be loaded: not readable (no such file, permission denied, a folder), not UTF-8 text,
 * too large, malformed JSON, another format or a newer version, or an invalid setting. The message is one line in
 * words, with any control character in it shown escaped. The message says what is wrong and where, e.g.
 * {@code lesson.json, line 7, column 21: training.learningRate = -1 is out of range: allowed (0, 10]}.
 * Line and column are 1-based, or -1 when unknown; {@link #fieldPath()} is null when no setting is at fault.
 */
public final class ExperimentFormatException extends IOException {
    private final String source;
    private final int line;
    private final int column;
    private final String fieldPath;
    private final String problem;

    public ExperimentFormatException(String source, int line, int column, String fieldPath, String problem,
                                     Throwable cause) {
        super(org.nnplay.io.SafeText.escape(where(source, line, column) + problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.fieldPath = fieldPath;
        this.problem = org.nnplay.io.SafeText.escape(problem);
    }

    private static String where(String source, int line, int column) {
        StringBuilder sb = new StringBuilder(source == null ? "(experiment)" : source);
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(": ").toString();
    }

    /** The file name (or other source name) that was read; may be null. */
    public String source() { return source; }

    public int line() { return line; }

    public int column() { return column; }

    /** The setting at fault, e.g. {@code training.learningRate} or {@code data.handPoints[2].y}; may be null. */
    public String fieldPath() { return fieldPath; }

    /** The message without the location. */
    public String problem() { return problem; }
}
