package org.nnplay.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One column of a data file, stored compactly (a number and a short code per cell, about 10 bytes): the value of
 * each cell that is a number, and for every cell the index of its text among the column's first distinct texts
 * (enough to tell up to {@link DataLimits#MAX_CLASSES} classes apart), or that the cell is missing or a bad number.
 */
final class CsvColumn {
    /** Codes of a cell besides an index into the distinct texts. */
    static final short OVERFLOW = -1, MISSING = -2, BAD = -3;
    /** How many examples of each kind of problem a column keeps for messages. */
    private static final int EXAMPLES = DataFormatException.MAX_PROBLEMS;
    /** Texts that mean "no value" (compared ignoring case). */
    static final Set<String> MISSING_MARKS = Set.of("", "na", "n/a", "nan", "?", "null", "none");

    /** A cell kept for a message: its line and what it held. */
    record Cell(int row, int line, String text, String why) {}

    final int index;
    final String name;
    private double[] values = new double[64];
    private short[] codes = new short[64];
    private int size;
    private final Map<String, Integer> distinct = new LinkedHashMap<>();
    private Cell overflow;
    int numbers;
    int texts;
    int missing;
    boolean integersOnly = true;
    final List<Cell> firstTexts = new ArrayList<>();
    final List<Cell> firstBad = new ArrayList<>();

    CsvColumn(int index, String name) {
        this.index = index;
        this.name = name;
    }

    /** Adds the cell of row {@code size} from its text as written (trimmed), read with {@code delimiter}. */
    void add(String raw, char delimiter, int line) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            codes = Arrays.copyOf(codes, size * 2);
        }
        int row = size++;
        String token = raw.strip();
        if (MISSING_MARKS.contains(token.toLowerCase(Locale.ROOT))) {
            values[row] = Double.NaN;
            codes[row] = MISSING;
            missing++;
            return;
        }
        String number = CsvSyntax.normalise(token, delimiter);
        String bad = null;
        double v = Double.NaN;
        if (CsvSyntax.isNumber(number)) {
            v = Double.parseDouble(number);
            if (!Double.isFinite(v)) {
                bad = "is too large to be a number";
            } else if (Math.abs(v) > DataLimits.MAX_MAGNITUDE) {
                bad = "is out of range: allowed −" + DataLimits.format((long) DataLimits.MAX_MAGNITUDE) + " to "
                        + DataLimits.format((long) DataLimits.MAX_MAGNITUDE);
            }
        } else if (CsvSyntax.isInfinity(token)) {
            bad = "is infinite: expected a finite number";
        }
        if (bad != null) {
            values[row] = Double.NaN;
            codes[row] = BAD;
            if (firstBad.size() < EXAMPLES) {
                firstBad.add(new Cell(row, line, token, bad));
            }
            return;
        }
        values[row] = v;
        if (Double.isNaN(v)) {
            texts++;
            if (firstTexts.size() < EXAMPLES) {
                firstTexts.add(new Cell(row, line, token, null));
            }
        } else {
            numbers++;
            integersOnly &= CsvSyntax.isInteger(number);
        }
        codes[row] = code(token, row, line);
    }

    private short code(String token, int row, int line) {
        Integer known = distinct.get(token);
        if (known != null) {
            return known.shortValue();
        }
        if (distinct.size() > DataLimits.MAX_CLASSES) {
            return OVERFLOW;
        }
        int k = distinct.size();
        distinct.put(token, k);
        if (k == DataLimits.MAX_CLASSES && overflow == null) {
            overflow = new Cell(row, line, token, null);
        }
        return (short) k;
    }

    int size() { return size; }

    double value(int row) { return values[row]; }

    short code(int row) { return codes[row]; }

    boolean isMissing(int row) { return codes[row] == MISSING; }

    boolean isBad(int row) { return codes[row] == BAD; }

    /** Whether the cell holds text that is not a number. */
    boolean isText(int row) { return codes[row] >= OVERFLOW && Double.isNaN(values[row]); }

    /** The distinct texts in order of first appearance (at most {@code MAX_CLASSES + 1}). */
    List<String> distinct() { return List.copyOf(distinct.keySet()); }

    /** The first cell whose text was the (MAX_CLASSES + 1)-th distinct one, or null. */
    Cell overflow() { return overflow; }

    /** Numbers only (at least one), apart from missing cells. */
    boolean numeric() { return numbers > 0 && texts == 0; }

    /** The text of a cell for messages: as written when the column kept it, else the number. */
    String shown(int row) {
        short c = codes[row];
        if (c >= 0) {
            return distinct().get(c);
        }
        for (Cell t : firstTexts) {
            if (t.row() == row) {
                return t.text();
            }
        }
        return Double.isNaN(values[row]) ? "?" : CsvSyntax.plain(values[row]);
    }

    ColumnSummary summary() {
        ColumnSummary.Kind kind = numbers == 0 && texts == 0 ? ColumnSummary.Kind.EMPTY
                : texts == 0 ? ColumnSummary.Kind.NUMBER : ColumnSummary.Kind.TEXT;
        List<String> values = kind == ColumnSummary.Kind.TEXT || (kind == ColumnSummary.Kind.NUMBER && integersOnly)
                ? distinct().stream().filter(t -> !MISSING_MARKS.contains(t.toLowerCase(Locale.ROOT))).limit(DataLimits.MAX_CLASSES).toList()
                : List.of();
        return new ColumnSummary(index, name, kind, numbers, texts, missing, firstBad.size(), values, overflow != null);
    }
}
