package org.nnplay.bench;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * What a round's seconds are counted on: elapsed time (what a user waits), or the CPU time of this process, which
 * other processes on a shared machine cannot stretch (a benchmark run among compiling neighbours moves by ±30 %
 * in elapsed time). Node's side of the baseline counts the same way.
 */
public enum Clock {
    WALL("wall"),
    CPU("cpu");

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    final String key;

    Clock(String key) { this.key = key; }

    /** The clock's name: {@code wall} or {@code cpu}. */
    public String key() { return key; }

    long nanos() { return this == WALL ? System.nanoTime() : OS.getProcessCpuTime(); }

    /** The clock called {@code key}, if there is one. */
    public static Optional<Clock> of(String key) {
        for (Clock c : values()) {
            if (c.key.equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
