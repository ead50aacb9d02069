package org.nnplay.engine.jvm;

import java.util.Arrays;

/**
 * A bias's gradient: gb[c] += the column sums of a rows × cols g, each column row after row, or, for large ones
 * ({@link #inHalves}), as two half-batch sums added, each half summed by the core that computed its rows.
 */
final class BiasSums {
    /** Per thread: the second half's column sums. */
    private static final ThreadLocal<double[][]> HALF = ThreadLocal.withInitial(() -> new double[1][0]);

    private BiasSums() {}

    /**
     * Whether the sums are defined as two half-batch sums, as a weight gradient is ({@link JvmMatmul#inHalves}): for
     * 16 columns and more, 64 rows and more, enough values to split. It does not depend on the threads.
     */
    static boolean inHalves(int rows, int cols) {
        return cols >= 16 && rows >= 64 && (long) rows * cols >= Halves.ELEMENTWISE_MIN;
    }

    /**
     * gb += the column sums of g; in halves, gb[c] = s + t, s = gb[c] + the rows [0, h) of column c one after the
     * other, t = +0 + the rows [h, rows), h = {@code Halves.at(rows)}.
     */
    static void add(double[] g, double[] gb, int rows, int cols) {
        if (!inHalves(rows, cols)) {
            sums(g, 0, gb, rows, cols);
            return;
        }
        int h = Halves.at(rows);
        double[][] holder = HALF.get();
        if (holder[0].length < cols) {
            holder[0] = new double[cols];
        }
        double[] part = holder[0];
        Halves.both(() -> sums(g, 0, gb, h, cols), () -> {
            Arrays.fill(part, 0, cols, 0.0);
            sums(g, h * cols, part, rows - h, cols);
        });
        for (int c = 0; c < cols; c++) {
            gb[c] = gb[c] + part[c];
        }
    }

    /** gb[c] += Σ over the rows of g from gOff of g[r, c], row after row. */
    private static void sums(double[] g, int gOff, double[] gb, int rows, int cols) {
        if (JvmMatmul.VECTOR && cols >= VectorMatmul.lanes() && VectorWarmUp.ready()) {
            // the same sums a vector of columns at a time, kept in registers down the rows: a 256 × 64 gradient's
            // bias 1.7 µs against the loop's 5–9 (the loop stores and reloads gb at every row)
            VectorSums.columnSums(g, gOff, gb, rows, cols, 0, cols);
            return;
        }
        for (int i = gOff; i < gOff + rows * cols; i += cols) {
            for (int c = 0; c < cols; c++) gb[c] += g[i + c];
        }
    }
}
