package org.nnplay.training.compare;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.TrainingSetup;

/**
 * The runs of a comparison, derived from its base experiment: every variant gets the same points (the base's data
 * set, built once), the same seed and so, where the network has the same shape and initialiser, the same initial
 * weights. Batch size {@code all} becomes the size of the training split. Variants train on the JVM backend:
 * small networks, thread-safe, and bit-for-bit the same on whichever thread and beside whichever other runs.
 */
public final class Variants {
    /** Up to this speed cap (epochs per second) every epoch is evaluated for the curves. */
    public static final double EVERY_EPOCH_SPEED = 200;
    private final Experiment base;
    private final DataSet data;
    private final List<Variant> list;

    private Variants(Experiment base, DataSet data, List<Variant> list) {
        this.base = base;
        this.data = data;
        this.list = List.copyOf(list);
    }

    /**
     * The variants of {@code base}'s own comparison.
     *
     * @throws IllegalArgumentException when it has none, or (an {@code InvalidSettingException} at
     *         {@code values[i]}) when a value does not fit it
     */
    public static Variants of(Experiment base) {
        if (base.compare() == null) {
            throw new IllegalArgumentException("the experiment has no comparison: choose a setting and its values");
        }
        return of(base, base.compare());
    }

    /** The variants of {@code comparison} on {@code base} (whose own comparison, if any, is ignored). */
    public static Variants of(Experiment base, Comparison comparison) {
        Experiment plain = base.withComparison(null);
        DataSet data = ExperimentMapping.dataSet(plain);
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < comparison.size(); i++) {
            String value = comparison.values().get(i);
            Experiment e = comparison.variant(plain, i);
            if (comparison.setting() == ComparedSetting.BATCH && value.equals(ComparedSetting.ALL_KEY)) {
                int rows = Math.max(1, data.train().size());
                e = e.withTraining(t -> t.withBatchSize(rows));
            }
            out.add(new Variant(i, value, comparison.setting().key() + " = " + value, e));
        }
        Variants v = new Variants(base.withComparison(comparison), data, out);
        v.list.forEach(v::setup); // every variant must build: fail here, naming nothing half-started
        return v;
    }

    /**
     * These variants and one more: {@code extra} (e.g. the playground's experiment) labelled {@code label}. It trains
     * on its own points when its data settings differ from the base's.
     */
    public Variants with(Experiment extra, String label) {
        List<Variant> out = new ArrayList<>(list);
        Variant v = new Variant(list.size(), null, label, extra.withComparison(null));
        setup(v);
        out.add(v);
        return new Variants(base, data, out);
    }

    /** The base experiment, with its comparison. */
    public Experiment base() { return base; }

    /** The points every variant with the base's data settings trains on. */
    public DataSet data() { return data; }

    public List<Variant> list() { return list; }

    public int size() { return list.size(); }

    public Variant get(int i) { return list.get(i); }

    /**
     * What variant {@code v} trains: its experiment on the shared points (or its own), on the JVM backend. At a
     * watchable speed ({@link #EVERY_EPOCH_SPEED} epochs/s or less, as lessons start) the full metrics are recorded
     * every epoch, so each curve shows its noise; this changes no weight (evaluation only reads them), so it is left
     * alone when early stopping or a target loss, which act at the evaluations, are on.
     */
    public TrainingSetup setup(Variant v) {
        Experiment e = v.experiment();
        boolean shared = e.seed() == base.seed() && e.data().equals(base.data());
        TrainingSetup s = shared ? ExperimentSetups.of(e, data, JvmBackend.INSTANCE)
                : ExperimentSetups.of(e, JvmBackend.INSTANCE);
        double speed = e.training().speed();
        boolean watchable = speed > 0 && speed <= EVERY_EPOCH_SPEED;
        boolean stops = e.training().earlyStopping().enabled() || e.training().targetLoss() > 0;
        return watchable && !stops ? s.withEvalEvery(1) : s;
    }
}
