package org.nnplay.bench;

import org.nnplay.engine.train.WorkloadTimer;

/**
 * One participant of a benchmark, run in turns with the others a round at a time so that all of them see the same
 * minute of a machine whose speed drifts: a backend training or evaluating, TensorFlow Playground under Node, or
 * the machine's matrix product.
 */
interface Contender {
    /** Units (epochs, grids, products) per second of the clock over one round of at least {@code seconds}. */
    double round(double seconds);

    /** Runs {@code unit} again and again for at least {@code seconds} on {@code clock}, at least once. */
    static Contender of(Runnable unit, Clock clock) {
        return seconds -> WorkloadTimer.rate(unit::run, seconds, clock::nanos);
    }
}
