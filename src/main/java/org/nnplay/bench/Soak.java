package org.nnplay.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Trainer;

/**
 * A long run of one workload that reports the process's resident memory (RSS, which includes ND4J's off-heap
 * buffers), the Java heap in use after a collection, and the heap the JVM held just before it (committed: a heap
 * that grows to fit a backend's garbage between collections raises RSS without a leak), at the start and at every
 * tenth of the run: flat lines mean no leak.
 */
final class Soak {
    private Soak() {}

    static void run(BenchConfig cfg, Backend backend, long epochs, Benchmark.SoakListener listener) {
        DataSet ds = cfg.data();
        Trainer trainer = new Trainer(Network.create(cfg.network(), backend, 42), cfg.trainMatrix(ds), cfg.training(), 42);
        for (int i = 0; i < 200; i++) {
            trainer.runEpoch();
        }
        listener.started(cfg.id(), backend.name(), epochs);
        report(listener, 0, 0);
        long t0 = System.nanoTime();
        long tenth = Math.max(1, epochs / 10);
        for (long e = 1; e <= epochs; e++) {
            trainer.runEpoch();
            if (trainer.divergence() != null) {
                trainer.resume();
            }
            if (e % tenth == 0 || e == epochs) {
                report(listener, e, (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    private static void report(Benchmark.SoakListener listener, long epoch, double secs) {
        var memory = ManagementFactory.getMemoryMXBean();
        long held = memory.getHeapMemoryUsage().getCommitted(); // what the run held, before the collection
        System.gc();
        listener.sample(epoch, secs, rssKb() / 1024.0, memory.getHeapMemoryUsage().getUsed() / 1048576.0,
                held / 1048576.0);
    }

    /** VmRSS from /proc/self/status (Linux), or -1 where it cannot be read. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
