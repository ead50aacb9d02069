package org.nnplay.training;

import org.nnplay.engine.train.Evaluation;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.engine.train.Matrix;

/**
 * The renderer's {@link Model} of the run, with evaluators on the run's training and test matrices. Weights are
 * loaded from each snapshot's copy, so the renderer never touches what the training thread owns; the model is
 * rebuilt when the setup no longer fits it, the evaluators when the matrices change (a new generation, points
 * added or removed).
 */
final class Replica {
    private Model model;
    private Matrix trainData;
    private Matrix testData;
    private Evaluator train;
    private Evaluator test;

    Snapshot render(RawState s, SnapshotRequest req) {
        Model m = Model.of(model, s.setup(), s.weights());
        if (m != model || s.train() != trainData || s.test() != testData) {
            model = m;
            trainData = s.train();
            testData = s.test();
            train = new Evaluator(m.network(), trainData, s.config().regularization(), Session.labelScale(s.setup()));
            test = new Evaluator(m.network(), testData, s.config().regularization(), Session.labelScale(s.setup()));
        }
        train.setRegularization(s.config().regularization());
        test.setRegularization(s.config().regularization());
        Evaluation tr = train.evaluate();
        Evaluation te = test.evaluate();
        Snapshot.Boundary boundary = null;
        Snapshot.NeuronGrids neurons = null;
        if (req.wantGrid()) {
            boolean same = req.neuronResolution() == req.gridResolution();
            GridEvaluator.Grid g = m.grid(req.gridResolution(), same);
            boundary = new Snapshot.Boundary(g.n(), g.positive());
            if (req.neuronResolution() > 0) {
                neurons = m.neurons(same ? g : m.grid(req.neuronResolution(), true));
            }
        }
        return new Snapshot(s.sequence(), s.commandsApplied(), s.generation(), s.state(), s.epoch(), s.steps(),
                Metrics.of(tr), Metrics.of(te), s.weights(), s.config(), s.learningRate(), s.stopping(), s.setup(),
                boundary, neurons, s.setup().backend().name(), s.epochsPerSecond(), s.history(), s.lastEvent());
    }
}
