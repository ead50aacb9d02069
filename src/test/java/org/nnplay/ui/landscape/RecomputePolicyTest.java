package org.nnplay.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.training.RunState.PAUSED;
import static org.nnplay.training.RunState.RUNNING;
import static org.nnplay.training.RunState.STOPPED;

import org.junit.jupiter.api.Test;
import org.nnplay.ui.landscape.RecomputePolicy.Reason;

class RecomputePolicyTest {
    private static final long SEC = 1_000_000_000L;
    private final RecomputePolicy policy = new RecomputePolicy(0.25, SEC);
    private final double[] w0 = {0, 0};

    @Test
    void firstSnapshotComputes() {
        assertThat(policy.onSnapshot(PAUSED, 1, 0, w0, 0)).isEqualTo(Reason.FIRST);
        policy.computed(w0, 1, 0);
        assertThat(policy.onSnapshot(PAUSED, 1, 0, w0, 1)).isEqualTo(Reason.NONE);
    }

    @Test
    void pausingAfterMovingRecomputesButPausingInPlaceDoesNot() {
        policy.onSnapshot(RUNNING, 1, 0, w0, 0);
        policy.computed(w0, 1, 0);
        assertThat(policy.onSnapshot(RUNNING, 1, 5, new double[] {0.1, 0}, 10)).isEqualTo(Reason.NONE);
        assertThat(policy.onSnapshot(PAUSED, 1, 5, new double[] {0.1, 0}, 20)).isEqualTo(Reason.PAUSED);
        policy.computed(new double[] {0.1, 0}, 1, 20);
        assertThat(policy.onSnapshot(PAUSED, 1, 5, new double[] {0.1, 0}, 30)).isEqualTo(Reason.NONE);
        // started and stopped again without a step: nothing moved
        policy.onSnapshot(RUNNING, 1, 5, new double[] {0.1, 0}, 40);
        assertThat(policy.onSnapshot(STOPPED, 1, 5, new double[] {0.1, 0}, 50)).isEqualTo(Reason.NONE);
    }

    @Test
    void aStepWhilePausedRecomputes() {
        policy.onSnapshot(PAUSED, 1, 0, w0, 0);
        policy.computed(w0, 1, 0);
        assertThat(policy.onSnapshot(PAUSED, 1, 1, new double[] {0.01, 0}, 5)).isEqualTo(Reason.STEP);
        policy.computed(new double[] {0.01, 0}, 1, 5);
        assertThat(policy.onSnapshot(PAUSED, 1, 1, new double[] {0.01, 0}, 6)).isEqualTo(Reason.NONE);
    }

    @Test
    void movingFarWhileRunningRecomputesAtMostOncePerInterval() {
        policy.onSnapshot(RUNNING, 1, 0, w0, 0);
        policy.computed(w0, 2, 0); // the range spans 2 in weight space: 25 % is 0.5
        assertThat(policy.moved(new double[] {0.3, 0.4})).isEqualTo(0.25);
        assertThat(policy.onSnapshot(RUNNING, 1, 9, new double[] {0.3, 0.4}, 2 * SEC)).isEqualTo(Reason.NONE);
        assertThat(policy.onSnapshot(RUNNING, 1, 9, new double[] {0.6, 0}, SEC / 2)).isEqualTo(Reason.NONE);
        assertThat(policy.onSnapshot(RUNNING, 1, 9, new double[] {0.6, 0}, 2 * SEC)).isEqualTo(Reason.MOVED);
        policy.computed(new double[] {0.6, 0}, 2, 2 * SEC);
        assertThat(policy.onSnapshot(RUNNING, 1, 10, new double[] {1.2, 0}, 2 * SEC + SEC / 2)).isEqualTo(Reason.NONE);
        assertThat(policy.onSnapshot(RUNNING, 1, 11, new double[] {1.2, 0}, 3 * SEC)).isEqualTo(Reason.MOVED);
    }

    @Test
    void dataChangeAndRequestsRecomputeEvenWhileRunning() {
        policy.onSnapshot(RUNNING, 1, 0, w0, 0);
        policy.computed(w0, 1, 0);
        policy.dataChanged();
        assertThat(policy.pending()).isEqualTo(Reason.DATA);
        policy.requested(); // does not hide the data change
        assertThat(policy.onSnapshot(RUNNING, 1, 1, w0, 1)).isEqualTo(Reason.DATA);
        policy.computed(w0, 1, 1);
        assertThat(policy.pending()).isEqualTo(Reason.NONE);
        policy.requested();
        assertThat(policy.onSnapshot(RUNNING, 1, 2, w0, 2)).isEqualTo(Reason.REQUEST);
    }

    @Test
    void aNewGenerationResets() {
        policy.onSnapshot(RUNNING, 1, 0, w0, 0);
        policy.computed(w0, 1, 0);
        assertThat(policy.onSnapshot(PAUSED, 2, 0, new double[] {5, 5, 5}, 1)).isEqualTo(Reason.RESET);
        assertThat(policy.onSnapshot(PAUSED, 2, 0, new double[] {5, 5, 5}, 2)).isEqualTo(Reason.FIRST);
    }
}
