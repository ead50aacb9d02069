package org.nnplay.training;

import java.util.List;
import java.util.function.Consumer;
import org.nnplay.data.DataSet;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;

/**
 * One run's model, owned by the training thread: network, its {@link Learner}, evaluators, history, the last finite weights
 * and the stopping rules. Steps one mini-batch at a time; at each epoch's end checks the weights, records the
 * curves, evaluates on the deterministic cadence and applies the stopping rules. Evaluation only reads weights,
 * so it never changes what training computes. The data may be swapped ({@link #replaceData}) under the same
 * network.
 */
final class Session {
    enum Outcome { BATCH, EPOCH, STOPPED, DIVERGED }

    private final long generation;
    private final Network net;
    private final Learner trainer;
    private TrainingSetup setup;
    private Matrix train;
    private Matrix test;
    private Evaluator trainEval;
    private Evaluator testEval;
    private final History history = new History();
    private final EarlyStopping early = new EarlyStopping();
    private final Consumer<TrainingEvent> events;
    private StoppingRules rules;
    private TrainConfig intended;
    private Weights lastFinite;
    private boolean targetReached;
    private long stepsAtEpochStart;

    Session(TrainingSetup setup, long generation, Consumer<TrainingEvent> events) {
        this.setup = setup;
        this.generation = generation;
        this.events = events;
        this.rules = setup.stopping();
        this.net = Model.network(setup, setup.backend());
        Inputs inputs = Inputs.of(setup);
        this.train = inputs.train();
        this.test = inputs.test();
        TrainConfig config = setup.config();
        this.intended = config;
        this.trainer = setup.learner().create(net, setup, train);
        this.trainEval = new Evaluator(net, train, config.regularization(), labelScale(setup));
        this.testEval = new Evaluator(net, test, config.regularization(), labelScale(setup));
        this.lastFinite = net.weights();
        evaluate(0, lastFinite);
    }

    TrainingSetup setup() { return setup; }

    /** Data units per network unit of the label (regression data is rescaled for training): RMSE is shown in data units. */
    static double labelScale(TrainingSetup setup) { return setup.data().scaling().y().scale(); }

    long generation() { return generation; }

    long epoch() { return trainer.epoch(); }

    long steps() { return trainer.steps(); }

    /** The live settings as last set (a new batch size waits for the next epoch; see {@link #setConfig}). */
    TrainConfig config() { return intended; }

    StoppingRules rules() { return rules; }

    History history() { return history; }

    Matrix trainMatrix() { return train; }

    Matrix testMatrix() { return test; }

    double learningRate() { return trainer.currentLearningRate(); }

    boolean atMaxEpochs() { return rules.hasMaxEpochs() && trainer.epoch() >= rules.maxEpochs(); }

    /** Whether no mini-batch of the current epoch has run yet. */
    boolean atEpochStart() { return trainer.steps() == stepsAtEpochStart; }

    /** A copy of the current weights (allocates). */
    Weights weights() { return net.weights(); }

    /** One mini-batch; at the end of an epoch, the epoch's bookkeeping. */
    Outcome step() {
        long before = trainer.epoch();
        if (!trainer.step()) {
            return diverge(trainer.divergence(), before + 1, before);
        }
        if (trainer.epoch() == before) {
            return Outcome.BATCH;
        }
        stepsAtEpochStart = trainer.steps();
        applyBatchSize();
        return afterEpoch();
    }

    /** After a single mini-batch step, make sure no weight went non-finite. */
    Outcome checkWeights() {
        Weights w = net.weights();
        return w.allFinite() ? Outcome.BATCH
                : diverge("a weight became infinite or NaN at epoch " + (trainer.epoch() + 1), trainer.epoch() + 1,
                        trainer.epoch());
    }

    private Outcome afterEpoch() {
        long e = trainer.epoch();
        Weights w = net.weights();
        if (!w.allFinite()) {
            return diverge("a weight became infinite or NaN at epoch " + e, e, e - 1);
        }
        lastFinite = w;
        TrainConfig c = trainer.config();
        history.add(Metric.BATCH_LOSS, e, trainer.lastEpochLoss());
        history.add(Metric.LEARNING_RATE, e, c.schedule().rate(c.learningRate(), e - 1));
        if (setup.evaluatesAt(e, rules) && evaluate(e, w)) {
            return Outcome.STOPPED;
        }
        if (atMaxEpochs()) {
            emit(TrainingEvent.Kind.MAX_EPOCHS, e, "Reached the maximum of " + rules.maxEpochs()
                    + " epochs; raise it to train on.");
            return Outcome.STOPPED;
        }
        return Outcome.EPOCH;
    }

