package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nnplay.engine.train.TrainConfig;

class CommandQueueTest {
    @Test
    void consecutiveSettingChangesMergeInOrder() {
        CommandQueue q = new CommandQueue(4);
        q.offer(new Command.UpdateConfig(c -> c.withLearningRate(0.5)));
        q.offer(new Command.UpdateConfig(c -> c.withBatchSize(7)));
        assertThat(q.size()).isEqualTo(1);
        TrainConfig out = ((Command.UpdateConfig) q.poll()).change().apply(Fixtures.sgd(0.1));
        assertThat(out.learningRate()).isEqualTo(0.5);
        assertThat(out.batchSize()).isEqualTo(7);
        assertThat(q.lastTaken()).isEqualTo(2);
    }

    @Test
    void differentCommandsKeepTheirOrderAndStepsDoNotMerge() {
        CommandQueue q = new CommandQueue(8);
        q.offer(new Command.Play());
        q.offer(new Command.Play());
        q.offer(new Command.StepBatch());
        q.offer(new Command.StepBatch());
        q.offer(new Command.SetSpeed(10));
        q.offer(new Command.SetSpeed(20));
        assertThat(q.poll()).isInstanceOf(Command.Play.class);
        assertThat(q.poll()).isInstanceOf(Command.StepBatch.class);
        assertThat(q.poll()).isInstanceOf(Command.StepBatch.class);
        assertThat(q.poll()).isEqualTo(new Command.SetSpeed(20));
        assertThat(q.poll()).isNull();
    }

    @Test
    void aFullQueueRejects() {
        CommandQueue q = new CommandQueue(2);
        assertThat(q.offer(new Command.StepEpoch())).isEqualTo(1);
        assertThat(q.offer(new Command.StepEpoch())).isEqualTo(2);
        assertThat(q.offer(new Command.StepEpoch())).isEqualTo(-1);
        assertThat(q.offer(new Command.Pause())).isEqualTo(-1);
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.lastTicket()).isEqualTo(2);
    }

    @Test
    void wakeEndsAWaitEvenWhenItCameFirst() throws Exception {
        CommandQueue q = new CommandQueue(2);
        q.wake();
        long t0 = System.nanoTime();
        q.await(0);
        assertThat(System.nanoTime() - t0).isLessThan(1_000_000_000L);
    }
}
