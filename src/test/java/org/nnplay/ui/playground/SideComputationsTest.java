package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.Grid;
import org.nnplay.data.Sample;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.landscape.LossSetup;

/**
 * The window's side computations (probe, ghost preview, loss landscape) compute what training's snapshots show for
 * the same weights: they go through the same doorway ({@link org.nnplay.training.Model}). On "Will I pass this
 * class?" (x1 ∈ [0, 30], x2 ∈ [0, 40]) with standardised features and an L2 penalty, so a copy that skipped the
 * standardisation or the penalty would differ.
 */
class SideComputationsTest {
    private static final int N = 24;
    private final Experiment experiment = Experiment.defaults().withDataset(DatasetKind.PASS)
            .withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X1X2))
                    .withStandardize(true))
            .withTraining(t -> t.withRegularization(RegularizationKind.L2).withRegularizationRate(0.01));
    private final PlaygroundModel model = new PlaygroundModel(experiment, Runnable::run);
    private final GhostPreview ghost = new GhostPreview();

    @AfterEach
    void close() {
        ghost.close();
        model.close();
    }

    /** A snapshot with an N × N boundary after a few epochs, every command applied. */
    private Snapshot trained() throws Exception {
        for (int i = 0; i < 5; i++) model.stepEpoch();
        long ticket = model.service().lastCommand();
        Snapshot s = model.service().await(SnapshotRequest.grid(N, 0),
                x -> x.commandsApplied() >= ticket && x.boundary() != null && x.boundary().n() == N,
                Duration.ofSeconds(20));
        assertThat(s.epoch()).isEqualTo(5);
        assertThat(s.setup().standardize()).isTrue();
        double meanX1 = s.setup().data().train().stream().mapToDouble(Sample::x1).average().orElseThrow();
        assertThat(meanX1).as("standardising moves the inputs far").isGreaterThan(5);
        return s;
    }

    @Test
    void theProbeReadsTheSnapshotsBoundaryAtEveryCellCentre() throws Exception {
        Snapshot s = trained();
        Grid grid = new Grid(s.setup().data().domain(), N);
        Head head = s.setup().network().head();
        OutputProbe probe = new OutputProbe();
        for (int row = 0; row < N; row += 3) {
            for (int col = 0; col < N; col += 3) {
                double[] out = probe.outputs(s, grid.x1(col), grid.x2(row));
                assertThat(head.positive(out, 0, out.length)).as("cell %d, %d", row, col)
                        .isCloseTo(s.boundary().at(row, col), within(1e-12));
            }
        }
    }

    @Test
    void theGhostPreviewOfTheSnapshotsWeightsIsItsBoundary() throws Exception {
        Snapshot s = trained();
        ghost.request(s.setup(), s.weights(), N);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (ghost.latest() == null && System.nanoTime() < deadline) Thread.sleep(2);
        assertThat(ghost.latest()).isNotNull();
        assertThat(ghost.latest().n()).isEqualTo(N);
        assertThat(ghost.latest().values()).containsExactly(s.boundary().values());
    }

    @Test
    void theLandscapeMeasuresTheSnapshotsLossesAtItsCentre() throws Exception {
        Snapshot s = trained();
        LandscapeBridge bridge = new LandscapeBridge(model, ghost);
        bridge.onFrame(s);
        LossSetup train = bridge.currentLoss();
        LossSetup test = bridge.testLoss();
        assertThat(train.hasPenalty()).isTrue();
        assertThat(train.newFunction().loss(train.center())).isCloseTo(s.train().total(), within(1e-9));
        assertThat(test.newFunction().loss(test.center())).isCloseTo(s.test().total(), within(1e-9));
        assertThat(train.withoutPenalty().newFunction().loss(train.center()))
                .isCloseTo(s.train().dataLoss(), within(1e-9));
    }
}
