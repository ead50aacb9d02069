package org.nnplay.engine.jvm;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DenseStack}'s products a vector of rows at a time: each neuron's rows lie side by side, and a batch of 10
 * is taken as a vector of 8 and one of 2 (4, 4 and 2 where the machine's vectors are shorter; an odd batch gets one
 * row of padding), so no load is masked. Each value is computed by the same operations in the same order as by
 * {@link DenseStack}'s plain loops, so the bits are the same. Loaded only where the Vector API is there
 * ({@link JvmMatmul#VECTOR}).
 */
final class VectorDense {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final VectorSpecies<Double> S2 = DoubleVector.SPECIES_128;

    private VectorDense() {}

    /** Lanes in one vector of doubles (8 with AVX-512). */
    static int lanes() { return L; }

    /**
     * z[j·n + r] = (Σ_p x[p·n + r] · w[p·nOut + j], term by term from +0) + b[j], for the n rows r (n even): whole
     * vectors, then pairs. (Two copies of one loop: the Vector API compiles to vector instructions only where the
     * species is a constant in the method itself.)
     */
    static void forward(double[] x, double[] w, double[] b, double[] z, int nIn, int nOut, int n) {
        int r = 0;
        for (; r + L <= n; r += L) {
            DoubleVector zero = DoubleVector.zero(S);
            for (int j = 0; j < nOut; j++) {
                DoubleVector acc = DoubleVector.fromArray(S, x, r).fma(DoubleVector.broadcast(S, w[j]), zero);
                for (int p = 1; p < nIn; p++) {
                    acc = DoubleVector.fromArray(S, x, p * n + r).fma(DoubleVector.broadcast(S, w[p * nOut + j]), acc);
                }
                acc.add(DoubleVector.broadcast(S, b[j])).intoArray(z, j * n + r);
            }
        }
        for (; r < n; r += 2) {
            DoubleVector zero = DoubleVector.zero(S2);
            for (int j = 0; j < nOut; j++) {
                DoubleVector acc = DoubleVector.fromArray(S2, x, r).fma(DoubleVector.broadcast(S2, w[j]), zero);
                for (int p = 1; p < nIn; p++) {
                    acc = DoubleVector.fromArray(S2, x, p * n + r).fma(DoubleVector.broadcast(S2, w[p * nOut + j]), acc);
                }
                acc.add(DoubleVector.broadcast(S2, b[j])).intoArray(z, j * n + r);
            }
        }
    }

    /**
     * gx[i·n + r] = Σ_p g[p·n + r] · w[i·nOut + p], term by term from +0: the gradient into a layer's input, for the
     * n rows (n even) as in {@link #forward}.
     */
    static void inputGrad(double[] g, double[] w, double[] gx, int nIn, int nOut, int n) {
        int r = 0;
        for (; r + L <= n; r += L) {
            DoubleVector zero = DoubleVector.zero(S);
            for (int i = 0; i < nIn; i++) {
                int wi = i * nOut;
                DoubleVector acc = DoubleVector.fromArray(S, g, r).fma(DoubleVector.broadcast(S, w[wi]), zero);
                for (int p = 1; p < nOut; p++) {
                    acc = DoubleVector.fromArray(S, g, p * n + r).fma(DoubleVector.broadcast(S, w[wi + p]), acc);
                }
                acc.intoArray(gx, i * n + r);
            }
        }
        for (; r < n; r += 2) {
            DoubleVector zero = DoubleVector.zero(S2);
            for (int i = 0; i < nIn; i++) {
                int wi = i * nOut;
                DoubleVector acc = DoubleVector.fromArray(S2, g, r).fma(DoubleVector.broadcast(S2, w[wi]), zero);
                for (int p = 1; p < nOut; p++) {
                    acc = DoubleVector.fromArray(S2, g, p * n + r).fma(DoubleVector.broadcast(S2, w[wi + p]), acc);
                }
                acc.intoArray(gx, i * n + r);
            }
        }
    }

    /**
     * gw[i·nOut + j] += Σ_r x[i·stride + r] · gT[r·nOut + j] for r = 0, 1, …, n − 1, one multiply-add after the other,
     * a vector of j at a time (the j left over one by one); gT is the gradient row by row.
     */
    static void weightGrad(double[] x, double[] gT, double[] gw, int nIn, int nOut, int n, int stride) {
        int whole = nOut - nOut % L;
        for (int i = 0; i < nIn; i++) {
            int xi = i * stride;
            int o = i * nOut;
            for (int j = 0; j < whole; j += L) {
                DoubleVector acc = DoubleVector.fromArray(S, gw, o + j);
                for (int r = 0; r < n; r++) {
                    acc = DoubleVector.fromArray(S, gT, r * nOut + j).fma(DoubleVector.broadcast(S, x[xi + r]), acc);
                }
                acc.intoArray(gw, o + j);
            }
            for (int j = whole; j < nOut; j++) {
                double c = gw[o + j];
                for (int r = 0; r < n; r++) c = Math.fma(x[xi + r], gT[r * nOut + j], c);
                gw[o + j] = c;
            }
        }
    }

    /** gb[j] += gT[0·nOut + j] + gT[1·nOut + j] + …, row after row, a vector of j at a time. */
    static void biasGrad(double[] gT, double[] gb, int nOut, int n) {
        int whole = nOut - nOut % L;
        for (int j = 0; j < whole; j += L) {
            DoubleVector acc = DoubleVector.fromArray(S, gb, j);
            for (int r = 0; r < n; r++) acc = acc.add(DoubleVector.fromArray(S, gT, r * nOut + j));
            acc.intoArray(gb, j);
        }
        for (int j = whole; j < nOut; j++) {
            double c = gb[j];
            for (int r = 0; r < n; r++) c = c + gT[r * nOut + j];
            gb[j] = c;
        }
    }
}
