package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingEvent;
import org.nnplay.training.compare.CompareRun;
import org.nnplay.training.compare.Variant;
import org.nnplay.training.compare.Variants;

/**
 * The compare view's view-model: the base experiment with its comparison, the variants training together
 * ({@link CompareRun}, off the FX thread) and each variant's latest snapshot. {@link #tick()}, called once per
 * frame, asks every variant for a snapshot with its decision grid and publishes the latest ones; the grids are
 * computed by the training layer, never here. Commands go to every variant. FX thread only, apart from the training
 * events, which are handed over with {@code fx.execute}.
 */
public final class CompareModel implements AutoCloseable {
    /** Cells per side of each variant's decision grid: enough for a small multiple (interpolated between cells). */
    static final int MAX_GRID = 60;
    public static final String PLAYGROUND = "playground";

    private final Executor fx;
    private final ReadOnlyObjectWrapper<Experiment> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ReadOnlyObjectWrapper<List<Variant>> variants = new ReadOnlyObjectWrapper<>(this, "variants", List.of());
    private final ReadOnlyObjectWrapper<List<Snapshot>> snapshots = new ReadOnlyObjectWrapper<>(this, "snapshots", List.of());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Map<Integer, String> explanations = new HashMap<>();
    private final List<Experiment> extras = new ArrayList<>();
    private CompareRun run;
    private Object generation = new Object();
    private Snapshot[] latest = new Snapshot[0];
    private long frames;

    /** {@code fx} runs the hand-over of training events on the FX thread ({@code Platform::runLater}). */
    public CompareModel(Executor fx) {
        this.fx = Objects.requireNonNull(fx);
    }

    // ---- read-only state ----

    /** The base experiment, with the comparison being run; null before {@link #open}. */
    public ReadOnlyObjectProperty<Experiment> baseProperty() { return base.getReadOnlyProperty(); }

    public Experiment base() { return base.get(); }

    public ReadOnlyObjectProperty<List<Variant>> variantsProperty() { return variants.getReadOnlyProperty(); }

    /** The latest snapshot of each variant, in the variants' order (null before a variant's first). */
    public ReadOnlyObjectProperty<List<Snapshot>> snapshotsProperty() { return snapshots.getReadOnlyProperty(); }

