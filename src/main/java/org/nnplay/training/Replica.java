package org.nnplay.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplay.data.Feature;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.train.Evaluation;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.GridEvaluator;

/**
 * The renderer's own copy of one generation's network, on the JVM backend whatever the training backend, with its
 * evaluators and one grid evaluator per resolution asked for. Weights are loaded from each snapshot's copy, so the
 * renderer never touches what the training thread owns. Built for one version of the data too: after points were
 * added or removed ({@link RawState#dataVersion()}) a new replica evaluates on the new matrices.
 */
final class Replica {
    private static final int MAX_GRIDS = 4;
    private final long generation;
    private final long dataVersion;
    private final Network net;
    private final Evaluator train;
    private final Evaluator test;
    private final List<Feature> features;
    private final Inputs inputs;
    private final Map<Integer, GridEvaluator> grids = new HashMap<>();
    private final Map<Integer, double[]> gridInputs = new HashMap<>();

    Replica(RawState s) {
        this.generation = s.generation();
        this.dataVersion = s.dataVersion();
        this.net = Network.of(s.setup().network(), JvmBackend.INSTANCE, s.weights());
        this.train = new Evaluator(net, s.train(), s.config().regularization());
        this.test = new Evaluator(net, s.test(), s.config().regularization());
        this.features = s.setup().inputs();
        this.inputs = Inputs.of(s.setup());
    }

    /** Whether this replica's network and data are those of {@code s} (else the renderer builds a new one). */
    boolean fits(RawState s) { return generation == s.generation() && dataVersion == s.dataVersion(); }

    Snapshot render(RawState s, SnapshotRequest req) {
        net.load(s.weights());
        train.setRegularization(s.config().regularization());
        test.setRegularization(s.config().regularization());
        Evaluation tr = train.evaluate();
        Evaluation te = test.evaluate();
        Snapshot.Boundary boundary = null;
        Snapshot.NeuronGrids neurons = null;
        if (req.wantGrid()) {
            boolean same = req.neuronResolution() == req.gridResolution();
            GridEvaluator.Grid g = grid(req.gridResolution()).evaluate(same);
            boundary = new Snapshot.Boundary(g.n(), g.positive());
            if (req.neuronResolution() > 0) {
                GridEvaluator.Grid ng = same ? g : grid(req.neuronResolution()).evaluate(true);
                neurons = neurons(ng);
            }
        }
        return new Snapshot(s.sequence(), s.commandsApplied(), s.generation(), s.state(), s.epoch(), s.steps(), tr, te, s.weights(),
                s.config(), s.learningRate(), s.stopping(), s.setup(), boundary, neurons, s.setup().backend().name(),
                s.epochsPerSecond(), s.history(), s.lastEvent());
    }

    private GridEvaluator grid(int n) {
        GridEvaluator g = grids.get(n);
        if (g == null) {
            if (grids.size() >= MAX_GRIDS) {
                grids.clear();
                gridInputs.clear();
            }
            double[] in = inputs.grid(n);
            gridInputs.put(n, in);
            g = new GridEvaluator(net, in, n);
            grids.put(n, g);
        }
        return g;
    }

    private Snapshot.NeuronGrids neurons(GridEvaluator.Grid g) {
        int layers = g.layers().length;
        double[][] values = new double[layers + 1][];
        int[] widths = new int[layers + 1];
        values[0] = gridInputs.get(g.n());
        widths[0] = features.size();
        System.arraycopy(g.layers(), 0, values, 1, layers);
        System.arraycopy(g.widths(), 0, widths, 1, layers);
        return new Snapshot.NeuronGrids(g.n(), values, widths);
    }
}
