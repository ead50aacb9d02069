package org.nnplay.engine.nd4j;

import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.CblasUpper;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The CPU backend's shortcut for the kernels that are BLAS calls anyway: matrix products, y += αx, copies, a row
 * added to every row, sums (a product with a row of ones), y += d ∘ x and fills, called on the arrays' host pointers. ND4J's
 * own op objects cost 3–8 kB of garbage and 10–200 µs each for these (an op, its context, shape buffers; measured
 * on a 10 × 4 matrix), which is what made an ND4J run's memory climb; one call here allocates nothing and takes a
 * microsecond plus the arithmetic. The same OpenBLAS does the arithmetic either way.
 *
 * <p>Only for C-ordered, unshifted float64 arrays in host memory: the CPU backend's, never CUDA's.
 */
final class HostBlas {
    private HostBlas() {}

    /** The array's values in host memory. */
    static DoublePointer p(INDArray a) { return (DoublePointer) a.data().pointer(); }

    /** Whether an array of this backend can be handed to BLAS by its pointer. */
    static boolean usable(INDArray a) {
        return a.data().pointer() instanceof DoublePointer && a.offset() == 0 && a.ordering() == 'c';
    }

    /** c = α · op(a) · op(b) + β · c, all row-major, c rows × cols. */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean ta, boolean tb, double alpha, double beta) {
        int m = (int) c.rows();
        int n = (int) c.columns();
        int k = (int) (ta ? a.rows() : a.columns());
        openblas.cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans, m, n, k,
                alpha, p(a), (int) a.columns(), p(b), (int) b.columns(), beta, p(c), n);
    }

    /** y += α · x, same number of elements. */
    static void axpy(double alpha, INDArray x, INDArray y) {
        openblas.cblas_daxpy((int) x.length(), alpha, p(x), 1, p(y), 1);
    }

    /** dst = src, same number of elements. */
    static void copy(INDArray src, INDArray dst) {
        openblas.cblas_dcopy((int) src.length(), p(src), 1, p(dst), 1);
    }

    /**
     * y += α · d ∘ x element by element, in one call: the product of a diagonal matrix (d, as a symmetric band matrix
     * with no band) and a vector. The chain rule of every element-wise function is this (d = f′, x = the gradient).
     */
    static void addProduct(double alpha, INDArray d, INDArray x, INDArray y) {
        openblas.cblas_dsbmv(CblasRowMajor, CblasUpper, (int) y.length(), 0, alpha, p(d), 1, p(x), 1, 1.0, p(y), 1);
    }

    /** out += 1 · row for every row of out (the bias of a dense layer): a rank-one update with a column of ones. */
    static void addRow(INDArray ones, INDArray row, INDArray out) {
        int rows = (int) out.rows();
        int cols = (int) out.columns();
        openblas.cblas_dger(CblasRowMajor, rows, cols, 1.0, p(ones), 1, p(row), 1, p(out), cols);
    }

    /** Σ x over all elements, as a dot product with ones of x's length. */
    static double sum(INDArray x, INDArray ones) {
        return openblas.cblas_ddot((int) x.length(), p(x), 1, p(ones), 1);
    }

    /** Every element of a set to {@code value} (0 by memset, which also clears NaNs that scaling by 0 would keep). */
    static void fill(INDArray a, double value) {
        DoublePointer d = p(a);
        long n = a.length();
        if (value == 0) {
            Pointer.memset(d, 0, n * Double.BYTES);
        } else {
            for (long i = 0; i < n; i++) {
                d.put(i, value);
            }
        }
    }
}
