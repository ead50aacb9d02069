package org.nnplay.experiment;

import org.nnplay.engine.optim.ScheduleKind;

/**
 * How the learning rate changes over epochs (e = epoch, lr = training.learningRate):
 * <ul>
 * <li>{@code constant}: lr</li>
 * <li>{@code step}: lr · gamma^floor(e / stepSize)</li>
 * <li>{@code exponential}: lr · gamma^(e / stepSize)</li>
 * <li>{@code cosine}: from lr down to minLr over {@code period} epochs, then minLr</li>
 * <li>{@code cosine_restarts}: the cosine curve restarting every {@code period} epochs</li>
 * <li>{@code warmup_linear}: rising linearly over {@code warmupEpochs}, then falling linearly to minLr over
 *     {@code period} epochs</li>
 * <li>{@code inverse_sqrt}: lr · sqrt(w / max(e, w)) with w = max(1, warmupEpochs)</li>
 * </ul>
 */
public record ScheduleSettings(ScheduleKind kind, int stepSize, double gamma, int period, int warmupEpochs,
                               double minLr) {
    public static final Range STEP_SIZE = Range.closed(1, 1_000_000_000);
    public static final Range GAMMA = Range.openClosed(0, 1);
    public static final Range PERIOD = Range.closed(1, 1_000_000_000);
    public static final Range WARMUP_EPOCHS = Range.closed(0, 1_000_000_000);
    public static final Range MIN_LR = Range.closed(0, 10);

    public static final ScheduleSettings DEFAULTS = new ScheduleSettings(ScheduleKind.CONSTANT, 100, 0.5, 100, 0, 0);

    public ScheduleSettings {
        Checks.notNull("kind", kind);
        STEP_SIZE.check("stepSize", stepSize);
        GAMMA.check("gamma", gamma);
        PERIOD.check("period", period);
        WARMUP_EPOCHS.check("warmupEpochs", warmupEpochs);
        MIN_LR.check("minLr", minLr);
    }

    public ScheduleSettings withKind(ScheduleKind v) {
        return new ScheduleSettings(v, stepSize, gamma, period, warmupEpochs, minLr);
    }

    public ScheduleSettings withStepSize(int v) {
        return new ScheduleSettings(kind, v, gamma, period, warmupEpochs, minLr);
    }

    public ScheduleSettings withGamma(double v) {
        return new ScheduleSettings(kind, stepSize, v, period, warmupEpochs, minLr);
    }

    public ScheduleSettings withPeriod(int v) {
        return new ScheduleSettings(kind, stepSize, gamma, v, warmupEpochs, minLr);
    }

    public ScheduleSettings withWarmupEpochs(int v) {
        return new ScheduleSettings(kind, stepSize, gamma, period, v, minLr);
    }

    public ScheduleSettings withMinLr(double v) {
        return new ScheduleSettings(kind, stepSize, gamma, period, warmupEpochs, v);
    }
}
