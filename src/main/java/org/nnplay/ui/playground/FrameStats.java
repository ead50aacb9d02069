package org.nnplay.ui.playground;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame intervals as an {@code AnimationTimer} sees them: the frames per second of the last second (for the status
 * bar) and, over everything recorded since {@link #reset()}, the longest and the 99th-percentile interval. Plain
 * Java, fed with the timer's nanosecond timestamps; FX thread only (no locking).
 */
public final class FrameStats {
    private static final long SECOND = 1_000_000_000L;
    private long[] intervals = new long[4096];
    private int count;
    private long last = Long.MIN_VALUE;
    private long windowStart = Long.MIN_VALUE;
    private int windowFrames;
    private double fps;
    private long workTotal;
    private long workMax;
    private int works;
    private int boundaries;
    private long first = Long.MIN_VALUE;

    /** Records a frame at {@code nanos} (the AnimationTimer's {@code now}). */
    public void frame(long nanos) {
        if (first == Long.MIN_VALUE) first = nanos;
        if (last != Long.MIN_VALUE) {
            if (count == intervals.length) intervals = Arrays.copyOf(intervals, count * 2);
            intervals[count++] = nanos - last;
        }
        last = nanos;
        if (windowStart == Long.MIN_VALUE) windowStart = nanos;
        windowFrames++;
        long span = nanos - windowStart;
        if (span >= SECOND / 2) {
            fps = (windowFrames - 1) * (double) SECOND / span;
            windowStart = nanos;
            windowFrames = 1;
        }
    }

    /** Records how long the frame's own work (polling, handing the snapshot to the views) took. */
    public void work(long nanos) {
        workTotal += nanos;
        workMax = Math.max(workMax, nanos);
        works++;
    }

    /** Records that the frame drew a new decision boundary. */
    public void boundaryDrawn() { boundaries++; }

    /** New decision boundaries drawn per second since {@link #reset()}. */
    public double boundariesPerSecond() {
        return last == Long.MIN_VALUE || last == first ? 0 : boundaries * 1e9 / (last - first);
    }

    /** Mean and longest time of the frame handler's own work, in milliseconds. */
    public double meanWorkMillis() { return works == 0 ? 0 : workTotal / 1e6 / works; }

    public double maxWorkMillis() { return workMax / 1e6; }

    /** Forgets every interval (the next frame starts a new measurement). */
    public void reset() {
        workTotal = 0;
        workMax = 0;
        works = 0;
        boundaries = 0;
        first = Long.MIN_VALUE;
        count = 0;
        last = Long.MIN_VALUE;
        windowStart = Long.MIN_VALUE;
        windowFrames = 0;
        fps = 0;
    }

    /** Frames per second over the last half second or so; 0 before the first measurement. */
    public double fps() { return fps; }

    /** How many intervals were recorded. */
    public int count() { return count; }

    /** The longest interval in milliseconds (0 with none). */
    public double maxMillis() {
        long max = 0;
        for (int i = 0; i < count; i++) max = Math.max(max, intervals[i]);
        return max / 1e6;
    }

    /** The interval that {@code q} (0..1) of all intervals do not exceed, in milliseconds (nearest rank). */
    public double percentileMillis(double q) {
        if (count == 0) return 0;
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(Math.clamp(q, 0, 1) * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
    }

    /** The mean interval in milliseconds. */
    public double meanMillis() {
        if (count == 0) return 0;
        long sum = 0;
        for (int i = 0; i < count; i++) sum += intervals[i];
        return sum / 1e6 / count;
    }

    /** One line for logs and the start-up flag: frames, mean fps, p99 and max interval. */
    public String summary() {
        double mean = meanMillis();
        return String.format(Locale.ROOT, "frames=%d mean=%.2f ms (%.1f fps) p99=%.2f ms max=%.2f ms; boundary redraws %.1f/s;"
                        + " frame work mean=%.2f ms max=%.2f ms", count, mean, mean > 0 ? 1000 / mean : 0,
                percentileMillis(0.99), maxMillis(), boundariesPerSecond(), meanWorkMillis(), maxWorkMillis());
    }
}
