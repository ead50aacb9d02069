package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;

class ModelTest {
    @Test
    void a_trained_circle_network_predicts_each_points_class() {
        TrainingSetup setup = ExperimentSetups.of(Experiment.defaults(), JvmBackend.INSTANCE);
        HeadlessRun.Result r = HeadlessRun.run(setup, 300, 300, x -> { });
        double[] p = Model.of(setup, r.weights()).predictions();
        List<Sample> all = setup.data().all();
        assertThat(p).hasSize(all.size());
        long right = 0;
        for (int i = 0; i < p.length; i++) {
            assertThat(p[i]).isBetween(0.0, 1.0);
            if ((p[i] >= 0.5 ? 1 : 0) == all.get(i).label()) right++;
        }
        assertThat(right).isGreaterThanOrEqualTo(all.size() * 95L / 100);
    }
}
