package org.nnplay.training.landscape;

/**
 * The loss on one plane of weight space, L(α, β) = L(center + α·d1 + β·d2), for one thread. Networks without batch
 * normalisation get {@link FastSliceLoss}, a fused kernel; the others replay the engine's graph
 * ({@link LossFunction}). Both compute the engine's loss (same activations, heads, losses and penalty) and agree
 * to rounding.
 */
interface SliceLoss {
    double lossAt(double alpha, double beta);

    static SliceLoss create(LossSetup setup, Slice slice) {
        if (FastSliceLoss.supports(setup)) {
            return new FastSliceLoss(setup, slice);
        }
        LossFunction f = setup.newFunction();
        double[] c = slice.center();
        double[] d1 = slice.d1();
        double[] d2 = slice.d2();
        return (a, b) -> f.lossAt(c, d1, a, d2, b);
    }
}
