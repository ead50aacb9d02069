package org.nnplay.training;

/** Epochs per second over a sliding window of about one second (16 samples, one per 1/16 s at most). */
final class Throughput {
    private static final int SAMPLES = 16;
    private static final long SPACING = 1_000_000_000L / SAMPLES;
    private final long[] time = new long[SAMPLES];
    private final long[] epochs = new long[SAMPLES];
    private int count;
    private int head;
    private long lastTime;
    private long lastEpochs;

    void record(long now, long epochsDone) {
        lastTime = now;
        lastEpochs = epochsDone;
        if (count == 0 || now - time[(head + SAMPLES - 1) % SAMPLES] >= SPACING) {
            time[head] = now;
            epochs[head] = epochsDone;
            head = (head + 1) % SAMPLES;
            count = Math.min(SAMPLES, count + 1);
        }
    }

    /** Forgets the window, e.g. after a pause, so idle time doesn't count. */
    void restart(long now, long epochsDone) {
        count = 0;
        head = 0;
        record(now, epochsDone);
    }

    double perSecond() {
        if (count == 0) {
            return 0;
        }
        int oldest = count < SAMPLES ? 0 : head;
        long dt = lastTime - time[oldest];
        return dt <= 0 ? 0 : (lastEpochs - epochs[oldest]) * 1e9 / dt;
    }
}
