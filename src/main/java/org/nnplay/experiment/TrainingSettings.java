package org.nnplay.experiment;

import org.nnplay.data.ProblemType;
import org.nnplay.engine.BackendKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;

/**
 * How the network is trained. The loss implies the output activation, which is therefore not stored:
 * {@code half_squared} → tanh on ±1 labels (TensorFlow Playground), {@code bce} → sigmoid, {@code softmax_ce} →
 * softmax, {@code mse}/{@code mae} → linear.
 * <p>
 * Optimizer parameters are kept even when the chosen optimizer does not use them: {@code momentum} (momentum,
 * nesterov), {@code beta1}/{@code beta2}/{@code epsilon} (adam, adamw; epsilon also adagrad, rmsprop, adadelta),
 * {@code rho} (the decay of the squared-gradient average of rmsprop and adadelta: one field for both),
 * {@code weightDecay} (adamw's decoupled decay). {@code l1Ratio} is elastic net's share of L1.
 * Zero turns off {@code clipNorm}, {@code maxEpochs}, {@code targetLoss} and {@code speed} (epochs per second cap).
 * {@code chosenLosses} remembers the loss the user chose for each kind of problem, so that switching data sets
 * keeps the user's choice where it applies and takes the default elsewhere.
 */
public record TrainingSettings(LossKind loss, OptimizerKind optimizer, double learningRate, double momentum,
                               double beta1, double beta2, double epsilon, double rho, double weightDecay,
                               int batchSize, RegularizationKind regularization, double regularizationRate,
                               double l1Ratio, ScheduleSettings schedule, double clipNorm, int maxEpochs,
                               double targetLoss, EarlyStopping earlyStopping, BackendKind backend, double speed,
                               ChosenLosses chosenLosses) {
    public static final Range LEARNING_RATE = Range.openClosed(0, 10);
    public static final Range DECAY = Range.closedOpen(0, 1);
    public static final Range EPSILON = Range.openClosed(0, 1);
    public static final Range WEIGHT_DECAY = Range.closed(0, 1);
    public static final Range BATCH_SIZE = Range.closed(1, 100_000);
    public static final Range REGULARIZATION_RATE = Range.closed(0, 10);
    public static final Range L1_RATIO = Range.closed(0, 1);
    public static final Range CLIP_NORM = Range.closed(0, 1e6);
    public static final Range MAX_EPOCHS = Range.closed(0, 1_000_000_000);
    public static final Range TARGET_LOSS = Range.closed(0, 1e6);
    public static final Range SPEED = Range.closed(0, 1e6);

    public static final TrainingSettings DEFAULTS = new TrainingSettings(LossKind.HALF_SQUARED, OptimizerKind.SGD,
            0.03, 0.9, 0.9, 0.999, 1e-8, 0.9, 0.01, 10, RegularizationKind.NONE, 0, 0.5,
            ScheduleSettings.DEFAULTS, 0, 0, 0, EarlyStopping.DEFAULTS, BackendKind.AUTO, 0, ChosenLosses.NONE);

    public TrainingSettings {
        Checks.notNull("loss", loss);
        Checks.notNull("optimizer", optimizer);
        LEARNING_RATE.check("learningRate", learningRate);
        DECAY.check("momentum", momentum);
        DECAY.check("beta1", beta1);
        DECAY.check("beta2", beta2);
        EPSILON.check("epsilon", epsilon);
        DECAY.check("rho", rho);
        WEIGHT_DECAY.check("weightDecay", weightDecay);
        BATCH_SIZE.check("batchSize", batchSize);
        Checks.notNull("regularization", regularization);
        REGULARIZATION_RATE.check("regularizationRate", regularizationRate);
        L1_RATIO.check("l1Ratio", l1Ratio);
        Checks.notNull("schedule", schedule);
        CLIP_NORM.check("clipNorm", clipNorm);
        MAX_EPOCHS.check("maxEpochs", maxEpochs);
        TARGET_LOSS.check("targetLoss", targetLoss);
        Checks.notNull("earlyStopping", earlyStopping);
        Checks.notNull("backend", backend);
        SPEED.check("speed", speed);
        Checks.notNull("chosenLosses", chosenLosses);
    }

    /**
     * The default loss of a problem: TensorFlow Playground's half squared error for two classes, softmax
     * cross-entropy for more, mean squared error for regression.
     */
    public static LossKind defaultLoss(ProblemType problem, int classes) {
        if (problem == ProblemType.REGRESSION) {
            return LossKind.MSE;
        }
        return classes > 2 ? LossKind.SOFTMAX_CE : LossKind.HALF_SQUARED;
    }

    /** Why {@code loss} cannot train this problem, or null when it can. */
    public static String lossMismatch(LossKind loss, ProblemType problem, int classes) {
        if (problem == ProblemType.REGRESSION && (loss == LossKind.BCE || loss == LossKind.SOFTMAX_CE)) {
            return "= " + loss.key() + " does not fit a regression problem: allowed mse, mae, half_squared";
        }
        if (problem == ProblemType.CLASSIFICATION && classes > 2 && loss != LossKind.SOFTMAX_CE) {
            return "= " + loss.key() + " cannot separate " + classes + " classes: allowed softmax_ce";
        }
        return null;
    }

    public TrainingSettings withLoss(LossKind v) { return toBuilder().loss(v).build(); }

    /**
     * The loss for {@code problem}: the one the user chose for it when it still fits, else the problem's default.
     */
    public LossKind lossFor(ProblemType problem, int classes) {
        LossKind chosen = chosenLosses.of(LossProblem.of(problem, classes));
        return chosen != null && lossMismatch(chosen, problem, classes) == null ? chosen : defaultLoss(problem, classes);
    }

    public TrainingSettings withChosenLosses(ChosenLosses v) { return toBuilder().chosenLosses(v).build(); }

    public TrainingSettings withOptimizer(OptimizerKind v) { return toBuilder().optimizer(v).build(); }

    public TrainingSettings withLearningRate(double v) { return toBuilder().learningRate(v).build(); }

    public TrainingSettings withMomentum(double v) { return toBuilder().momentum(v).build(); }

    public TrainingSettings withBeta1(double v) { return toBuilder().beta1(v).build(); }

    public TrainingSettings withBeta2(double v) { return toBuilder().beta2(v).build(); }

    public TrainingSettings withEpsilon(double v) { return toBuilder().epsilon(v).build(); }

    public TrainingSettings withRho(double v) { return toBuilder().rho(v).build(); }

    public TrainingSettings withWeightDecay(double v) { return toBuilder().weightDecay(v).build(); }

    public TrainingSettings withBatchSize(int v) { return toBuilder().batchSize(v).build(); }

    public TrainingSettings withRegularization(RegularizationKind v) { return toBuilder().regularization(v).build(); }

    public TrainingSettings withRegularizationRate(double v) { return toBuilder().regularizationRate(v).build(); }

    public TrainingSettings withL1Ratio(double v) { return toBuilder().l1Ratio(v).build(); }

    public TrainingSettings withSchedule(ScheduleSettings v) { return toBuilder().schedule(v).build(); }

    public TrainingSettings withClipNorm(double v) { return toBuilder().clipNorm(v).build(); }

    public TrainingSettings withMaxEpochs(int v) { return toBuilder().maxEpochs(v).build(); }

    public TrainingSettings withTargetLoss(double v) { return toBuilder().targetLoss(v).build(); }

    public TrainingSettings withEarlyStopping(EarlyStopping v) { return toBuilder().earlyStopping(v).build(); }

    public TrainingSettings withBackend(BackendKind v) { return toBuilder().backend(v).build(); }

    public TrainingSettings withSpeed(double v) { return toBuilder().speed(v).build(); }

    public Builder toBuilder() { return new Builder(this); }

    public static Builder builder() { return DEFAULTS.toBuilder(); }

    /** Mutable helper for changing several settings at once; {@link #build()} validates. */
    public static final class Builder {
        private LossKind loss;
        private OptimizerKind optimizer;
        private double learningRate;
        private double momentum;
        private double beta1;
        private double beta2;
        private double epsilon;
        private double rho;
        private double weightDecay;
        private int batchSize;
        private RegularizationKind regularization;
        private double regularizationRate;
        private double l1Ratio;
        private ScheduleSettings schedule;
        private double clipNorm;
        private int maxEpochs;
        private double targetLoss;
        private EarlyStopping earlyStopping;
        private BackendKind backend;
        private double speed;
        private ChosenLosses chosenLosses;

        private Builder(TrainingSettings t) {
            loss = t.loss();
            optimizer = t.optimizer();
            learningRate = t.learningRate();
            momentum = t.momentum();
            beta1 = t.beta1();
            beta2 = t.beta2();
            epsilon = t.epsilon();
            rho = t.rho();
            weightDecay = t.weightDecay();
            batchSize = t.batchSize();
            regularization = t.regularization();
            regularizationRate = t.regularizationRate();
            l1Ratio = t.l1Ratio();
            schedule = t.schedule();
            clipNorm = t.clipNorm();
            maxEpochs = t.maxEpochs();
            targetLoss = t.targetLoss();
            earlyStopping = t.earlyStopping();
            backend = t.backend();
            speed = t.speed();
            chosenLosses = t.chosenLosses();
        }

        public Builder loss(LossKind v) { loss = v; return this; }
        public Builder optimizer(OptimizerKind v) { optimizer = v; return this; }
        public Builder learningRate(double v) { learningRate = v; return this; }
        public Builder momentum(double v) { momentum = v; return this; }
        public Builder beta1(double v) { beta1 = v; return this; }
        public Builder beta2(double v) { beta2 = v; return this; }
        public Builder epsilon(double v) { epsilon = v; return this; }
        public Builder rho(double v) { rho = v; return this; }
        public Builder weightDecay(double v) { weightDecay = v; return this; }
        public Builder batchSize(int v) { batchSize = v; return this; }
        public Builder regularization(RegularizationKind v) { regularization = v; return this; }
        public Builder regularizationRate(double v) { regularizationRate = v; return this; }
        public Builder l1Ratio(double v) { l1Ratio = v; return this; }
        public Builder schedule(ScheduleSettings v) { schedule = v; return this; }
        public Builder clipNorm(double v) { clipNorm = v; return this; }
        public Builder maxEpochs(int v) { maxEpochs = v; return this; }
        public Builder targetLoss(double v) { targetLoss = v; return this; }
        public Builder earlyStopping(EarlyStopping v) { earlyStopping = v; return this; }
        public Builder backend(BackendKind v) { backend = v; return this; }
        public Builder speed(double v) { speed = v; return this; }
        public Builder chosenLosses(ChosenLosses v) { chosenLosses = v; return this; }

        public TrainingSettings build() {
            return new TrainingSettings(loss, optimizer, learningRate, momentum, beta1, beta2, epsilon, rho, weightDecay,
                    batchSize, regularization, regularizationRate, l1Ratio, schedule, clipNorm, maxEpochs, targetLoss,
                    earlyStopping, backend, speed, chosenLosses);
        }
    }
}
