package org.nnplay.engine.optim;

/**
 * A learning-rate schedule over epochs e, from the base rate η₀:
 * <pre>
 * constant         η₀
 * step             η₀ γ^⌊e / stepSize⌋
 * exponential      η₀ γ^e
 * cosine           η_min + ½(η₀ − η_min)(1 + cos(π min(e, period) / period))
 * cosine_restarts  the cosine over e mod period (SGDR with equal cycles)
 * warmup_linear    η₀ (e + 1) / warmup for e &lt; warmup, then linear decay to η_min at period
 * inverse_sqrt     η₀ / √(1 + e / stepSize)
 * </pre>
 */
public record ScheduleSpec(ScheduleKind kind, int stepSize, double gamma, int period, int warmup, double minLr) {
    public static final ScheduleSpec CONSTANT = new ScheduleSpec(ScheduleKind.CONSTANT, 100, 0.5, 1000, 10, 0);

    public ScheduleSpec {
        if (stepSize < 1 || period < 1 || warmup < 0) {
            throw new IllegalArgumentException("schedule: stepSize and period must be ≥ 1 and warmup ≥ 0");
        }
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("schedule: gamma must be in (0, 1], got " + gamma);
        }
    }

    public double rate(double base, long epoch) {
        double e = epoch;
        return switch (kind) {
            case CONSTANT -> base;
            case STEP -> base * Math.pow(gamma, Math.floor(e / stepSize));
            case EXPONENTIAL -> base * Math.pow(gamma, e);
            case COSINE -> cosine(base, Math.min(e, period));
            case COSINE_RESTARTS -> cosine(base, e % period);
            case WARMUP_LINEAR -> {
                if (e < warmup) {
                    yield base * (e + 1) / warmup;
                }
                double span = Math.max(1, period - warmup);
                yield base + (minLr - base) * Math.min(1, (e - warmup) / span);
            }
            case INVERSE_SQRT -> base / Math.sqrt(1 + e / stepSize);
        };
    }

    private double cosine(double base, double e) {
        return minLr + 0.5 * (base - minLr) * (1 + Math.cos(Math.PI * e / period));
    }
}
