package org.nnplay.engine;

/** A rows × cols matrix of doubles owned by one {@link Backend}. Scalars are 1 × 1, bias rows 1 × n. */
public interface Buf {
    int rows();

    int cols();

    default int size() { return rows() * cols(); }

    default String shape() { return "[" + rows() + "×" + cols() + "]"; }
}
