package org.nnplay.data;

import java.util.List;

/**
 * What a column of a data file holds, for the import preview: its place (0-based) and name, whether it is numbers
 * or text, how many cells of each kind, and its first distinct values (up to {@link DataLimits#MAX_CLASSES}; {@code
 * manyValues} when there are more, so it cannot be a class label).
 */
public record ColumnSummary(int index, String name, Kind kind, int numbers, int texts, int missing, int bad,
                            List<String> values, boolean manyValues) {
    /** What a column holds apart from missing cells. */
    public enum Kind { NUMBER, TEXT, EMPTY }

    public ColumnSummary {
        values = List.copyOf(values);
    }

    /** "number", "text: Adelie, Gentoo, Chinstrap", "text (more than 10 values)", "empty". */
    public String describe() {
        return switch (kind) {
            case NUMBER -> "numbers" + (manyValues || values.isEmpty() ? "" : ": " + String.join(", ", values));
            case TEXT -> manyValues ? "text (more than " + DataLimits.MAX_CLASSES + " values)"
                    : "text: " + String.join(", ", values);
            case EMPTY -> "empty";
        } + (missing > 0 ? " · " + missing + " missing" : "");
    }
}