    /** Whether any variant is training. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** The epochs-per-second cap of every variant; 0: as fast as each can. */
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }

    /** The latest explanation (why a variant diverged, why a comparison was refused), or "". */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Why variant {@code k} stopped by itself (its divergence), or null. */
    public String explanation(int k) { return explanations.get(k); }

    // ---- commands ----

    /**
     * Opens {@code experiment} for comparing: its own compare block, or when it has none its learning rate (its own,
     * ten times smaller and larger). Every variant starts paused at epoch 0, at the experiment's speed.
     *
     * @throws IllegalArgumentException (nothing changed) when a value does not fit the experiment
     */
    public void open(Experiment experiment) {
        Comparison c = experiment.compare() != null ? experiment.compare()
                : new Comparison(ComparedSetting.LR, ComparedSetting.LR.suggestions(experiment));
        extras.clear();
        start(experiment.withComparison(c), List.of());
        speed.set(experiment.training().speed());
        run.setSpeed(speed.get());
    }

    /** "Compare this setting": {@code setting} on {@code experiment}, with the values it suggests. */
    public void open(Experiment experiment, ComparedSetting setting) {
        Comparison own = experiment.compare();
        Comparison c = own != null && own.setting() == setting ? own
                : new Comparison(setting, setting.suggestions(experiment));
        open(experiment.withComparison(c));
    }

    /**
     * Another comparison on the same base; every variant starts over. Extra runs (the playground) are kept.
     *
     * @throws IllegalArgumentException (nothing changed) when a value does not fit the base, naming it
     */
    public void setComparison(Comparison c) {
        requireOpen();
        start(base.get().withComparison(c), extras);
    }

    /**
     * Adds the playground's experiment: when it differs from the base only in the compared setting, its value joins
     * the comparison (and is saved with it); otherwise it runs beside the variants as "playground", for this session
     * only. Every variant starts over, together. Returns what happened, in words.
     *
     * @throws IllegalArgumentException (nothing changed) when there are already {@link Comparison#MAX_VALUES} runs
     */
    public String addVariant(Experiment playground) {
        requireOpen();
        if (variants.get().size() >= Comparison.MAX_VALUES) {
            throw new IllegalArgumentException("A comparison has at most " + Comparison.MAX_VALUES
                    + " runs: remove a value first.");
        }
        Comparison c = base.get().compare();
        String value = c.setting().valueOf(playground);
        Experiment plain = base.get().withComparison(null);
        Experiment asVariant = c.setting().edit(value).apply(plain);
        boolean onlySetting = sameRun(asVariant, playground);
        if (onlySetting && c.values().contains(value)) {
            return "The playground is the run " + VariantStyle.title(c.setting(), value) + " already.";
        }
        if (onlySetting) {
            List<String> values = new ArrayList<>(c.values());
            values.add(value);
            setComparison(c.withValues(values));
            return "Added " + VariantStyle.title(c.setting(), value) + " from the playground.";
        }
        List<Experiment> more = new ArrayList<>(extras);
        more.add(playground);
        start(base.get(), more);
        return "Added the playground beside the comparison: it differs in more than " + c.setting().key()
                + ", so it is not saved with it.";
    }

    private static boolean sameRun(Experiment a, Experiment b) {
        return a.seed() == b.seed() && a.data().equals(b.data()) && a.features().equals(b.features())
                && a.network().equals(b.network()) && a.training().withSpeed(0).equals(b.training().withSpeed(0));
    }

    public void play() {
        if (run == null) return;
        run.play();
        running.set(true);
    }

    public void pause() {
        if (run == null) return;
        run.pause();
        running.set(false);
    }

    public void togglePlay() {
        if (running.get()) pause();
        else play();
    }

    /** One more epoch for every variant (a diverged one stays as it is); all pause. */
    public void stepEpoch() {
        if (run == null) return;
        run.stepEpoch();
        running.set(false);
    }

    /** Every variant back to its initial weights at epoch 0, paused. */
    public void reset() {
        if (run == null) return;
        run.reset();
        explanations.clear();
        message.set("");
        running.set(false);
    }

    /** Caps every variant at {@code epochsPerSecond}; ≤ 0: as fast as each can. */
    public void setSpeed(double epochsPerSecond) {
        double v = epochsPerSecond > 0 && Double.isFinite(epochsPerSecond) ? epochsPerSecond : 0;
        speed.set(v);
        if (run != null) run.setSpeed(v);
    }

    /**
     * Once per frame: asks every variant for a snapshot and publishes the latest ones. While training, a variant's
     * decision grid comes every frame with up to two variants, every second frame with up to four, every third with
     * more (staggered, so each frame carries a few): the small multiples stay fluid and the cost per frame flat.
     */
    public void tick() {
        if (run == null) return;
        int res = Math.min(base.get().view().gridResolution(), MAX_GRID);
        SnapshotRequest grid = SnapshotRequest.grid(res, 0);
        int every = latest.length <= 2 ? 1 : latest.length <= 4 ? 2 : 3;
        frames++;
        boolean changed = false;
        boolean upToDate = true;
        boolean anyRunning = false;
        for (int k = 0; k < latest.length; k++) {
            boolean gridDue = !running.get() || (frames + k) % every == 0;
            run.requestSnapshot(k, gridDue ? grid : SnapshotRequest.METRICS_ONLY);
            Snapshot s = run.latest(k);
            if (s != null && s != latest[k]) {
                latest[k] = s;
                changed = true;
            }
            if (s == null || !run.upToDate(k, s)) upToDate = false;
            else anyRunning |= s.state() == RunState.RUNNING;
        }
        if (changed) snapshots.set(Collections.unmodifiableList(Arrays.asList(latest.clone())));
        if (upToDate) running.set(anyRunning);
    }

    /**
     * Variant {@code k} as an experiment to open in the playground: its settings (without the comparison) and the
     * weights it has trained so far.
     */
    public Experiment trainedExperiment(int k) {
        Variant v = variants.get().get(k);
        Snapshot s = k < latest.length ? latest[k] : null;
        return s == null ? v.experiment() : v.experiment().withWeights(ExperimentMapping.weights(s.weights()));
    }

    /** Stops every variant's training (their threads end in the background: the FX thread never waits for them). */
    @Override
    public void close() {
        retire(run);
        run = null;
    }

    private static void retire(CompareRun old) {
        if (old != null) Thread.ofPlatform().daemon().name("nnplay-compare-close").start(old::close);
    }

    private void requireOpen() {
        if (base.get() == null) throw new IllegalStateException("open an experiment first");
    }

    private void start(Experiment withComparison, List<Experiment> extra) {
        Variants v;
        try {
            v = Variants.of(withComparison);
            for (Experiment e : extra) v = v.with(e, PLAYGROUND);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage().replaceFirst("^values\\[\\d+\\] = ", "");
            throw new IllegalArgumentException(why, e);
        }
        Object token = new Object();
        CompareRun next = CompareRun.start(v, (k, e) -> fx.execute(() -> {
            if (generation == token) onEvent(k, e);
        }));
        retire(run);
        run = next;
        generation = token;
        if (extra != extras) {
            extras.clear();
            extras.addAll(extra);
        }
        run.setSpeed(speed.get());
        latest = new Snapshot[v.size()];
        explanations.clear();
        message.set("");
        running.set(false);
        base.set(v.base());
        variants.set(v.list());
        snapshots.set(Collections.unmodifiableList(Arrays.asList(latest.clone())));
    }

    private void onEvent(int k, TrainingEvent e) {
        switch (e.kind()) {
            case DIVERGED, ERROR -> {
                String why = e.message() == null ? "stopped on an error" : e.message()
                        .replaceFirst(" Paused with the last finite weights \\(end of epoch \\d+\\)\\.", "")
                        .replace(", then press play to resume.", ".");
                explanations.put(k, why);
                message.set(variants.get().get(k).label() + ": " + why);
            }
            default -> { }
        }
    }
}
