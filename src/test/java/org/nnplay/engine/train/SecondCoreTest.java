package org.nnplay.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The choice between one core and two follows the measured step times, and ignores noise and partial batches. */
class SecondCoreTest {
    /** Steps as long as {@code two} on two cores and {@code one} on one; returns the steps taken one way and the other. */
    private static int[] run(SecondCore c, int steps, long two, long one) {
        int[] counts = new int[2];
        for (int i = 0; i < steps; i++) {
            boolean uses = c.nextStepUses();
            counts[uses ? 1 : 0]++;
            c.took(uses ? two : one, true);
        }
        return counts;
    }

    @Test
    void starts_on_two_cores_and_stays_there_while_they_are_faster() {
        SecondCore c = new SecondCore();
        assertThat(c.nextStepUses()).isTrue();
        int[] counts = run(c, 20_000, 300_000, 430_000);
        assertThat(c.uses()).isTrue();
        assertThat(c.switches()).isZero();
        // the trials on one core: a few steps at first, then one every LONGEST_GAP steps
        assertThat(counts[0]).isBetween(20, 150);
    }

    @Test
    void moves_to_one_core_when_two_are_slower_and_back_when_they_are_faster_again() {
        SecondCore c = new SecondCore();
        run(c, SecondCore.FIRST_GAP + 1 + SecondCore.TRIAL, 600_000, 430_000); // a busy machine: halves wait
        assertThat(c.uses()).isFalse();
        assertThat(c.switches()).isOne();
        int[] counts = run(c, 5_000, 600_000, 430_000);
        assertThat(c.uses()).isFalse();
        assertThat(counts[1]).as("steps on two cores while one is faster").isLessThan(150);
        // the other core frees up: found at the next trial, at most LONGEST_GAP steps later
        run(c, SecondCore.LONGEST_GAP + 1 + SecondCore.TRIAL, 300_000, 430_000);
        assertThat(c.uses()).isTrue();
        assertThat(c.switches()).isEqualTo(2);
    }

    @Test
    void a_difference_within_the_noise_does_not_switch() {
        SecondCore c = new SecondCore();
        run(c, 10_000, 400_000, 380_000); // one core 5 % faster: not a clear win
        assertThat(c.switches()).isZero();
    }

    @Test
    void the_first_step_of_a_trial_and_partial_batches_are_not_timed() {
        SecondCore c = new SecondCore();
        for (int i = 0; i < SecondCore.FIRST_GAP; i++) {
            c.took(600_000, true);
            c.took(1_000, false); // an epoch's short last batch: not a sign that anything is faster
        }
        assertThat(c.nextStepUses()).as("a trial on one core begins").isFalse();
        c.took(50_000_000, true); // waking caches and threads: ignored
        for (int i = 0; i < SecondCore.TRIAL; i++) {
            assertThat(c.nextStepUses()).isFalse();
            c.took(430_000, true);
        }
        assertThat(c.uses()).isFalse();
        assertThat(c.nextStepUses()).isFalse();
    }
}
