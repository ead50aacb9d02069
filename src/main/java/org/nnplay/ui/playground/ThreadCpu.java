package org.nnplay.ui.playground;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time used by the threads a frame depends on, grouped by what they do: the FX thread, JavaFX's renderer, the
 * training thread and the snapshot threads. For {@code --frame-stats} (and the speed harnesses): it tells whether a
 * slow frame waited for our code, for the renderer, or for a core.
 */
public final class ThreadCpu {
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("JavaFX Application", "fx");
        GROUPS.put("QuantumRenderer", "renderer");
        GROUPS.put("nnplay-training", "training");
        GROUPS.put("nnplay-snapshots", "snapshots");
    }

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();

    /** Nanoseconds of CPU per group since the threads started (a group with no thread reads 0). */
    public Map<String, Long> sample() {
        Map<String, Long> out = new LinkedHashMap<>();
        GROUPS.values().forEach(g -> out.put(g, 0L));
        if (!mx.isThreadCpuTimeSupported()) return out;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            for (Map.Entry<String, String> e : GROUPS.entrySet()) {
                if (t.getName().startsWith(e.getKey())) {
                    long c = mx.getThreadCpuTime(t.threadId());
                    if (c > 0) out.merge(e.getValue(), c, Long::sum);
                }
            }
        }
        return out;
    }

    /** "fx 0.52, renderer 4.10, …" : milliseconds per frame between two samples. */
    public static String perFrame(Map<String, Long> before, Map<String, Long> after, int frames) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            if (!b.isEmpty()) b.append(", ");
            long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            b.append(e.getKey()).append(' ').append(String.format(java.util.Locale.ROOT, "%.2f",
                    frames == 0 ? 0 : used / 1e6 / frames));
        }
        return b.toString();
    }
}
