package org.nnplay.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the label column's tokens into labels, deciding the problem type by content unless one is requested.
 * <ul>
 *   <li>class names (anything that is not a number): classes in order of first appearance, at most
 *       {@value DataSet#MAX_CLASSES};</li>
 *   <li>whole numbers that are all −1 or 1: classes, −1 → 0 (red) and 1 → 1 (green);</li>
 *   <li>whole numbers 0–9 (written without a decimal point): class indices;</li>
 *   <li>anything else numeric (e.g. "0.5", "1.0", "12"): regression values. Request classification to read
 *       "1.0" as a class, or regression to read "0"/"1" as values.</li>
 * </ul>
 * Names and numbers in one column are an error.
 */
final class LabelDecoder {
    record Labels(ProblemType type, int numClasses, List<String> classNames, double[] values) {}

    private enum Kind { NAME, INTEGER, REAL }

    private LabelDecoder() {}

    static Labels decode(List<String> tokens, int[] lines, int column, ProblemType requested, ProblemList problems)
            throws DataFormatException {
        Kind[] kinds = new Kind[tokens.size()];
        boolean anyName = false, anyNumber = false, anyReal = false;
        for (int i = 0; i < kinds.length; i++) {
            String t = tokens.get(i);
            kinds[i] = !CsvSyntax.isNumber(t) ? Kind.NAME : CsvSyntax.isInteger(t) ? Kind.INTEGER : Kind.REAL;
            anyName |= kinds[i] == Kind.NAME;
            anyNumber |= kinds[i] != Kind.NAME;
            anyReal |= kinds[i] == Kind.REAL;
        }
        if (requested == ProblemType.REGRESSION) {
            return regression(tokens, lines, column, kinds, problems);
        }
        if (anyName && anyNumber) {
            reportMixed(tokens, lines, column, kinds, problems);
        } else if (anyName) {
            return names(tokens, lines, column, problems);
        }
        if (requested == ProblemType.CLASSIFICATION || (!anyReal && looksLikeClasses(tokens))) {
            return classIndices(tokens, lines, column, problems);
        }
        return regression(tokens, lines, column, kinds, problems);
    }

    private static boolean looksLikeClasses(List<String> tokens) {
        for (String t : tokens) {
            double v = Double.parseDouble(t);
            if (v != -1 && (v < 0 || v >= DataSet.MAX_CLASSES)) {
                return false;
            }
        }
        return !tokens.isEmpty() && (onlyPlusMinusOne(tokens) || tokens.stream().noneMatch(t -> Double.parseDouble(t) < 0));
    }

    private static boolean onlyPlusMinusOne(List<String> tokens) {
        return tokens.stream().mapToDouble(Double::parseDouble).allMatch(v -> v == 1 || v == -1);
    }

    private static void reportMixed(List<String> tokens, int[] lines, int column, Kind[] kinds, ProblemList problems)
            throws DataFormatException {
        boolean firstIsName = kinds[0] == Kind.NAME;
        String example = "'" + tokens.get(0) + "' on line " + lines[0];
        for (int i = 1; i < kinds.length; i++) {
            if ((kinds[i] == Kind.NAME) != firstIsName) {
                problems.add(lines[i], column, "mixed label kinds: expected " + (firstIsName ? "a class name" : "a number")
                        + " like " + example + ", found '" + tokens.get(i) + "'");
            }
        }
        problems.throwIfAny();
    }

    private static Labels names(List<String> tokens, int[] lines, int column, ProblemList problems)
            throws DataFormatException {
        Map<String, Integer> classes = new LinkedHashMap<>();
        double[] values = new double[tokens.size()];
        for (int i = 0; i < values.length; i++) {
            String name = tokens.get(i);
            Integer index = classes.get(name);
            if (index == null) {
                if (classes.size() == DataSet.MAX_CLASSES) {
                    problems.add(lines[i], column, "too many classes: expected at most " + DataSet.MAX_CLASSES
                            + " class names, found another, '" + name + "'");
                    problems.throwIfAny();
                }
                index = classes.size();
                classes.put(name, index);
            }
            values[i] = index;
        }
        return new Labels(ProblemType.CLASSIFICATION, Math.max(2, classes.size()), new ArrayList<>(classes.keySet()), values);
    }

    private static Labels classIndices(List<String> tokens, int[] lines, int column, ProblemList problems)
            throws DataFormatException {
        boolean plusMinus = onlyPlusMinusOne(tokens);
        double[] values = new double[tokens.size()];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            double v = Double.parseDouble(tokens.get(i));
            if (plusMinus) {
                values[i] = v > 0 ? 1 : 0;
            } else if (v == Math.rint(v) && v >= 0 && v < DataSet.MAX_CLASSES) {
                values[i] = v;
            } else {
                problems.add(lines[i], column, "expected a class 0.." + (DataSet.MAX_CLASSES - 1)
                        + " or -1/1 for the label, found '" + tokens.get(i) + "'");
            }
            seen.add((int) values[i]);
        }
        problems.throwIfAny();
        int numClasses = Math.max(2, seen.stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
        return new Labels(ProblemType.CLASSIFICATION, numClasses, List.of(), values);
    }

    private static Labels regression(List<String> tokens, int[] lines, int column, Kind[] kinds, ProblemList problems)
            throws DataFormatException {
        double[] values = new double[tokens.size()];
        for (int i = 0; i < values.length; i++) {
            if (kinds[i] == Kind.NAME) {
                problems.add(lines[i], column, "expected a number for the label (regression), found '" + tokens.get(i) + "'");
            } else {
                values[i] = Double.parseDouble(tokens.get(i));
            }
        }
        problems.throwIfAny();
        return new Labels(ProblemType.REGRESSION, 0, List.of(), values);
    }
}
