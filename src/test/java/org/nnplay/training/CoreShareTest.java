package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs sharing one core train in turns: together they never use more than it, and each gets its share. */
class CoreShareTest {
    @Test
    void threeRunsOnOneCoreUseAtMostOneCoreAndShareItFairly() throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CoreShare share = new CoreShare(1);
        List<TrainingService> services = new ArrayList<>();
        List<Thread> before = trainingThreads();
        try {
            for (int i = 0; i < 3; i++) services.add(TrainingService.start(Fixtures.circleSetup(), share));
            List<Thread> mine = new ArrayList<>(trainingThreads());
            mine.removeAll(before);
            assertThat(mine).hasSize(3);
            services.forEach(TrainingService::play);
            Thread.sleep(500);
            long[] cpu0 = cpu(mx, mine);
            long[] epochs0 = services.stream().mapToLong(TrainingService::epoch).toArray();
            long t0 = System.nanoTime();
            Thread.sleep(2000);
            long[] cpu1 = cpu(mx, mine);
            long wall = System.nanoTime() - t0;
            long used = 0;
            for (int i = 0; i < cpu1.length; i++) used += cpu1[i] - cpu0[i];

            assertThat(used).as("CPU time of the training threads").isLessThan((long) (wall * 1.1));
            long[] done = new long[3];
            for (int i = 0; i < 3; i++) done[i] = services.get(i).epoch() - epochs0[i];
            long most = Math.max(done[0], Math.max(done[1], done[2]));
            long least = Math.min(done[0], Math.min(done[1], done[2]));
            assertThat(least).as("each had its turns").isGreaterThan(0).isGreaterThan(most / 3);
        } finally {
            services.forEach(TrainingService::close);
        }
    }

    @Test
    void aPausedRunGivesItsTurnAwayAndAClosedOneTooSoTheOthersNeverStall() throws Exception {
        CoreShare share = new CoreShare(1);
        try (TrainingService a = TrainingService.start(Fixtures.circleSetup(), share);
             TrainingService b = TrainingService.start(Fixtures.circleSetup(), share)) {
            a.play();
            b.play();
            Thread.sleep(200);
            a.pause();
            Fixtures.await(a, s -> s.state() == RunState.PAUSED);
            long e0 = b.epoch();
            Thread.sleep(300);
            assertThat(b.epoch()).isGreaterThan(e0 + 10);
            a.play();
            Thread.sleep(100);
            a.close();
            long e1 = b.epoch();
            Thread.sleep(300);
            assertThat(b.epoch()).isGreaterThan(e1 + 10);
        }
    }

    private static List<Thread> trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("nnplay-training")).toList();
    }

    private static long[] cpu(ThreadMXBean mx, List<Thread> threads) {
        return threads.stream().mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.threadId()))).toArray();
    }
}
