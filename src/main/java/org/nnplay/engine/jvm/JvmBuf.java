package org.nnplay.engine.jvm;

import org.nnplay.engine.Buf;

/** A row-major matrix in one flat double array. */
public final class JvmBuf implements Buf {
    final double[] a;
    private final int rows;
    private final int cols;

    JvmBuf(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.a = new double[rows * cols];
    }

    @Override public int rows() { return rows; }

    @Override public int cols() { return cols; }
}
