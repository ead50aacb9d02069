package org.nnplay.engine.optim;

import org.nnplay.engine.Named;

/** Learning-rate schedules. */
public enum ScheduleKind implements Named {
    CONSTANT("constant"),
    STEP("step"),
    EXPONENTIAL("exponential"),
    COSINE("cosine"),
    COSINE_RESTARTS("cosine_restarts"),
    WARMUP_LINEAR("warmup_linear"),
    INVERSE_SQRT("inverse_sqrt");

    private final String key;

    ScheduleKind(String key) { this.key = key; }

    @Override public String key() { return key; }

    public static ScheduleKind fromKey(String key) { return Named.parse(ScheduleKind.class, key, "schedule kind"); }
}
