package org.nnplay.training.search;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.StoppingRules;
import org.nnplay.training.TrainingSetup;

/**
 * Trains one trial: a copy of the experiment with the trial's learning rate (and L2 rate), through
 * {@link HeadlessRun}, the code the app and {@code nnplay train} use. Every trial keeps the experiment's seed, so
 * all see the same data and start from the same initial weights (saved weights are dropped): the only difference
 * between two trials is the hyper-parameters searched. Early stopping and a target loss are switched off so every
 * trial gets the same number of epochs. Trials run on the JVM backend: small, thread-safe and bit-for-bit
 * repeatable whichever thread runs them.
 */
public final class TrialRunner {
    /** Thrown out of a trial's epoch loop when the search is cancelled. */
    static final class Cancelled extends RuntimeException {
        Cancelled() { super("cancelled", null, false, false); }
    }

    private TrialRunner() {}

    /**
     * The experiment a trial trains: the base with the trial's values, without saved weights. A range may end at
     * ln 10, and e^(ln 10) is 10.000000000000002 in doubles: values are capped at the settings' largest, 10.
     */
    public static Experiment experimentOf(Experiment base, Trial t) {
        double lr = Math.min(t.learningRate(), TrainingSettings.LEARNING_RATE.max());
        Experiment e = base.withWeights(null).withTraining(s -> s.withLearningRate(lr));
        if (t.hasL2()) {
            double l2 = Math.min(t.l2Rate(), TrainingSettings.REGULARIZATION_RATE.max());
            e = e.withTraining(s -> s.withRegularization(RegularizationKind.L2).withRegularizationRate(l2));
        }
        return e;
    }

    /**
     * Trains {@code epochs} epochs. {@code onEpoch} is called after each (keep it cheap); when {@code cancelled}
     * turns true the trial stops at the next epoch and {@link Cancelled} is thrown.
     */
    public static TrialResult run(Experiment base, Trial t, long epochs, BooleanSupplier cancelled, LongConsumer onEpoch) {
        TrainingSetup setup = ExperimentSetups.of(experimentOf(base, t), JvmBackend.INSTANCE)
                .withStopping(StoppingRules.NONE);
        HeadlessRun.Result r = HeadlessRun.run(setup, epochs, Integer.MAX_VALUE, report -> { }, epoch -> {
            if (cancelled.getAsBoolean()) throw new Cancelled();
            onEpoch.accept(epoch);
        });
        boolean diverged = r.status() == HeadlessRun.Status.DIVERGED || !r.train().finite()
                || !Double.isFinite(r.train().dataLoss()) || (r.test().rows() > 0 && !r.test().finite());
        if (diverged) {
            return TrialResult.divergedAt(t, r.epoch());
        }
        return new TrialResult(t, false, r.epoch(), r.train().dataLoss(), r.test().dataLoss(), r.test().accuracy());
    }
}
