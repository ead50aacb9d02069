package org.nnplay.engine.jvm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** Column sums with the Vector API (a bias's gradient): see {@link BiasSums}, which picks them once compiled. */
final class VectorSums {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorSums() {}

    /**
     * out[c] += Σ over rows of g[r, c] for the columns [from, to) of a rows × cols g, row after row (a bias's
     * gradient): four vectors of columns summed in registers down all the rows, then one vector, then the last columns
     * one by one. Each column's sum is the same chain of additions, in the same order of rows, as in a plain loop.
     */
    static void columnSums(double[] g, double[] out, int rows, int cols, int from, int to) {
        columnSums(g, 0, out, rows, cols, from, to);
    }

    /** As above over the rows of g from gOff. */
    static void columnSums(double[] g, int gOff, double[] out, int rows, int cols, int from, int to) {
        int c = from;
        for (; c + 4 * L <= to; c += 4 * L) {
            DoubleVector s0 = DoubleVector.fromArray(S, out, c);
            DoubleVector s1 = DoubleVector.fromArray(S, out, c + L);
            DoubleVector s2 = DoubleVector.fromArray(S, out, c + 2 * L);
            DoubleVector s3 = DoubleVector.fromArray(S, out, c + 3 * L);
            for (int r = 0, o = gOff + c; r < rows; r++, o += cols) {
                s0 = s0.add(DoubleVector.fromArray(S, g, o));
                s1 = s1.add(DoubleVector.fromArray(S, g, o + L));
                s2 = s2.add(DoubleVector.fromArray(S, g, o + 2 * L));
                s3 = s3.add(DoubleVector.fromArray(S, g, o + 3 * L));
            }
            s0.intoArray(out, c);
            s1.intoArray(out, c + L);
            s2.intoArray(out, c + 2 * L);
            s3.intoArray(out, c + 3 * L);
        }
        for (; c + L <= to; c += L) {
            DoubleVector s0 = DoubleVector.fromArray(S, out, c);
            for (int r = 0, o = gOff + c; r < rows; r++, o += cols) {
                s0 = s0.add(DoubleVector.fromArray(S, g, o));
            }
            s0.intoArray(out, c);
        }
        for (; c < to; c++) {
            double s0 = out[c];
            for (int r = 0, o = gOff + c; r < rows; r++, o += cols) {
                s0 += g[o];
            }
            out[c] = s0;
        }
    }
}