    /** Train and test metrics of the current weights, without recording them (reading only: training is unaffected). */
    Evaluation[] measure() {
        return new Evaluation[] {trainEval.evaluate(), testEval.evaluate()};
    }

    /** Records a full evaluation; returns true if a stopping rule fired. */
    private boolean evaluate(long e, Weights w) {
        Evaluation tr = trainEval.evaluate();
        Evaluation te = testEval.evaluate();
        history.addEvaluation(e, tr, te, setup.network().regression());
        if (rules.hasTarget() && !targetReached && tr.total() <= rules.targetLoss()) {
            targetReached = true;
            emit(TrainingEvent.Kind.TARGET_REACHED, e, String.format("Training loss %.6g reached the target %.6g at epoch %d.",
                    tr.total(), rules.targetLoss(), e));
            return true;
        }
        if (rules.earlyStopping() && te.rows() > 0 && early.observe(e, te.total(), w, rules.patience())) {
            load(early.bestWeights());
            early.rearm(e);
            emit(TrainingEvent.Kind.EARLY_STOP, e, String.format("Early stop at epoch %d: the validation loss has not "
                    + "improved for %d epochs. Restored the best weights, from epoch %d (validation loss %.6g).",
                    e, rules.patience(), early.bestEpoch(), early.best()));
            return true;
        }
        return false;
    }

    /** Pauses on the last finite weights (those of the end of epoch {@code kept}) and says what to try. */
    private Outcome diverge(String why, long epoch, long kept) {
        load(lastFinite);
        TrainConfig c = trainer.config();
        double lr = c.learningRate();
        StringBuilder m = new StringBuilder("Training diverged: ").append(why)
                .append(". Paused with the last finite weights (end of epoch ").append(kept).append("). ")
                .append("Try a smaller learning rate (now ").append(fmt(lr)).append(", e.g. ").append(fmt(lr / 10))
                .append(")");
        if (c.clipNorm() <= 0) {
            m.append(", gradient clipping");
        }
        m.append(" or a bigger batch, then press play to resume.");
        emit(TrainingEvent.Kind.DIVERGED, epoch, m.toString());
        return Outcome.DIVERGED;
    }

    private static String fmt(double v) { return String.format("%.3g", v); }

    /** Clears a divergence: optimizer state starts afresh, the interrupted epoch restarts. */
    void resume() {
        trainer.resume();
        applyBatchSize();
        stepsAtEpochStart = trainer.steps();
        emit(TrainingEvent.Kind.RESUMED, trainer.epoch(), "Training resumed at epoch " + trainer.epoch() + ".");
    }

    /**
     * Live settings; returns what changed, or null if nothing did. A new batch size takes effect at the next epoch
     * boundary: the engine's trainer cannot change it in the middle of an epoch.
     */
    String setConfig(TrainConfig next) {
        String diff = ConfigDiff.describe(intended, next);
        if (diff == null) {
            return null;
        }
        intended = next;
        int current = trainer.config().batchSize();
        if (next.batchSize() != current && !atEpochStart()) {
            trainer.setConfig(next.withBatchSize(current));
            diff += " (from the next epoch)";
        } else {
            trainer.setConfig(next);
        }
        trainEval.setRegularization(next.regularization());
        testEval.setRegularization(next.regularization());
        emit(TrainingEvent.Kind.SETTING_CHANGED, trainer.epoch(), diff);
        return diff;
    }

    private void applyBatchSize() {
        if (trainer.config().batchSize() != intended.batchSize()) {
            trainer.setConfig(intended);
        }
    }

    void setRules(StoppingRules next) {
        if (next.equals(rules)) {
            return;
        }
        String what = "stopping: max epochs " + next.maxEpochs() + ", target loss " + next.targetLoss()
                + ", patience " + next.patience();
        rules = next;
        targetReached = false;
        early.rearm(trainer.epoch());
        emit(TrainingEvent.Kind.SETTING_CHANGED, trainer.epoch(), what);
    }

