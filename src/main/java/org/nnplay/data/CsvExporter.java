package org.nnplay.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes data and predictions as comma-separated text that {@link CsvImporter} reads back: a header row (the axis
 * names, then {@code label}, {@code split}, {@code prediction}), then one row per sample, training samples first.
 * Class labels are written as class indices ("0", "1", ...), regression values with a decimal point ("0.25", "1.0"),
 * so that importing the file decides the same problem type. Numbers are written exactly (shortest round-trip form).
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
     * samples, then test samples): for example the predicted value, the probability of class 1 or the predicted class.
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
            out.write(num(s.x1()) + COMMA + num(s.x2()) + COMMA + label(s, type) + COMMA + num(predictions[i]) + "\n");
        }
        out.flush();
    }

    private static void requireParallel(int size, double[] predictions) {
        if (predictions.length != size) {
            throw new IllegalArgumentException("expected one prediction per sample: " + size + " samples, "
                    + predictions.length + " predictions");
        }
    }

    private static void header(DataSet data, Writer out, boolean predictions) throws IOException {
        out.write(CsvSyntax.quote(data.x1Label(), COMMA) + COMMA + CsvSyntax.quote(data.x2Label(), COMMA)
                + ",label,split" + (predictions ? ",prediction" : "") + "\n");
    }

    private static void rows(DataSet data, double[] predictions, Writer out) throws IOException {
        List<Sample> all = data.all();
        int nTrain = data.train().size();
        for (int i = 0; i < all.size(); i++) {
            Sample s = all.get(i);
            out.write(num(s.x1()) + COMMA + num(s.x2()) + COMMA + label(s, data.type()) + COMMA
                    + (i < nTrain ? "train" : "test") + (predictions == null ? "" : COMMA + num(predictions[i])) + "\n");
        }
        out.flush();
    }

    private static String label(Sample s, ProblemType type) {
        return type == ProblemType.CLASSIFICATION ? Integer.toString(s.label()) : num(s.y());
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
