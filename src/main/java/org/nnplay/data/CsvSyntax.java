package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Guessing the delimiter from a first line (the rows themselves are split by Jackson's CSV parser), recognising
 * numbers, and quoting fields for writing.
 */
final class CsvSyntax {
    /** Candidate delimiters, in order of preference when more than one fits. */
    static final char[] DELIMITERS = {'\t', ';', ','};

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern INFINITY = Pattern.compile("(?i)[+-]?(inf|infinity|\u221e)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");

    private CsvSyntax() {}

    /**
     * The delimiter of a first line: the candidate that splits it into the most fields (at least two), the earlier
     * candidate on a tie (tab, then semicolon, then comma); null when none splits it.
     */
    static Character detect(String line) {
        Character best = null;
        int bestCount = 1;
        for (char d : DELIMITERS) {
            int count = split(line, d).size();
            if (count > bestCount) {
                best = d;
                bestCount = count;
            }
        }
        return best;
    }

    /** The fields of a line, trimmed; a field in double quotes may hold the delimiter, and "" stands for a quote. */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** With a semicolon or tab delimiter, "1,5" is read as 1.5 (decimal comma). */
    static String normalise(String token, char delimiter) {
        return delimiter != ',' && DECIMAL_COMMA.matcher(token).matches() ? token.replace(',', '.') : token;
    }

    /** A plain decimal number (no NaN, Infinity, hex or type suffixes). */
    static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches();
    }

    /** "inf", "-Infinity", "∞" and the like. */
    static boolean isInfinity(String token) {
        return INFINITY.matcher(token).matches();
    }

    /** A number as messages show it: whole numbers without ".0". */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A whole number written without a decimal point or exponent, e.g. "1", "-1", "+2". */
    static boolean isInteger(String token) {
        return INTEGER.matcher(token).matches();
    }

    /** Quotes a field for writing when it holds the delimiter, a quote or leading/trailing spaces. */
    static String quote(String field, char delimiter) {
        String flat = field.replace('\n', ' ').replace('\r', ' ');
        boolean needs = flat.indexOf(delimiter) >= 0 || flat.indexOf('"') >= 0 || !flat.equals(flat.strip());
        return needs ? '"' + flat.replace("\"", "\"\"") + '"' : flat;
    }
}
