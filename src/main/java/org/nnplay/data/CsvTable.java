package org.nnplay.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A data file read as a table, before its columns are chosen: the column names (from a header row, or x1, x2,
 * label[, split] / "column N" without one), every cell kept compactly, the first rows as written for a preview, and
 * what each column holds ({@link #columns()}). {@link #select} then takes x1, x2 and the label from it.
 *
 * <p>Reading: the bytes go through {@link TextLines} (encodings and limits), the rows through Jackson's CSV parser
 * (quotes, separators, comments); blank lines and lines starting with {@code #} are skipped. The separator is the
 * one of tab, semicolon and comma that splits the first row into the most fields; with semicolons or tabs, "1,5"
 * reads as 1.5. The first row is a header when none of its fields is a number.
 */
public final class CsvTable {
    /** Rows kept as written for the preview. */
    public static final int PREVIEW_ROWS = 10;
    /**
     * A comment before the first row that gives the order of the classes ("# classes: fail, pass"), as NNPlay's own
     * exports write it, so that class indices survive an export and an import.
     */
    public static final String CLASSES_COMMENT = "# classes:";

    private final String file;
    private final char delimiter;
    private final boolean header;
    private final List<CsvColumn> columns;
    private final int[] lines;
    private final List<List<String>> preview;
    private final String encoding;
    private final List<String> declaredClasses;

    CsvTable(String file, char delimiter, boolean header, List<CsvColumn> columns, int[] lines,
                     List<List<String>> preview, String encoding, List<String> declaredClasses) {
        this.declaredClasses = declaredClasses;
        this.file = file;
        this.delimiter = delimiter;
        this.header = header;
        this.columns = columns;
        this.lines = lines;
        this.preview = preview;
        this.encoding = encoding;
    }

    /** Reads a whole data file from {@code in}; {@code file} names it in messages. */
    public static CsvTable read(String file, InputStream in) throws IOException, DataFormatException {
        return read(file, in, DataLimits.MAX_ROWS, DataLimits.MAX_FILE_BYTES);
    }

    /** As {@link #read(String, InputStream)} with smaller limits (tests). */
    static CsvTable read(String file, InputStream in, int maxRows, long maxBytes)
            throws IOException, DataFormatException {
        TextLines text = TextLines.open(file, in, maxBytes, DataLimits.MAX_LINE_CHARS);
        return new CsvScan(file, text, maxRows).run();
    }

    public String file() { return file; }

    /** The file's name without its extension: what the data set is called. */
    public String title() { return file.replaceFirst("\\.[^.]*$", ""); }

    public boolean hasHeader() { return header; }

    public char delimiter() { return delimiter; }

    /** "UTF-8" or "UTF-16". */
    public String encoding() { return encoding; }

    /** Data rows read (with missing values or not). */
    public int rows() { return lines.length; }

    public List<String> columnNames() { return columns.stream().map(c -> c.name).toList(); }

    public List<ColumnSummary> columns() { return columns.stream().map(CsvColumn::summary).toList(); }

    /** The first rows as written (at most {@value #PREVIEW_ROWS}). */
    public List<List<String>> preview() { return preview; }

    /** The split column (train/test per row), or -1: a column named "split", or a fourth one of train/test only. */
    public int splitColumn() {
        for (CsvColumn c : columns) {
            if (c.name.equalsIgnoreCase("split")) {
                return c.index;
            }
        }
        if (columns.size() == 4 && !header) {
            CsvColumn last = columns.get(3);
            Set<String> values = new HashSet<>();
            last.distinct().forEach(v -> values.add(v.toLowerCase(Locale.ROOT)));
            if (last.numbers == 0 && last.overflow() == null && Set.of("train", "test").containsAll(values)) {
                return 3;
            }
        }
        return -1;
    }

    /** The columns that can hold x1, x2 or the label (all but a split column). */
    private List<CsvColumn> dataColumns() {
        int split = splitColumn();
        return columns.stream().filter(c -> c.index != split).toList();
    }

    /**
     * Whether the user should choose the columns: the file has more than x1, x2 and a label (besides a split
     * column). The window then shows a preview; the command line takes {@code --columns} and {@code --label}.
     */
    public boolean needsChoice() { return dataColumns().size() > 3; }

    /**
     * The columns taken when none are named, or null when the file leaves a choice: two numeric columns and one
     * text column without numbers (wherever they are: the text is the label), else with three columns (besides a split column) x1,
     * x2 and the label in that order.
     */
    public ImportOptions automatic() {
        List<CsvColumn> data = dataColumns();
        List<CsvColumn> numeric = data.stream().filter(CsvColumn::numeric).toList();
        List<CsvColumn> text = data.stream().filter(c -> c.texts > 0 && c.numbers == 0).toList();
        if (numeric.size() == 2 && text.size() == 1 && data.size() == 3) {
            return ImportOptions.AUTOMATIC.withColumns(numeric.get(0).name, numeric.get(1).name)
                    .withLabel(text.getFirst().name);
        }
        if (data.size() == 3) {
            return ImportOptions.AUTOMATIC.withColumns(data.get(0).name, data.get(1).name).withLabel(data.get(2).name);
        }
        return null;
    }

    /**
     * A starting point for the preview's choice: {@link #automatic()} when the file decides, else the first two
     * numeric columns and, for the label, the first text column with at most {@link DataLimits#MAX_CLASSES} values
     * (else the last column not taken).
     */
    public ImportOptions guess() {
        ImportOptions auto = automatic();
        if (auto != null) {
            return auto;
        }
        List<CsvColumn> data = dataColumns();
        List<CsvColumn> numeric = data.stream().filter(CsvColumn::numeric).toList();
        String a = numeric.size() > 0 ? numeric.get(0).name : data.get(0).name;
        String b = numeric.size() > 1 ? numeric.get(1).name : data.get(Math.min(1, data.size() - 1)).name;
        String label = data.stream().filter(c -> c.texts > 0 && c.overflow() == null).map(c -> c.name).findFirst()
                .orElse(null);
        if (label == null) {
            for (int i = data.size() - 1; i >= 0; i--) {
                String n = data.get(i).name;
                if (!n.equals(a) && !n.equals(b)) {
                    label = n;
                    break;
                }
            }
        }
        return ImportOptions.AUTOMATIC.withColumns(a, b).withLabel(label);
    }

    /**
     * The data set the options take from this table: the problem type follows the labels ({@link LabelDecoder}),
     * rows with a missing value in a chosen column are skipped with a warning (refused when {@code strict}), and a
     * non-number or a bad number in x1 or x2 is an error naming its line and column.
     */
    public ImportedData select(ImportOptions options) throws DataFormatException {
        ProblemList problems = new ProblemList(file);
        ImportOptions o = complete(options, problems);
        CsvColumn x1 = column(o.x1(), "x1", problems);
        CsvColumn x2 = column(o.x2(), "x2", problems);
        CsvColumn label = column(o.label(), "the label", problems);
        if (x1 == x2 || x1 == label || x2 == label) {
            throw problems.fatal(0, 0, "choose three different columns for x1, x2 and the label (were " + x1.name
                    + ", " + x2.name + ", " + label.name + ")");
        }
        int splitIndex = splitColumn();
        CsvColumn split = splitIndex < 0 ? null : columns.get(splitIndex);
        List<CsvColumn> chosen = split == null ? List.of(x1, x2, label) : List.of(x1, x2, label, split);
        for (CsvColumn c : chosen) {
            for (CsvColumn.Cell bad : c.firstBad) {
                problems.add(bad.line(), c.index + 1, "'" + bad.text() + "' in " + c.name + " " + bad.why());
            }
        }
        for (CsvColumn c : List.of(x1, x2)) {
            for (CsvColumn.Cell t : c.firstTexts) {
                problems.add(t.line(), c.index + 1, "expected a number for " + c.name + ", found '" + t.text() + "'");
            }
        }
        problems.throwIfAny();
        int[] kept = new int[rows()];
        int n = 0;
        List<Integer> skipped = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            CsvColumn gap = null;
            for (CsvColumn c : chosen) {
                if (c.isMissing(r)) {
                    gap = c;
                    break;
                }
            }
            if (gap == null) {
                kept[n++] = r;
            } else if (o.strict()) {
                problems.add(lines[r], gap.index + 1, "missing value for " + gap.name + ": strict reading refuses rows"
                        + " with missing values (without --strict they are skipped)");
            } else {
                skipped.add(lines[r]);
            }
        }
        problems.throwIfAny();
        if (n == 0) {
            throw problems.fatal(0, 0, "no rows left: every row has a missing value in " + x1.name + ", " + x2.name
                    + " or " + label.name);
        }
        kept = Arrays.copyOf(kept, n);
        List<ImportedData.Split> splits = new ArrayList<>();
        if (split != null) {
            for (int r : kept) {
                String s = split.shown(r).toLowerCase(Locale.ROOT);
                switch (s) {
                    case "train" -> splits.add(ImportedData.Split.TRAIN);
                    case "test" -> splits.add(ImportedData.Split.TEST);
                    default -> problems.add(lines[r], split.index + 1, "expected train or test for the split, found '"
                            + split.shown(r) + "'");
                }
            }
            problems.throwIfAny();
        }
        LabelDecoder.Labels decoded = LabelDecoder.decode(label, kept, lines, o.requested(), declaredClasses, problems);
        List<Sample> samples = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            samples.add(new Sample(x1.value(kept[i]), x2.value(kept[i]), decoded.values()[i]));
        }
        List<String> warnings = skipped.isEmpty() ? List.of() : List.of(skippedWarning(skipped));
        return new ImportedData(title(), decoded.type(), decoded.numClasses(), decoded.classNames(), samples, splits,
                x1.name, x2.name, label.name, warnings);
    }

    /**
     * The options with every column named: those not given are decided by the file ({@link #automatic()}), or, when
     * only the label is given, x1 and x2 are the first two other columns of numbers, and when only x1 and x2 are,
     * the label is the one column left.
     */
    private ImportOptions complete(ImportOptions o, ProblemList problems) throws DataFormatException {
        if (o.columnsChosen()) {
            return o;
        }
        ImportOptions auto = automatic();
        if (o.x1() == null && o.x2() == null && o.label() == null) {
            if (auto == null) {
                throw problems.fatal(0, 0, choiceMessage());
            }
            return new ImportOptions(auto.x1(), auto.x2(), auto.label(), o.strict(), o.requested());
        }
        if (o.label() != null && o.x1() == null && o.x2() == null) {
            CsvColumn label = column(o.label(), "the label", problems);
            List<CsvColumn> xs = dataColumns().stream().filter(c -> c != label && c.numeric()).toList();
            if (xs.size() != 2) {
                throw problems.fatal(0, 0, choiceMessage());
            }
            return new ImportOptions(xs.get(0).name, xs.get(1).name, label.name, o.strict(), o.requested());
        }
        if (o.x1() != null && o.x2() != null && o.label() == null) {
            CsvColumn a = column(o.x1(), "x1", problems);
            CsvColumn b = column(o.x2(), "x2", problems);
            List<CsvColumn> rest = dataColumns().stream().filter(c -> c != a && c != b).toList();
            if (rest.size() != 1) {
                throw problems.fatal(0, 0, "choose the label with --label NAME: one of "
                        + String.join(", ", rest.stream().map(c -> c.name).toList()));
            }
            return new ImportOptions(a.name, b.name, rest.getFirst().name, o.strict(), o.requested());
        }
        throw problems.fatal(0, 0, choiceMessage());
    }

    /** "skipped 3 rows with a missing value (lines 5, 9, 12)"; the first five line numbers, then "…". */
    static String skippedWarning(List<Integer> lines) {
        StringBuilder sb = new StringBuilder("skipped " + lines.size() + (lines.size() == 1 ? " row" : " rows")
                + " with a missing value (NA, empty, ? or NaN) on line" + (lines.size() == 1 ? " " : "s "));
        for (int i = 0; i < Math.min(5, lines.size()); i++) {
            sb.append(i > 0 ? ", " : "").append(lines.get(i));
        }
        return sb.append(lines.size() > 5 ? ", …" : "").toString();
    }

    /** Why the columns must be chosen, with the choices, as the command line says it. */
    String choiceMessage() {
        StringBuilder sb = new StringBuilder("the file has " + dataColumns().size()
                + " columns: choose x1 and x2 with --columns NAME1,NAME2 and the label with --label NAME");
        for (CsvColumn c : dataColumns()) {
            sb.append("\n  ").append(c.name).append(": ").append(c.summary().describe());
        }
        return sb.toString();
    }

    private CsvColumn column(String ref, String role, ProblemList problems) throws DataFormatException {
        for (CsvColumn c : columns) {
            if (c.name.equals(ref)) {
                return c;
            }
        }
        for (CsvColumn c : columns) {
            if (c.name.equalsIgnoreCase(ref.strip())) {
                return c;
            }
        }
        if (ref.strip().matches("\\d{1,4}")) {
            int i = Integer.parseInt(ref.strip()) - 1;
            if (i >= 0 && i < columns.size()) {
                return columns.get(i);
            }
        }
        throw problems.fatal(0, 0, "no column '" + ref + "' for " + role + ": the columns are "
                + String.join(", ", columnNames()));
    }
}
