package org.nnplay.engine.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nnplay.engine.Buf;

/** A rows × cols float64 matrix held in one C-ordered INDArray that the backend owns and writes in place. */
public final class Nd4jBuf implements Buf {
    final INDArray a;
    private final int rows;
    private final int cols;

    Nd4jBuf(INDArray a) {
        this.a = a;
        this.rows = (int) a.rows();
        this.cols = (int) a.columns();
    }

    @Override public int rows() { return rows; }

    @Override public int cols() { return cols; }

    /** The backing array itself, for code on the ND4J backend that reads or writes in place. */
    public INDArray array() { return a; }
}
