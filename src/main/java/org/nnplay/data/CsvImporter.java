package org.nnplay.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads data files of rows {@code x1, x2, label} or {@code x1, x2, label, split}:
 * <ul>
 *   <li>comma, semicolon or tab separated, detected from the first row (with semicolons or tabs, "1,5" reads as 1.5);
 *       fields may be double-quoted; blank lines and lines starting with {@code #} are skipped; UTF-8;</li>
 *   <li>an optional header: the first row is one when neither x1 nor x2 is a number; it names the axes;</li>
 *   <li>labels as described in {@link LabelDecoder}: 0/1, ±1, class names, or real values, decided by content unless a
 *       problem type is requested;</li>
 *   <li>split, when present: {@code train} or {@code test};</li>
 *   <li>at most {@value #MAX_ROWS} data rows and {@value #MAX_BYTES} bytes by default.</li>
 * </ul>
 * Problems throw a {@link DataFormatException} naming the file, line and column (1-based) and what was expected,
 * with up to {@value DataFormatException#MAX_PROBLEMS} problems collected. Reading never changes anything: it returns
 * a new value or throws, so a bad file never replaces data already loaded.
 */
public final class CsvImporter {
    public static final int MAX_ROWS = 1_000_000;
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String[] COLUMNS = {"x1", "x2", "label", "split"};

    private final int maxRows;
    private final long maxBytes;

    public CsvImporter() {
        this(MAX_ROWS, MAX_BYTES);
    }

    /** An importer with other limits (tests, or a caller that wants smaller files). */
    public CsvImporter(int maxRows, long maxBytes) {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive, were " + maxRows + " rows, " + maxBytes + " bytes");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file}; {@code requested} is the problem type to read the labels as, or null to decide by content. */
    public ImportedData read(Path file, ProblemType requested) throws IOException, DataFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new DataFormatException(name, 0, 0, "file too big: " + size + " bytes, expected at most "
                    + megabytes(maxBytes));
        }
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return read(name, in, requested);
        }
    }

    /** Reads from {@code in}; {@code fileName} names the source in messages and becomes the data set's name. */
    public ImportedData read(String fileName, Reader in, ProblemType requested) throws IOException, DataFormatException {
        return new Reading(fileName, requested).run(in instanceof BufferedReader b ? b : new BufferedReader(in));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }

    /** The state of reading one file. */
    private final class Reading {
        private final String file;
        private final ProblemType requested;
        private final ProblemList problems;
        private char delimiter;
        private int columns;
        private String x1Label = "x1", x2Label = "x2";
        private double[] x1 = new double[256], x2 = new double[256];
        private int[] lines = new int[256];
        private final List<String> labels = new ArrayList<>();
        private final List<ImportedData.Split> splits = new ArrayList<>();
        private int rows;

        Reading(String file, ProblemType requested) {
            this.file = file;
            this.requested = requested;
            this.problems = new ProblemList(file);
        }

        ImportedData run(BufferedReader in) throws IOException, DataFormatException {
            long chars = 0;
            int lineNo = 0;
            boolean first = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                chars += line.length() + 1;
                if (chars > maxBytes) {
                    throw problems.fatal(0, 0, "file too big: expected at most " + megabytes(maxBytes));
                }
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (first) {
                    first = false;
                    if (start(line, lineNo)) {
                        continue;
                    }
                }
                row(line, lineNo);
            }
            if (first) {
                throw problems.fatal(0, 0, "empty file: expected rows of x1, x2, label");
            }
            if (rows == 0) {
                throw problems.fatal(lineNo, 0, "no data rows: expected rows of x1, x2, label after the header");
            }
            problems.throwIfAny();
            return result();
        }

        /** Detects the delimiter and column count from the first row; true when that row is a header. */
        private boolean start(String line, int lineNo) throws DataFormatException {
            Character d = CsvSyntax.detect(line);
            if (d == null) {
                throw problems.fatal(lineNo, 0, "unknown delimiter: expected columns x1, x2, label separated by"
                        + " commas, semicolons or tabs");
            }
            delimiter = d;
            List<String> fields = CsvSyntax.split(line, delimiter);
            columns = fields.size();
            if (columns != 3 && columns != 4) {
                throw problems.fatal(lineNo, 0, "expected 3 columns (x1, x2, label) or 4 (x1, x2, label, split), found "
                        + columns);
            }
            String a = CsvSyntax.normalise(fields.get(0), delimiter);
            String b = CsvSyntax.normalise(fields.get(1), delimiter);
            if (!CsvSyntax.isNumber(a) && !CsvSyntax.isNumber(b)) {
                x1Label = fields.get(0).isEmpty() ? "x1" : fields.get(0);
                x2Label = fields.get(1).isEmpty() ? "x2" : fields.get(1);
                return true;
            }
            return false;
        }

        private void row(String line, int lineNo) throws DataFormatException {
            List<String> fields = CsvSyntax.split(line, delimiter);
            if (fields.size() != columns) {
                String expected = columns + " columns (" + String.join(", ", Arrays.copyOf(COLUMNS, columns)) + ")";
                problems.add(lineNo, Math.min(fields.size(), columns) + 1, "expected " + expected + ", found "
                        + fields.size());
                return;
            }
            if (rows == maxRows) {
                throw problems.fatal(lineNo, 0, "too many rows: expected at most " + maxRows + " data rows");
            }
            double a = number(fields, 0, lineNo);
            double b = number(fields, 1, lineNo);
            String label = CsvSyntax.normalise(fields.get(2), delimiter);
            if (label.isEmpty()) {
                problems.add(lineNo, 3, "expected a label (a class or a number), found nothing");
            } else if (CsvSyntax.isNumber(label) && !Double.isFinite(Double.parseDouble(label))) {
                problems.add(lineNo, 3, "expected a finite number for the label, found '" + label + "'");
            }
            if (columns == 4) {
                String s = fields.get(3).toLowerCase(Locale.ROOT);
                switch (s) {
                    case "train" -> splits.add(ImportedData.Split.TRAIN);
                    case "test" -> splits.add(ImportedData.Split.TEST);
                    default -> problems.add(lineNo, 4, "expected train or test for the split, found '" + fields.get(3) + "'");
                }
            }
            if (rows == x1.length) {
                int size = Math.min(maxRows, rows * 2);
                x1 = Arrays.copyOf(x1, size);
                x2 = Arrays.copyOf(x2, size);
                lines = Arrays.copyOf(lines, size);
            }
            x1[rows] = a;
            x2[rows] = b;
            lines[rows] = lineNo;
            labels.add(label);
            rows++;
        }

        private double number(List<String> fields, int col, int lineNo) throws DataFormatException {
            String token = CsvSyntax.normalise(fields.get(col), delimiter);
            String column = col == 0 ? x1Label : x2Label;
            if (!CsvSyntax.isNumber(token)) {
                problems.add(lineNo, col + 1, "expected a number for " + column + ", found '" + fields.get(col) + "'");
                return Double.NaN;
            }
            double v = Double.parseDouble(token);
            if (!Double.isFinite(v)) {
                problems.add(lineNo, col + 1, "expected a finite number for " + column + ", found '" + fields.get(col) + "'");
            }
            return v;
        }

        private ImportedData result() throws DataFormatException {
            LabelDecoder.Labels decoded = LabelDecoder.decode(labels, lines, 3, requested, problems);
            List<Sample> samples = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                samples.add(new Sample(x1[i], x2[i], decoded.values()[i]));
            }
            String name = file.replaceFirst("\\.[^.]*$", "");
            return new ImportedData(name, decoded.type(), decoded.numClasses(), decoded.classNames(), samples,
                    splits, x1Label, x2Label);
        }
    }
}
