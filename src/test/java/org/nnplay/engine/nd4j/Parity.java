package org.nnplay.engine.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Buf;
import org.nnplay.engine.jvm.JvmBackend;

/** The same buffers on the JVM backend and on ND4J, filled with the same numbers, compared to 1e-9. */
final class Parity {
    static final double TOLERANCE = 1e-9;
    static final Backend JVM = JvmBackend.INSTANCE;
    private static Backend nd4j;

    private Parity() {}

    static synchronized Backend nd4j() {
        if (nd4j == null) {
            nd4j = Nd4jRuntime.shared().load().join();
        }
        return nd4j;
    }

    /** One buffer in both backends. */
    record Pair(Buf j, Buf n) {
        int size() { return j.size(); }
    }

    static Pair pair(int rows, int cols, double[] data) {
        Pair p = new Pair(JVM.zeros(rows, cols), nd4j().zeros(rows, cols));
        JVM.write(p.j, data);
        nd4j().write(p.n, data);
        return p;
    }

    static Pair random(Random rnd, int rows, int cols, double lo, double hi) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        return pair(rows, cols, d);
    }

    /** Uniform in ±[lo, hi]: away from zero, for kinks and divisors. */
    static Pair awayFromZero(Random rnd, int rows, int cols, double lo, double hi) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = (rnd.nextBoolean() ? 1 : -1) * (lo + (hi - lo) * rnd.nextDouble());
        }
        return pair(rows, cols, d);
    }

    static double[] values(Backend be, Buf b) {
        double[] out = new double[b.size()];
        be.read(b, out);
        return out;
    }

    static void assertSame(String what, Pair p) {
        assertClose(what, values(JVM, p.j), values(nd4j(), p.n));
    }

    static void assertClose(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (e == a || (Double.isNaN(e) && Double.isNaN(a))) {
                continue;
            }
            double scale = Math.max(1, Math.max(Math.abs(e), Math.abs(a)));
            if (!(Math.abs(e - a) <= TOLERANCE * scale)) {
                fail(what + ": element " + i + " jvm=" + e + " nd4j=" + a + " (|diff| " + Math.abs(e - a) + ")");
            }
        }
    }
}
