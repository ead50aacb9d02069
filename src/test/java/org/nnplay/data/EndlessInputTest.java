package org.nnplay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An endless line, endless rows or a device end reading with a message in under 2 s and well under 256 MB of
 * allocation: the limits are checked while the bytes stream in, not after.
 */
class EndlessInputTest {
    private static final long TWO_SECONDS = 2_000_000_000L;
    private static final long MEMORY = 256L * 1024 * 1024;

    /** Bytes that never end: {@code pattern} over and over. */
    private static InputStream endless(String pattern) {
        byte[] p = pattern.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long i;

            @Override public int read() { return p[(int) (i++ % p.length)] & 0xFF; }

            @Override public int read(byte[] b, int off, int len) {
                for (int k = 0; k < len; k++) b[off + k] = (byte) read();
                return len;
            }
        };
    }

    private interface Reading {
        void run() throws Exception;
    }

    /** Runs {@code r} expecting a DataFormatException; checks time and allocation and returns it. */
    private static DataFormatException bounded(Reading r) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        DataFormatException e = catchThrowableOfType(DataFormatException.class, r::run);
        long took = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
        assertThat(e).isNotNull();
        assertThat(took).as("nanoseconds").isLessThan(TWO_SECONDS);
        assertThat(allocated).as("bytes allocated").isLessThan(MEMORY);
        return e;
    }

    @Test
    void anEndlessLineStopsAtTheLineLimit() {
        DataFormatException e = bounded(() -> new CsvImporter().scan("endless.csv", endless("1234567,")));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).startsWith("the line is longer than 10,000 characters");
    }

    @Test
    void endlessRowsStopAtTheRowLimit() {
        DataFormatException e = bounded(() -> new CsvImporter().scan("rows.csv", endless("1,2,0\n")));
        assertThat(e.line()).isEqualTo(DataLimits.MAX_ROWS + 1);
        assertThat(e.detail()).isEqualTo("too many rows: NNPlay takes at most 100,000 data rows");
    }

    @Test
    void endlessLongRowsStopAtTheFileLimit() {
        String row = "1".repeat(9_000) + ",2,0\n";
        DataFormatException e = bounded(() -> new CsvImporter(DataLimits.MAX_ROWS, 4L * 1024 * 1024)
                .scan("wide.csv", endless(row)));
        assertThat(e.detail()).isEqualTo("the file is larger than 4 MB: NNPlay reads data files of at most 4 MB");
    }

    @Test
    void aDeviceOfZerosIsNotText() throws Exception {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) return;
        DataFormatException e = bounded(() -> new CsvImporter().scan(zero));
        assertThat(e.getMessage()).isEqualTo("zero:1: byte 0x00 at byte 1 of the line is not text: this looks like a"
                + " binary file, not a CSV file");
    }
}
