package org.nnplay.ui.landscape;

import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.data.FeatureMatrix;
import org.nnplay.data.Generators;
import org.nnplay.data.Sample;
import org.nnplay.data.Standardizer;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.engine.train.Trainer;
import org.nnplay.training.Metrics;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.Trajectory;

/**
 * A small synthetic problem for the window tests: the circle data set, a 2-4-1 tanh network with BCE and a light L2
 * penalty, trained with SGD for a few epochs while a {@link Trajectory} records every epoch, as the main window does.
 */
final class CircleProblem implements LandscapeSource {
    final Regularization reg = new Regularization(RegularizationKind.L2, 0.001, 0.5);
    final Matrix train;
    final Matrix test;
    final Network net;
    final Weights initial;
    final Trajectory trajectory = new Trajectory();
    private final Trainer trainer;
    private final Evaluator trainEval;
    private final Evaluator testEval;
    private long sequence;

    CircleProblem() {
        List<Feature> features = List.of(Feature.X1, Feature.X2);
        List<Sample> all = Generators.circle(240, 0, 7);
        List<Sample> trainSamples = all.subList(0, 160);
        Standardizer s = Standardizer.fit(trainSamples, features);
        train = matrix(FeatureMatrix.of(trainSamples, features, s));
        test = matrix(FeatureMatrix.of(all.subList(160, 240), features, s));
        NetworkSpec spec = NetworkSpec.simple(2, List.of(4), ActivationKind.TANH, 1, LossKind.BCE, false);
        net = Network.create(spec, JvmBackend.INSTANCE, 3);
        initial = net.weights();
        trainer = new Trainer(net, train, new TrainConfig(16, 0.3, OptimizerSpec.of(OptimizerKind.SGD),
                ScheduleSpec.CONSTANT, reg, 0), 5);
        trainEval = new Evaluator(net, train, reg);
        testEval = new Evaluator(net, test, reg);
        trajectory.offer(net.weights().flatten(), trainEval.evaluate().total());
    }

    private static Matrix matrix(FeatureMatrix m) {
        return new Matrix(m.values().clone(), m.labels().clone(), m.rows(), m.cols());
    }

    /** Trains {@code epochs} epochs, recording the path after each. */
    void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            trainer.runEpoch();
            trajectory.offer(net.weights().flatten(), trainEval.evaluate().total());
        }
    }

    Snapshot snapshot(RunState state) {
        Evaluation tr = trainEval.evaluate();
        Evaluation te = testEval.evaluate();
        return new Snapshot(++sequence, 0, 1, state, trainer.epoch(), trainer.steps(), Metrics.of(tr), Metrics.of(te),
                net.weights(), null, 0.3, null, null, null, null, "jvm", 0, null, null);
    }

    @Override public LossSetup currentLoss() { return LossSetup.of(net, train, reg, true); }

    @Override public Trajectory trajectory() { return trajectory; }

    @Override public Weights initialWeights() { return initial; }

    @Override public LossSetup testLoss() { return LossSetup.of(net, test, reg, true); }
}
