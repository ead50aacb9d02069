package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;

/** The view-model without a window: edits go to the running service through one path. */
class PlaygroundModelTest {
    private final PlaygroundModel model = new PlaygroundModel(Experiment.defaults(), Runnable::run);

    @AfterEach
    void close() { model.close(); }

    private Snapshot await(java.util.function.Predicate<Snapshot> until) throws Exception {
        return model.service().await(SnapshotRequest.METRICS_ONLY,
                s -> s.commandsApplied() >= model.service().lastCommand() && until.test(s), Duration.ofSeconds(20));
    }

    @Test
    void theGridBudgetPropertyIsReadOrFallsBackToAQuarter() {
        assertThat(PlaygroundModel.gridBudget(null)).isEqualTo(0.25);
        assertThat(PlaygroundModel.gridBudget("1")).isEqualTo(1);
        assertThat(PlaygroundModel.gridBudget("0.5")).isEqualTo(0.5);
        assertThat(PlaygroundModel.gridBudget("fast")).isEqualTo(0.25);
        assertThat(PlaygroundModel.gridBudget("0")).isEqualTo(0.25);
        assertThat(PlaygroundModel.gridBudget("2")).isEqualTo(0.25);
    }

    @Test
    void aNewLearningRateAppliesLiveAndMarksTheDocumentDirty() throws Exception {
        long revision = model.revisionProperty().get();
        model.edit(e -> e.withTraining(t -> t.withLearningRate(0.3)));
        assertThat(model.currentExperiment().training().learningRate()).isEqualTo(0.3);
        assertThat(model.document().isDirty()).isTrue();
        assertThat(model.revisionProperty().get()).isGreaterThan(revision);
        assertThat(await(s -> true).config().learningRate()).isEqualTo(0.3);
    }

    @Test
    void anotherDataSetRebuildsAndShowsItsPoints() throws Exception {
        long generation = await(s -> true).generation();
        model.edit(e -> e.withDataset(DatasetKind.XOR));
        assertThat(model.dataProperty().get().name()).containsIgnoringCase("or");
        assertThat(await(s -> s.generation() > generation).setup().data().name()).isEqualTo(model.dataProperty().get().name());
    }

    @Test
    void anEditTheExperimentRefusesKeepsItAndSaysWhy() {
        Experiment before = model.currentExperiment();
        model.edit(e -> e.withTraining(t -> t.withLearningRate(-1)));
        assertThat(model.currentExperiment()).isSameAs(before);
        assertThat(model.noticeProperty().get().level()).isEqualTo(Notice.Level.WARNING);
        assertThat(model.noticeProperty().get().text()).contains("learningRate");
        assertThat(model.document().isDirty()).isFalse();
    }

    @Test
    void playTrainsAndPauseStops() throws Exception {
        model.play();
        assertThat(model.runningProperty().get()).isTrue();
        await(s -> s.state() == RunState.RUNNING && s.epoch() > 5);
        model.pause();
        assertThat(await(s -> s.state() == RunState.PAUSED).state()).isEqualTo(RunState.PAUSED);
    }

    @Test
    void savingCarriesTheTrainedWeights() throws Exception {
        model.stepEpoch();
        Snapshot s = await(x -> x.epoch() >= 1);
        model.tick();
        await(x -> x.sequence() >= s.sequence());
        model.tick();
        Experiment saved = model.forSaving();
        assertThat(saved.weights()).isNotNull();
        assertThat(model.currentExperiment().weights()).isNull();
    }

    @Test
    void replacingCleansTheDocumentAndRemembersItsFile() {
        model.edit(e -> e.withSeed(7));
        model.replace(Experiment.defaults().withName("opened"), Path.of("x.json"));
        assertThat(model.document().isDirty()).isFalse();
        assertThat(model.document().file()).isEqualTo(Path.of("x.json"));
        assertThat(model.document().title().get()).isEqualTo("x.json — NNPlay");
        assertThat(model.currentExperiment().name()).isEqualTo("opened");
    }

    @Test
    void handPointsAreAddedAndTheNearestRemoved() {
        PointTool tool = new PointTool(model);
        tool.labelProperty().set(0);
        tool.add(1, 1);
        tool.add(-2, 3);
        assertThat(model.currentExperiment().data().handPoints()).hasSize(2);
        assertThat(model.dataProperty().get().train()).anyMatch(p -> p.x1() == 1 && p.x2() == 1 && p.label() == 0);
        assertThat(tool.removeNearest(-2.1, 3.1, model.dataProperty().get().domain())).isTrue();
        assertThat(model.currentExperiment().data().handPoints()).extracting(p -> p.x1()).isEqualTo(List.of(1.0));
        assertThat(tool.removeNearest(5, -5, model.dataProperty().get().domain())).isFalse();
    }
}
