package org.nnplay.engine.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The one helper thread: both halves always run, whoever runs them, and failures reach the caller. */
class HelperTest {
    private final Helper helper = new Helper("test-helper");

    @Test
    void both_halves_run_once_each_even_with_several_callers_at_a_time() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int caller = c;
                results.add(callers.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int round = i;
                        int[] runs = new int[2];
                        long[] sums = new long[2];
                        helper.split(() -> { runs[0]++; sums[0] = work(caller, round); },
                                () -> { runs[1]++; sums[1] = work(caller + 10, round); });
                        if (runs[0] != 1 || runs[1] != 1 || sums[0] != work(caller, round)
                                || sums[1] != work(caller + 10, round)) {
                            return false;
                        }
                        if (i % 500 == 0) {
                            Thread.sleep(1); // long enough for the helper to park, so that waking it is tried too
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static long work(int seed, int round) {
        long s = seed;
        for (int i = 0; i < 200 + round % 50; i++) s = s * 6364136223846793005L + 1442695040888963407L;
        return s;
    }

    @Test
    void a_failure_in_either_half_reaches_the_caller_and_the_helper_goes_on() {
        boolean[] otherRan = new boolean[1];
        assertThatThrownBy(() -> helper.split(() -> { }, () -> {
            throw new IllegalStateException("helper's half");
        })).isInstanceOf(IllegalStateException.class).hasMessage("helper's half");
        assertThatThrownBy(() -> helper.split(() -> {
            throw new ArithmeticException("caller's half");
        }, () -> otherRan[0] = true)).isInstanceOf(ArithmeticException.class);
        assertThat(otherRan[0]).as("the other half still ran before the failure was passed on").isTrue();
        int[] after = new int[2];
        helper.split(() -> after[0]++, () -> after[1]++);
        assertThat(after).containsExactly(1, 1);
    }
}
