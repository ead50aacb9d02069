package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.nnplay.ui.Formulas;
import org.nnplay.data.DataSet;
import org.nnplay.engine.Backend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.LossSwitch;
import org.nnplay.training.BackendChoice;
import org.nnplay.training.ExperimentChange;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.RunCheckpoint;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingEvent;
import org.nnplay.training.TrainingService;

/**
 * The playground's view-model: the experiment being edited, the training service that runs it, and the latest
 * snapshot. Every control goes through {@link #edit}: it computes the new experiment, applies the difference to the
 * service ({@link ExperimentChange#apply}), stores it and marks the document dirty. {@link #tick()} is called once
 * per frame: it asks for a snapshot and publishes the latest one. Training events arrive on the training thread and
 * are handed over with one {@code fx.execute} each. FX thread only, apart from that edge.
 */
public final class PlaygroundModel implements AutoCloseable, RunControls {
    private final ReadOnlyObjectWrapper<Experiment> experiment = new ReadOnlyObjectWrapper<>(this, "experiment");
    private final ReadOnlyObjectWrapper<DataSet> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final Document document = new Document();
    private final TrainedWeights trained = new TrainedWeights(this::currentExperiment, snapshot::get);
    private final Executor fx;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlaygroundModel.class);
    /**
     * Share of a core the decision grids may take while training (the rest stays with the training thread). The
     * property {@code nnplay.gridBudget} overrides it for side-by-side measurements (docs/frame-stats); 1 = unpaced.
     */
    static final double GRID_BUDGET = gridBudget(System.getProperty("nnplay.gridBudget"));

    static double gridBudget(String property) {
        double v = 0.25;
        try {
            if (property != null) v = Double.parseDouble(property);
        } catch (NumberFormatException e) {
            LOG.warn("nnplay.gridBudget must be a number in (0, 1], got '{}': using 0.25", property);
        }
        if (v > 0 && v <= 1) return v;
        LOG.warn("nnplay.gridBudget must be in (0, 1], got {}: using 0.25", v);
        return 0.25;
    }
    private final TrainingService service;
    private Backend backend;
    static final int NEURON_EVERY = 3;
    static final int NEURON_RESOLUTION = 48;
    private int neuronHover = -1;
    private long frames;
    private boolean wantNeurons = true;
    private long replacements;

    /** Starts a paused training service on {@code initial}; {@code fx} runs event hand-overs on the FX thread. */
    public PlaygroundModel(Experiment initial, Executor fx) {
        this.fx = Objects.requireNonNull(fx);
        backend = BackendChoice.of(initial);
        service = TrainingService.start(ExperimentSetups.forWindow(initial, dataOf(initial), backend));
        service.setSpeed(initial.training().speed());
        service.setGridBudget(GRID_BUDGET);
        service.addListener(e -> fx.execute(() -> onEvent(e)));
        experiment.set(initial);
        data.set(dataOf(initial));
    }

    // ---- read-only state ----

    public ReadOnlyObjectProperty<Experiment> experimentProperty() { return experiment.getReadOnlyProperty(); }

    public Experiment currentExperiment() { return experiment.get(); }

    /** The data set the experiment generates (its points, domain and axis names). */
    public ReadOnlyObjectProperty<DataSet> dataProperty() { return data.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    @Override public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }

    /** Grows with every change of the experiment (edits and loads): what the autosave listens to. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    public Document document() { return document; }

    /** The backend the service was last built on. */
    public Backend backend() { return backend; }

    /** The experiment as it should be saved: with the trained weights when there are any that fit. */
    public Experiment forSaving() { return trained.experimentWithWeights(); }

    public TrainedWeights trained() { return trained; }

    // ---- commands ----

    /**
     * The one path for every control: computes the new experiment, applies it to training, marks it dirty. When the
     * loss changes because the data's problem did (Blobs → Circle), the status bar says so.
     */
    public void edit(UnaryOperator<Experiment> change) { edit(change, true); }

    /** As {@link #edit(UnaryOperator)}; {@code announce} false leaves the message to the caller. False: refused. */
    boolean edit(UnaryOperator<Experiment> change, boolean announce) {
        Experiment before = experiment.get();
        Experiment after;
        try {
            after = Objects.requireNonNull(change.apply(before));
        } catch (RuntimeException e) {
            say(Notice.warning(message(e)));
            return false;
        }
        if (after.equals(before)) return true;
        boolean wasRunning = running.get();
        Set<ExperimentChange> changes;
        try {
            backend = BackendChoice.of(after);
            changes = ExperimentChange.apply(service, before, after, backend, this::dataOf);
        } catch (RuntimeException e) {
            say(Notice.error(message(e)));
            return false;
        }
        store(after, changes.contains(ExperimentChange.REBUILD) || changes.contains(ExperimentChange.DATA));
        // a rebuild pauses the service, so a running model is played again; points placed or removed by hand
        // (DATA) never pause it: the same network trains on, on the new points
        if (changes.contains(ExperimentChange.REBUILD) && wasRunning) service.play();
        document.markDirty();
        LossSwitch lossSwitch = announce ? LossSwitch.between(before, after) : null;
        if (lossSwitch != null) say(Notice.info(lossSwitch.describe(Formulas::name) + "."));
        return true;
    }

    /**
     * A change of how the experiment is shown (which view has the stage, presentation mode): stored and autosaved
     * like any setting, but it does not mark the document modified (pressing F11 is not an edit to save).
     */
    public void editView(UnaryOperator<org.nnplay.experiment.ViewSettings> change) {
        Experiment before = experiment.get();
        Experiment after;
        try {
            after = before.withView(change);
        } catch (RuntimeException e) {
            say(Notice.warning(message(e)));
            return;
        }
        if (!after.equals(before)) store(after, false);
    }

    /** How many times the experiment was replaced ({@link #replace}): work started for one experiment checks it. */
    long replacements() { return replacements; }

    /** Replaces the experiment (New, Open, a lesson, a restored session): a new network, paused, clean document. */
    public void replace(Experiment next, Path file) {
        replacements++;
        backend = BackendChoice.of(next);
        // always a new network, whatever the difference: one rebuild, then the live settings the rebuild keeps
        service.rebuild(ExperimentSetups.forWindow(next, dataOf(next), backend));
        service.setSpeed(next.training().speed());
        service.setStopping(ExperimentSetups.stopping(next.training()));
        running.set(false);
        store(next, true);
        document.opened(file);
    }

    /**
     * A session restored after a crash: the experiment, then (when it fits) the run saved with it — weights,
     * optimizer state, epoch and history; paused, and marked modified, since it is in no file.
     */
    public void restoreSession(Experiment restored, RunCheckpoint run) {
        replace(restored, null);
        if (run != null && TrainedWeights.fits(restored, run.weights())) service.restore(run);
        document.markDirty();
    }

    /**
     * The run's full state for the autosave, or null when the training thread does not hand it over within two
     * seconds. Waits: call it on a background thread, never on the FX thread.
     */
    public RunCheckpoint checkpoint() {
        try {
            return service.checkpoint().get(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("No run state for the autosave: {}", e.getMessage());
            return null;
        }
    }

    /** After the document was written to {@code file}. */
    public void saved(Path file) { document.saved(file); }

    public void play() {
        service.play();
        running.set(true);
    }

    public void pause() {
        service.pause();
        running.set(false);
    }

    @Override public void togglePlay() {
        if (running.get()) pause();
        else play();
    }

    @Override public void stepEpoch() {
        service.stepEpoch();
        running.set(false);
    }

    /** New weights from the seed (hand-typed weights are dropped): epoch 0, paused. */
    @Override public void reset() {
        if (experiment.get().weights() != null) store(experiment.get().withWeights(null), false);
        service.reset();
        running.set(false);
    }

    /** The backend may have become available (ND4J finished loading): rebuild on it, keeping the weights. */
    public void refreshBackend() {
        refreshBackend(BackendChoice.of(experiment.get()));
    }

    /** As {@link #refreshBackend()}, with the backend the experiment's choice gives now. */
    void refreshBackend(Backend now) {
        Experiment e = experiment.get();
        if (!BackendChoice.changed(now, backend)) return;
        backend = now;
        var setup = ExperimentSetups.forWindow(e, dataOf(e), backend);
        var w = trained.engineWeights();
        boolean wasRunning = running.get();
        service.rebuild(w == null ? setup : setup.withInitialWeights(w));
        if (wasRunning) service.play();
    }

    /** The hovered neuron (layer as in the neuron grids) or -1: while set, neuron grids come at full resolution. */
    public void setNeuronHover(boolean hovering) { neuronHover = hovering ? 1 : -1; }

    /**
     * Once per frame on the FX thread: asks for a snapshot and publishes the latest one. The boundary grid comes
     * every frame; every neuron's grid (the builder's thumbnails, {@value #NEURON_RESOLUTION}² cells) only every
     * {@value #NEURON_EVERY} frames while training, and at full resolution while a neuron is hovered: copying every
     * neuron's grid at every frame is most of a snapshot's cost for a deep network.
     */
    public void tick() {
        int res = experiment.get().view().gridResolution();
        if (neuronHover >= 0 || !running.get() || frames++ % NEURON_EVERY == 0) wantNeurons = true;
        int neuronRes = !wantNeurons ? 0 : neuronHover >= 0 ? res : Math.min(res, NEURON_RESOLUTION);
        service.requestSnapshot(SnapshotRequest.grid(res, neuronRes));
        Snapshot s = service.latest();
        if (s != null && s != snapshot.get()) {
            snapshot.set(s);
            if (s.neurons() != null) wantNeurons = false;
            if (s.commandsApplied() >= service.lastCommand()) running.set(s.state() == RunState.RUNNING);
        }
    }

    public TrainingService service() { return service; }

    public void say(Notice n) { notice.set(n); }

    @Override public void close() { service.close(); }

    /**
     * The experiment's points, generated once per data settings and seed: the change sent to the service and the
     * data shown in the window are the same object (FX thread only).
     */
    private DataSet dataOf(Experiment e) {
        if (built == null || !ExperimentMapping.sameData(built, e)) {
            built = e;
            builtData = ExperimentMapping.dataSet(e);
        }
        return builtData;
    }

    private Experiment built;
    private DataSet builtData;

    /**
     * The points of {@code e}, built off the FX thread (an import prepares them in the background): the edit to
     * {@code e} that follows takes them instead of building them again. FX thread.
     */
    void prepared(Experiment e, DataSet points) {
        built = e;
        builtData = points;
    }

    private void store(Experiment next, boolean dataMayChange) {
        Experiment before = experiment.get();
        experiment.set(next);
        if (dataMayChange && (!ExperimentMapping.sameData(before, next) || data.get() == null)) {
            data.set(dataOf(next));
        }
        revision.set(revision.get() + 1);
    }

    private void onEvent(TrainingEvent e) {
        switch (e.kind()) {
            case DIVERGED -> say(Notice.warning("Training diverged at epoch " + e.epoch()
                    + ": the loss became infinite. Lower the learning rate, then play or reset."));
            case EARLY_STOP -> say(Notice.info("Early stopping at epoch " + e.epoch() + ": the best weights are kept."));
            case MAX_EPOCHS -> say(Notice.info("Stopped at the maximum of " + e.epoch() + " epochs."));
            case TARGET_REACHED -> say(Notice.info("Target loss reached at epoch " + e.epoch() + "."));
            case ERROR -> say(Notice.error(e.message() == null ? "Training stopped on an error." : e.message()));
            default -> { }
        }
        switch (e.kind()) {
            case DIVERGED, EARLY_STOP, MAX_EPOCHS, TARGET_REACHED, ERROR -> running.set(false);
            default -> { }
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an unexpected error (please report it, with what you did)" : m;
    }
}
