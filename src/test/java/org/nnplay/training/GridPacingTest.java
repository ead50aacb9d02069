package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridPacingTest {
    @Test
    void aSmallBudgetSpacesTheGridsOfARunningModelButStillDeliversThem() throws Exception {
        try (TrainingService service = TrainingService.start(Fixtures.circleSetup())) {
            service.setGridBudget(0.001);
            service.play();
            Fixtures.await(service, s -> s.state() == RunState.RUNNING && s.epoch() > 5);
            Set<Long> grids = new HashSet<>();
            long start = System.nanoTime();
            long seconds = 1;
            while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                service.requestSnapshot(SnapshotRequest.grid(100, 0));
                Snapshot s = service.latest();
                if (s != null && s.boundary() != null && s.state() == RunState.RUNNING) grids.add(s.sequence());
                Thread.sleep(2);
            }
            long most = seconds * 1_000_000_000L / Renderer.MAX_GRID_INTERVAL_NANOS + 2;
            assertThat(grids.size()).isBetween(3, (int) most);
            assertThat(service.failure()).isNull();
        }
    }

    @Test
    void aBudgetOutsideZeroToOneIsRefused() {
        try (TrainingService service = TrainingService.start(Fixtures.circleSetup())) {
            assertThatThrownBy(() -> service.setGridBudget(0)).hasMessageContaining("grid budget");
            assertThatThrownBy(() -> service.setGridBudget(1.5)).hasMessageContaining("(0, 1]");
            assertThatThrownBy(() -> service.setGridBudget(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
