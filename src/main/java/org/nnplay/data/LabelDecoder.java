package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns the label column into labels; the problem type follows the labels unless one is requested. Lines are
 * given per row ({@code lines[row]}) for messages.
 * <ul>
 *   <li>names (any cell that is not a number): classes in order of first appearance, named as written, at most
 *       {@value DataLimits#MAX_CLASSES};</li>
 *   <li>whole numbers with at most {@value DataLimits#MAX_CLASSES} distinct values: classes. 0, 1, … (and −1/1,
 *       −1 → class 0, red) are the class indices themselves; other values (e.g. 1, 2, 3) become classes 0, 1, 2 in
 *       increasing order, named "class 1", "class 2", "class 3";</li>
 *   <li>anything else numeric (e.g. "0.5", "1.0", or more than ten whole numbers): regression values. Request
 *       classification to read "1.0" as a class, or regression to read "0"/"1" as values.</li>
 * </ul>
 */
final class LabelDecoder {
    record Labels(ProblemType type, int numClasses, List<String> classNames, double[] values) {}

    private LabelDecoder() {}

    /** Decodes the label of each row in {@code rows} (indices into the column); {@code lines} maps rows to lines. */
    static Labels decode(CsvColumn column, int[] rows, int[] lines, ProblemType requested, List<String> declared,
                         ProblemList problems) throws DataFormatException {
        boolean anyText = false;
        for (int r : rows) {
            anyText |= column.isText(r);
        }
        if (requested == ProblemType.REGRESSION) {
            if (anyText) {
                for (CsvColumn.Cell t : column.firstTexts) {
                    problems.add(t.line(), column.index + 1, "expected a number for the label (regression), found '"
                            + t.text() + "'");
                }
                problems.throwIfAny();
            }
            return regression(column, rows);
        }
        if (anyText) {
            return names(column, rows, declared, problems);
        }
        TreeSet<Double> distinct = new TreeSet<>();
        boolean whole = true;
        for (int r : rows) {
            double v = column.value(r);
            whole &= v == Math.rint(v);
            if (distinct.size() <= DataLimits.MAX_CLASSES) {
                distinct.add(v);
            }
        }
        boolean integers = whole && column.integersOnly;
        if (requested == ProblemType.CLASSIFICATION) {
            if (!whole || distinct.size() > DataLimits.MAX_CLASSES) {
                for (int i = 0; i < rows.length; i++) {
                    double v = column.value(rows[i]);
                    if (v != Math.rint(v) || !distinct.contains(v)) {
                        problems.add(lines[rows[i]], column.index + 1, "expected a class for the label (a name or one"
                                + " of at most " + DataLimits.MAX_CLASSES + " whole numbers), found '"
                                + column.shown(rows[i]) + "'");
                    }
                }
                problems.throwIfAny();
            }
            return classes(column, rows, distinct);
        }
        if (integers && distinct.size() <= DataLimits.MAX_CLASSES) {
            return classes(column, rows, distinct);
        }
        return regression(column, rows);
    }

    /** Classes by name, in order of first appearance, or in the {@code declared} order when it names them all. */
    private static Labels names(CsvColumn column, int[] rows, List<String> declared, ProblemList problems)
            throws DataFormatException {
        CsvColumn.Cell over = column.overflow();
        if (over != null) {
            throw problems.fatal(over.line(), column.index + 1, "too many classes: NNPlay tells at most "
                    + DataLimits.MAX_CLASSES + " classes apart, and '" + over.text() + "' is the "
                    + (DataLimits.MAX_CLASSES + 1) + "th name in " + column.name);
        }
        List<String> tokens = column.distinct();
        int[] classOf = new int[tokens.size()];
        java.util.Arrays.fill(classOf, -1);
        List<String> names = new ArrayList<>();
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int code = column.code(rows[i]);
            if (classOf[code] < 0) {
                String name = Names.clean(tokens.get(code), "class " + names.size());
                int same = names.indexOf(name);
                classOf[code] = same >= 0 ? same : names.size();
                if (same < 0) {
                    names.add(name);
                }
            }
            values[i] = classOf[code];
        }
        if (!declared.isEmpty() && declared.containsAll(names)) {
            for (int i = 0; i < values.length; i++) {
                values[i] = declared.indexOf(names.get((int) values[i]));
            }
            names = declared;
        }
        return new Labels(ProblemType.CLASSIFICATION, Math.max(2, names.size()), names, values);
    }

    private static Labels classes(CsvColumn column, int[] rows, TreeSet<Double> distinct) {
        List<Double> sorted = new ArrayList<>(distinct);
        boolean plusMinus = sorted.equals(List.of(-1.0, 1.0));
        boolean indices = true;
        for (int k = 0; k < sorted.size(); k++) {
            indices &= sorted.get(k) == k;
        }
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double v = column.value(rows[i]);
            values[i] = plusMinus ? (v > 0 ? 1 : 0) : indices ? v : sorted.indexOf(v);
        }
        List<String> names = new ArrayList<>();
        if (!plusMinus && !indices) {
            for (double v : sorted) {
                names.add("class " + CsvSyntax.plain(v));
            }
        }
        return new Labels(ProblemType.CLASSIFICATION, Math.max(2, sorted.size()), names, values);
    }

    private static Labels regression(CsvColumn column, int[] rows) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = column.value(rows[i]);
        }
        return new Labels(ProblemType.REGRESSION, 0, List.of(), values);
    }
}
