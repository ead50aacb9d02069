package org.nnplay.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads data files: a header row (optional) and rows of values separated by commas, semicolons or tabs, in UTF-8
 * (with or without a byte order mark) or UTF-16 (with one). The file is first read as a {@link CsvTable}; x1, x2 and
 * the label are then taken from it, by name ({@link ImportOptions}) or, when the file leaves no choice, in order.
 * <ul>
 *   <li>labels as described in {@link LabelDecoder}: names or whole numbers are classes, other numbers regression
 *       values, unless a problem type is requested;</li>
 *   <li>a column named "split" (or a fourth column of train/test) says where each row goes;</li>
 *   <li>missing values (empty, NA, ?, NaN) skip their row with a warning, or are refused when strict;</li>
 *   <li>at most {@link DataLimits#MAX_ROWS} data rows, {@link DataLimits#MAX_FILE_BYTES} bytes and
 *       {@link DataLimits#MAX_LINE_CHARS} characters a line, checked while reading, so a device or an endless line
 *       stops at once.</li>
 * </ul>
 * Problems throw a {@link DataFormatException} naming the file, line and column (1-based) and what was expected,
 * with up to {@value DataFormatException#MAX_PROBLEMS} problems collected. Reading never changes anything: it returns
 * a new value or throws, so a bad file never replaces data already loaded.
 */
public final class CsvImporter {
    private final int maxRows;
    private final long maxBytes;

    public CsvImporter() {
        this(DataLimits.MAX_ROWS, DataLimits.MAX_FILE_BYTES);
    }

    /** An importer with smaller limits (tests). */
    public CsvImporter(int maxRows, long maxBytes) {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive, were " + maxRows + " rows, " + maxBytes + " bytes");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file} with its columns decided by the file; {@code requested} as in {@link ImportOptions}. */
    public ImportedData read(Path file, ProblemType requested) throws IOException, DataFormatException {
        return read(file, ImportOptions.AUTOMATIC.withRequested(requested));
    }

    public ImportedData read(Path file, ImportOptions options) throws IOException, DataFormatException {
        return scan(file).select(options);
    }

    /**
     * Told how far reading has come, in bytes, as it goes (from the thread that reads); it stops the reading by
     * throwing {@link InterruptedIOException}, which {@link #scan(Path, Progress)} passes on.
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (bytes, total) -> { };

        /** {@code bytes} read so far of {@code total}, or of an unknown length (a pipe, a device) when total is −1. */
        void read(long bytes, long total) throws InterruptedIOException;
    }

    /** Reads {@code file} as a table, before its columns are chosen. */
    public CsvTable scan(Path file) throws IOException, DataFormatException {
        return scan(file, Progress.NONE);
    }

    /** As {@link #scan(Path)}, telling {@code progress} how far it has read. */
    public CsvTable scan(Path file, Progress progress) throws IOException, DataFormatException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = -1;
        if (Files.isRegularFile(file)) {
            size = Files.size(file);
            if (size > maxBytes) {
                throw new DataFormatException(name, 0, 0, "the file is " + DataLimits.megabytes(size) + " ("
                        + DataLimits.format(size) + " bytes): NNPlay reads data files of at most "
                        + DataLimits.megabytes(maxBytes));
            }
        } else if (Files.isDirectory(file)) {
            throw new DataFormatException(name, 0, 0, "this is a folder, not a data file");
        }
        progress.read(0, size);
        try (InputStream in = new Counted(Files.newInputStream(file), size, progress)) {
            return scan(name, in);
        }
    }

    /** A stream that tells {@link Progress} its count after every read. */
    private static final class Counted extends FilterInputStream {
        private final long total;
        private final Progress progress;
        private long bytes;

        Counted(InputStream in, long total, Progress progress) {
            super(in);
            this.total = total;
            this.progress = progress;
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.read(++bytes, total);
            }
            return b;
        }

        @Override public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                bytes += n;
                progress.read(bytes, total);
            }
            return n;
        }
    }

    /** Reads a table from {@code in}; {@code fileName} names the source in messages and becomes the data set's name. */
    public CsvTable scan(String fileName, InputStream in) throws IOException, DataFormatException {
        return CsvTable.read(fileName, in, maxRows, maxBytes);
    }

    /** Reads from {@code in} with the columns decided by the file. */
    public ImportedData read(String fileName, InputStream in, ProblemType requested)
            throws IOException, DataFormatException {
        return scan(fileName, in).select(ImportOptions.AUTOMATIC.withRequested(requested));
    }
}
