package org.nnplay.ui.playground;

import java.util.function.Supplier;
import org.nnplay.experiment.StageView;
import org.nnplay.training.BackendChoice;
import org.nnplay.training.BackendPicker;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.StatusBar;
import org.nnplay.ui.dashboard.Dashboard;
import org.nnplay.ui.landscape.LandscapeView;
import org.nnplay.ui.network.NetworkView;

/**
 * Which view follows the latest snapshot, and how often: once per frame the views on the stage get it, the costly ones
 * at their cadence (the builder 20 times a second; the curves wait a frame while the builder redraws, so two costly
 * redraws never make one long frame), the epoch counter 20 times a second and the status bar 4 times. FX thread only.
 */
final class FrameFeed {
    /** The views the feed serves; the landscape's supplier gives null until the landscape was made. */
    record Views(PlaygroundModel model, StageLayout stage, BoundaryPanel boundary, NetworkView network,
                 Dashboard dashboard, CurvesPanel curves, LandscapeBridge landscapeBridge,
                 Supplier<LandscapeView> landscape, CompareStage compare, TrainingBar bar, StatusBar status) {}

    private final Views v;
    private final Cadence networkCadence = new Cadence(20);
    private final Cadence epochCadence = new Cadence(20);
    private Snapshot networkShown;
    private long statusShown;

    FrameFeed(Views views) { this.v = views; }

    /** The latest snapshot (possibly the same as last frame) and the frame statistics. */
    void onFrame(Snapshot s, FrameStats stats) {
        StageLayout stage = v.stage();
        if (stage.visible(StageView.BOUNDARY) && v.boundary().onFrame(s)) stats.boundaryDrawn();
        boolean networkDrawn = false;
        if (s != null && s.neurons() != null && s != networkShown && stage.visible(StageView.BUILDER)
                && networkCadence.due(s, System.nanoTime())) {
            networkShown = s;
            v.network().setSnapshot(s);
            networkDrawn = true;
        }
        if (stage.dashboardShown()) v.dashboard().update(s);
        if (stage.visible(StageView.CURVES)) v.curves().onFrame(s, networkDrawn);
        boolean restarted = v.landscapeBridge().onFrame(s);
        LandscapeView landscape = v.landscape().get();
        if (landscape != null && stage.visible(StageView.LANDSCAPE) && s != null) {
            landscape.onSnapshot(s);
            if (restarted) landscape.dataChanged();
        }
        if (stage.visible(StageView.COMPARE)) {
            v.compare().onFrame();
        } else if (s != null && epochCadence.due(s, System.nanoTime())) {
            v.bar().showEpoch(s.epoch(), s.learningRateMoved() ? s.learningRate() : Double.NaN);
            if (stage.dashboardShown()) v.dashboard().showEpoch(s.epoch());
        }
        long now = System.nanoTime();
        if (now - statusShown > 250_000_000L) {
            statusShown = now;
            showStatus(s, stats);
        }
    }

    private void showStatus(Snapshot s, FrameStats stats) {
        StatusBar status = v.status();
        PlaygroundModel model = v.model();
        status.showFps(stats.fps());
        String backend = s == null ? model.backend().name() : s.backend();
        BackendPicker.Pick pick = BackendChoice.pick(model.currentExperiment()); // one lookup for both uses below
        status.showBackend(BackendChoice.label(backend), BackendChoice.nd4jStatus(), pick.reason());
        // auto's measurement may have finished since: moves to the faster backend, weights kept
        model.refreshBackend(pick.backend());
        status.showSpeed(s == null ? 0 : s.epochsPerSecond());
    }
}
