package org.nnplay.engine;

/**
 * The kernels the autograd core needs, implemented once per place tensors can live (plain JVM arrays, ND4J).
 * Every kernel writes {@code out} (or accumulates into a gradient buffer, "+=") and never allocates once warm.
 * Shapes are checked when a graph is built ({@link Tensor}); kernels trust them.
 */
public interface Backend {
    /** "jvm", "nd4j-cpu" or "nd4j-cuda". */
    String name();

    Buf zeros(int rows, int cols);

    /** Copies {@code src} (row-major, length rows × cols) into {@code dst}. */
    void write(Buf dst, double[] src);

    /** Copies {@code src} into {@code dst} (row-major). */
    void read(Buf src, double[] dst);

    /**
     * The values of {@code b} as an array to read and update in place: the buffer's own array where it lives on the
     * Java heap, else {@code copy} filled with its values. Write it back with {@link #write}, which does nothing when
     * handed the buffer's own array. Lets code that updates parameters on the host skip two copies where it can.
     */
    default double[] hostValues(Buf b, double[] copy) {
        read(b, copy);
        return copy;
    }

    /** The first element, e.g. of a 1 × 1 loss. */
    double first(Buf b);

    void fill(Buf dst, double value);

    /** out = op(a) · op(b) (+ out when {@code accumulate}), op = transpose when the flag is set. */
    void matmul(Buf a, boolean transposeA, Buf b, boolean transposeB, Buf out, boolean accumulate);

    /**
     * out = x · w + b, b one row added to every row: {@link #matmul} then {@link #zip} ADD, which is what this does
     * unless a backend has a kernel for both at once (the same values).
     */
    default void linear(Buf x, Buf w, Buf b, Buf out) {
        matmul(x, false, w, false, out, false);
        zip(BinaryFn.ADD, out, b, out);
    }

    /** out = fn(x) element-wise. */
    void map(UnaryFn fn, double p, Buf x, Buf out);

    /** gx += fn'(x) · gy element-wise, where y = fn(x). */
    void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx);

    /**
     * As above, or with {@code overwrite} gx = fn′ · gy outright: the values of zeroing gx first and then adding, in
     * one pass where a backend can.
     */
    default void mapBackward(UnaryFn fn, double p, Buf x, Buf y, Buf gy, Buf gx, boolean overwrite) {
        if (overwrite) {
            fill(gx, 0);
        }
        mapBackward(fn, p, x, y, gy, gx);
    }

    /** out = a ∘ b; b has a's shape, or is a 1 × cols row (added to every row), or a 1 × 1 scalar. */
    void zip(BinaryFn fn, Buf a, Buf b, Buf out);

    /** ga += ∂/∂a, gb += ∂/∂b (summed over broadcast rows); either may be null when not needed. */
    void zipBackward(BinaryFn fn, Buf a, Buf b, Buf gy, Buf ga, Buf gb);

    /** out = scale · Σ x over all elements (axis −1, out 1 × 1), over rows (axis 0, out 1 × cols) or columns (axis 1, out rows × 1). */
    void sum(Buf x, int axis, double scale, Buf out);

    /** gx += scale · gy broadcast back to x's shape. */
    void sumBackward(int axis, double scale, Buf gy, Buf gx);

    /** Row-wise softmax. */
    void softmax(Buf x, Buf out);

    /** gx += J_softmaxᵀ gy, per row, from the softmax output y. */
    void softmaxBackward(Buf y, Buf gy, Buf gx);

    /** out (1 × 1) = mean over elements of max(z,0) − z·t + log(1 + e^−|z|): binary cross-entropy from logits. */
    void bceWithLogits(Buf z, Buf t, Buf out);

    /** gz += gy · (σ(z) − t) / N. */
    void bceWithLogitsBackward(Buf z, Buf t, Buf gy, Buf gz);

    /** out (1 × 1) = mean over rows of −Σ t · log softmax(z), computed with the log-sum-exp shift. */
    void softmaxCrossEntropy(Buf z, Buf t, Buf out);

    /** gz += gy · (softmax(z) − t) / rows. */
    void softmaxCrossEntropyBackward(Buf z, Buf t, Buf gy, Buf gz);

    /** Work on the indices [from, to) of something, for {@link #inHalves}. */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    /**
     * Whether {@link #inHalves} would split n indices between two threads: callers on a hot path build the closure
     * only then, so that small work allocates nothing.
     */
    default boolean splits(int n) { return false; }

    /**
     * Runs body over [0, n), on the JVM backend split in two halves between this thread and its helper when
     * {@link #splits} says so; each index is handled by one thread, so the result is the same either way.
     */
    default void inHalves(int n, Range body) { body.run(0, n); }

    /**
     * Whether this backend can spread one thread's large work over a second core (the JVM backend's helper thread),
     * so that {@link #useSecondCore} has a choice to make.
     */
    default boolean hasSecondCore() { return false; }

    /**
     * For the calling thread, from now on: whether its large work may use the second core. The results are the same
     * bits either way; only the speed differs (see {@code train.SecondCore}).
     */
    default void useSecondCore(boolean on) {}
}
