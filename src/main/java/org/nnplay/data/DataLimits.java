package org.nnplay.data;

import java.util.Locale;

/**
 * The one set of limits on data: what the CSV reader accepts, what an experiment holds and what the messages say.
 * A file is refused with these numbers in words ("at most 100,000 rows"), never with a field name.
 */
public final class DataLimits {
    /** Points in a data set: rows of a CSV file, generated samples, points an experiment stores. */
    public static final int MAX_ROWS = 100_000;
    /** Classes of a classification problem: each has its own colour in both palettes. */
    public static final int MAX_CLASSES = 10;
    /** Characters on one line of a data file (an endless line or a device stops here). */
    public static final int MAX_LINE_CHARS = 10_000;
    /** Bytes of a data file. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Columns of a data file. */
    public static final int MAX_COLUMNS = 100;
    /** Characters kept of a class or column name. */
    public static final int MAX_NAME_CHARS = 80;
    /**
     * Largest magnitude of a coordinate or a value (points from a file, by hand or in an experiment file): room for
     * real columns such as Unix time (1.7 × 10⁹ s, 1.7 × 10¹² ms) or countries' populations, far below where
     * standardising them (sums of squares of 100,000 values) could lose them.
     */
    public static final double MAX_MAGNITUDE = 1e15;

    private DataLimits() {}

    /** "100,000": a limit as the messages write it. */
    public static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "64 MB". */
    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f", mb) : String.format(Locale.ROOT, "%.1f", mb))
                + " MB";
    }
}
