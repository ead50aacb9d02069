package org.nnplay.data;

/**
 * What to take from a data file: the columns of x1, x2 and the label, by header name or 1-based number (null:
 * decided from the file, see {@link CsvTable#automatic()}), whether rows with a missing value are refused rather than
 * skipped ({@code strict}), and the problem type to read the labels as (null: decided by the labels).
 */
public record ImportOptions(String x1, String x2, String label, boolean strict, ProblemType requested) {
    /** Everything decided from the file; missing values skipped. */
    public static final ImportOptions AUTOMATIC = new ImportOptions(null, null, null, false, null);

    public ImportOptions withColumns(String a, String b) { return new ImportOptions(a, b, label, strict, requested); }

    public ImportOptions withLabel(String v) { return new ImportOptions(x1, x2, v, strict, requested); }

    public ImportOptions withStrict(boolean v) { return new ImportOptions(x1, x2, label, v, requested); }

    public ImportOptions withRequested(ProblemType v) { return new ImportOptions(x1, x2, label, strict, v); }

    /** Whether the columns are all named. */
    public boolean columnsChosen() { return x1 != null && x2 != null && label != null; }
}
