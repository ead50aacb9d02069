package org.nnplay.engine.train;

/** Examples as the engine takes them: a rows × cols feature matrix (row-major) and one label per row. */
public record Matrix(double[] x, double[] labels, int rows, int cols) {
    public Matrix {
        if (x.length != rows * cols || labels.length != rows) {
            throw new IllegalArgumentException("matrix: " + x.length + " values and " + labels.length + " labels for "
                    + rows + " rows × " + cols + " columns");
        }
    }
}