    /**
     * New points (added or removed by hand) for the same network: weights, optimizer state, epoch counter, live
     * settings and history are kept, and an epoch in progress starts over on the new rows (see
     * {@link Learner#setData}). The matrices are those a fresh build on the new data would make, so snapshots, grids
     * and everything that reads the setup agree; with standardised features that means the new training split's
     * statistics, which move every input under the kept weights (so {@link ExperimentChange#DATA} rebuilds
     * instead in that case). Early stopping forgets its best validation loss (measured on other points) and the
     * target loss may fire again.
     *
     * @throws IllegalArgumentException if the network does not fit the new data (other classes or problem type)
     */
    void replaceData(DataSet data) {
        TrainingSetup next = setup.withData(data);
        Inputs inputs = Inputs.of(next);
        Matrix tr = inputs.train();
        Matrix te = inputs.test();
        trainer.setData(next, tr);
        setup = next;
        train = tr;
        test = te;
        trainEval = new Evaluator(net, tr, intended.regularization(), labelScale(next));
        testEval = new Evaluator(net, te, intended.regularization(), labelScale(next));
        stepsAtEpochStart = trainer.steps();
        applyBatchSize();
        early.clear();
        targetReached = false;
        emit(TrainingEvent.Kind.DATA_CHANGED, trainer.epoch(), "Points changed at epoch " + trainer.epoch() + ": "
                + tr.rows() + " training and " + te.rows() + " test points; training goes on with the same weights.");
    }

    /** The run as it is now (copies), to go on from later. */
    RunCheckpoint checkpoint() {
        return new RunCheckpoint(trainer.epoch(), trainer.steps(), net.weights(), trainer.optimizerState(),
                history.state());
    }

    /**
     * Goes on from a checkpoint of a network of this shape: its weights, epoch and step counters, history and (for the
     * same optimizer; else it starts afresh) the optimizer's state. A new epoch starts; early stopping and the target
     * loss start over.
     *
     * @throws IllegalArgumentException when the checkpoint is of another shape; nothing is changed then
     */
    void restore(RunCheckpoint c) {
        List<Weights.Layer> mine = net.weights().layers();
        List<Weights.Layer> saved = c.weights().layers();
        boolean fits = mine.size() == saved.size();
        for (int l = 0; fits && l < mine.size(); l++) {
            Weights.Layer a = mine.get(l);
            Weights.Layer b = saved.get(l);
            fits = a.in() == b.in() && a.out() == b.out() && b.w().length == a.w().length && b.b().length == a.b().length
                    && sameLength(a.gamma(), b.gamma()) && sameLength(a.beta(), b.beta())
                    && sameLength(a.runMean(), b.runMean()) && sameLength(a.runVar(), b.runVar());
        }
        if (!fits || !c.weights().allFinite()) {
            throw new IllegalArgumentException("the saved run does not fit this network");
        }
        boolean sameOptimizer = c.optimizer().kind() == trainer.config().optimizer().kind();
        History check = new History(history.capacity());
        check.restore(c.history(), generation); // throws before anything changes when a curve does not hold together
        trainer.resumeFrom(c.epoch(), c.steps(), sameOptimizer ? c.optimizer() : null);
        net.load(c.weights());
        trainer.weightsLoaded();
        lastFinite = net.weights();
        history.restore(c.history(), generation);
        stepsAtEpochStart = trainer.steps();
        applyBatchSize();
        early.clear();
        targetReached = false;
    }

    private static boolean sameLength(double[] a, double[] b) {
        return a == null ? b == null : b != null && a.length == b.length;
    }

    void setWeights(Weights w) {
        load(w);
        emit(TrainingEvent.Kind.WEIGHTS_EDITED, trainer.epoch(), "Weights set by hand at epoch " + trainer.epoch() + ".");
    }

    private void load(Weights w) {
        net.load(w);
        trainer.weightsLoaded();
        lastFinite = net.weights();
    }

    void emit(TrainingEvent.Kind kind, long epoch, String message) {
        TrainingEvent e = new TrainingEvent(kind, generation, epoch, message);
        history.mark(e);
        events.accept(e);
    }
}
