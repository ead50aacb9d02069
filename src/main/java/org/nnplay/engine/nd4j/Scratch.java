package org.nnplay.engine.nd4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Work arrays for kernels that need intermediate results, one set per thread, made on first use and reused for
 * every later call with the same shape. Keys pack (rows, cols, slot) into a long; lookups allocate nothing.
 * Within one kernel every work array gets its own slot number, whatever its shape: shapes can coincide (a
 * rows × 1 column is a rows × cols matrix when cols = 1), and equal keys would alias.
 */
final class Scratch {
    /** Slot of the all-ones 1 × n rows used to sum or broadcast with a matrix product. */
    static final int ONES = 15;

    private long[] keys = new long[64];
    private INDArray[] values = new INDArray[64];
    private int count;

    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    static Scratch get() { return PER_THREAD.get(); }

    /** A rows × cols work array for {@code slot} (0–14); its contents are whatever the last user left. */
    INDArray of(int rows, int cols, int slot) {
        long key = ((long) rows << 32) | ((long) cols << 4) | slot;
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (values[i] != null) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        INDArray a = Nd4j.createUninitializedDetached(DataType.DOUBLE, 'c', rows, cols);
        if (slot == ONES) {
            a.assign(1.0);
        }
        put(key, a);
        return a;
    }

    /** A 1 × n row of ones (use the matmul transpose flag for the n × 1 column). */
    INDArray ones(int n) { return of(1, n, ONES); }

    private void put(long key, INDArray a) {
        if (2 * (count + 1) > keys.length) {
            long[] oldKeys = keys;
            INDArray[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new INDArray[oldKeys.length * 2];
            count = 0;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldValues[j] != null) {
                    put(oldKeys[j], oldValues[j]);
                }
            }
        }
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = a;
        count++;
    }
}
