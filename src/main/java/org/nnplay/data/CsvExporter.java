package org.nnplay.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes data and predictions as comma-separated text that {@link CsvImporter} reads back: a header row (the axis
 * names and the label's name as the data has them, then {@code split}, {@code prediction}), then one row per sample,
 * training samples first. Classes are written by name when they have names (with a {@value CsvTable#CLASSES_COMMENT}
 * line first, so the class order survives an import), else as class indices ("0", "1", ...); regression values with
 * a decimal point ("0.25", "1.0"), so that importing the file decides the same problem type. Numbers are written
 * exactly (shortest round-trip form), in the data's own units.
 */
public final class CsvExporter {
    private static final char COMMA = ',';

    private CsvExporter() {}

    /** Writes {@code x1,x2,label,split} for every sample of {@code data}. */
    public static void writeData(DataSet data, Writer out) throws IOException {
        header(data, out, false);
        rows(data, null, out);
    }

    public static void writeData(DataSet data, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeData(data, out);
        }
    }

    /**
     * Writes {@code x1,x2,label,split,prediction}; {@code predictions} is parallel to {@link DataSet#all()} (training
     * samples, then test samples): the probability of class 1 for two classes, the predicted class (by name when
     * classes have names) for more, the value for regression.
     */
    public static void writePredictions(DataSet data, double[] predictions, Writer out) throws IOException {
        requireParallel(data.size(), predictions);
        header(data, out, true);
        rows(data, predictions, out);
    }

    public static void writePredictions(DataSet data, double[] predictions, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writePredictions(data, predictions, out);
        }
    }

    /** Writes {@code x1,x2,label,prediction} for samples of any origin; {@code predictions} is parallel to them. */
    public static void writePredictions(List<Sample> samples, ProblemType type, double[] predictions, Writer out)
            throws IOException {
        requireParallel(samples.size(), predictions);
        out.write("x1,x2,label,prediction\n");
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            out.write(num(s.x1()) + COMMA + num(s.x2()) + COMMA + (type == ProblemType.CLASSIFICATION
                    ? Integer.toString(s.label()) : num(s.y())) + COMMA + num(predictions[i]) + "\n");
        }
        out.flush();
    }

    private static void requireParallel(int size, double[] predictions) {
        if (predictions.length != size) {
            throw new IllegalArgumentException("expected one prediction per sample: " + size + " samples, "
                    + predictions.length + " predictions");
        }
    }

    private static boolean named(DataSet data) {
        return data.type() == ProblemType.CLASSIFICATION && !data.classNames().isEmpty();
    }

    private static void header(DataSet data, Writer out, boolean predictions) throws IOException {
        if (named(data)) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < data.numClasses(); k++) {
                names.add(text(data.className(k)));
            }
            out.write(CsvTable.CLASSES_COMMENT + " " + String.join(",", names) + "\n");
        }
        String label = data.labelName() == null || data.labelName().equalsIgnoreCase("split") ? "label" : data.labelName();
        out.write(text(data.x1Label()) + COMMA + text(data.x2Label()) + COMMA + text(label) + ",split"
                + (predictions ? ",prediction" : "") + "\n");
    }

    private static void rows(DataSet data, double[] predictions, Writer out) throws IOException {
        List<Sample> all = data.all();
        int nTrain = data.train().size();
        for (int i = 0; i < all.size(); i++) {
            Sample s = all.get(i);
            out.write(num(s.x1()) + COMMA + num(s.x2()) + COMMA + label(data, s.y()) + COMMA
                    + (i < nTrain ? "train" : "test") + (predictions == null ? "" : COMMA + prediction(data, predictions[i]))
                    + "\n");
        }
        out.flush();
    }

    private static String prediction(DataSet data, double p) {
        return data.type() == ProblemType.CLASSIFICATION && data.numClasses() > 2 ? label(data, p) : num(p);
    }

    private static String label(DataSet data, double y) {
        if (data.type() != ProblemType.CLASSIFICATION) {
            return num(y);
        }
        return named(data) ? text(data.className((int) y)) : Integer.toString((int) y);
    }

    /** A name as a CSV field: quoted when it holds a comma, a quote or a line break. */
    private static String text(String name) {
        return CsvSyntax.quote(name, COMMA);
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
