package org.nnplay.engine.nn;

/** A weight penalty: L1 (λ·Σ|w|), L2 (λ·½Σw²) or elastic net (λ·(r·Σ|w| + (1 − r)·½Σw²)). */
public record Regularization(RegularizationKind kind, double rate, double l1Ratio) {
    public static final Regularization NONE = new Regularization(RegularizationKind.NONE, 0, 0.5);

    public Regularization {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("regularization rate must be ≥ 0, got " + rate);
        }
        if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
            throw new IllegalArgumentException("l1Ratio must be in [0, 1], got " + l1Ratio);
        }
    }

    public double l1() {
        return switch (kind) {
            case L1 -> rate;
            case ELASTIC -> rate * l1Ratio;
            default -> 0;
        };
    }

    public double l2() {
        return switch (kind) {
            case L2 -> rate;
            case ELASTIC -> rate * (1 - l1Ratio);
            default -> 0;
        };
    }
}
