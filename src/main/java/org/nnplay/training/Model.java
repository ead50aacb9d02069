package org.nnplay.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnplay.data.Sample;
import org.nnplay.engine.Backend;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.GridEvaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.training.landscape.LossSetup;

/**
 * A setup's network with one set of weights, in evaluation mode: the one doorway through which everything outside
 * the training thread computes with a network — the snapshot thread's grids, and the window's ghost preview, output
 * probe, loss landscape, predictions export and thumbnails. It builds what training builds, the way training builds
 * it: the network (on the JVM backend in float64, whatever backend trains) and the inputs as training feeds them
 * (the setup's features, standardised with the training split's mean and deviation when the setup says so), so
 * none of them can disagree with training.
 *
 * <pre>{@code
 * Model m = Model.of(snapshot.setup(), snapshot.weights());
 * Snapshot.Boundary b = m.boundary(100);    // 100 × 100 cells, row 0 at the top: what snapshots hold
 * double[] out = m.outputsAt(x1, x2);       // the output layer at one point of the plane
 * double[] p = m.predictions();             // one value per point of setup.data().all()
 * LossSetup loss = m.trainingLoss();        // what the loss landscape computes on (m.testLoss(): the test split)
 * m = Model.of(m, nextSetup, nextWeights);  // the same model with other weights when it fits, else a new one
 * }</pre>
 *
 * <p>Not thread-safe (it owns the network's buffers): use one per thread. Building one fits the standardiser (one
 * pass over the training split); the network, the matrices and each grid resolution's inputs are built on first
 * use and kept, so a model that is kept and given new weights ({@link #of(Model, TrainingSetup, Weights)}) costs
 * only the forward passes.
 */
public final class Model {
    /** Grid resolutions kept at once (boundary, neuron thumbnails, a preview, a thumbnail). */
    private static final int MAX_GRIDS = 4;
    private final Inputs inputs;
    private final Map<Integer, GridEvaluator> grids = new HashMap<>();
    private final Map<Integer, double[]> gridInputs = new HashMap<>();
    private TrainingSetup setup;
    private Weights weights;
    private Network net;
    private Matrix train;
    private Matrix test;

    private Model(TrainingSetup setup, Weights weights, Network net) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.net = net;
        this.inputs = Inputs.of(setup);
    }

    /** The setup's network with {@code weights} (same shapes as the setup's network). */
    public static Model of(TrainingSetup setup, Weights weights) {
        return new Model(setup, weights, null);
    }

    /**
     * {@code previous} with {@code weights} loaded and {@code setup}'s live settings, when it {@link #fits} the setup;
     * else a new model. For a consumer that follows a run frame by frame.
     */
    public static Model of(Model previous, TrainingSetup setup, Weights weights) {
        if (previous == null || !previous.fits(setup)) {
            return of(setup, weights);
        }
        previous.setup = setup;
        previous.load(weights);
        return previous;
    }

    /** The weights the setup's training starts from: its initial weights, else those its seed initialises. */
    public static Model initial(TrainingSetup setup) {
        Network net = network(setup, JvmBackend.INSTANCE);
        return new Model(setup, net.weights(), net);
    }

    /** The network a setup trains, on {@code backend}: its initial weights, else initialised from its seed. */
    static Network network(TrainingSetup s, Backend backend) {
        return s.initialWeights() == null ? Network.create(s.network(), backend, s.seed())
                : Network.of(s.network(), backend, s.initialWeights());
    }

    public TrainingSetup setup() { return setup; }

    public Weights weights() { return weights; }

    /**
     * Whether this model computes for {@code other} too: the same points (the same data set), features,
     * standardisation and architecture. Live settings may differ; they only matter for {@link #trainingLoss}.
     */
    public boolean fits(TrainingSetup other) {
        return other.data() == setup.data() && other.standardize() == setup.standardize()
                && other.inputs().equals(setup.inputs()) && other.network().equals(setup.network());
    }

    /** Other weights for the same network. */
    public void load(Weights w) {
        weights = Objects.requireNonNull(w, "weights");
        if (net != null) {
            net.load(w);
        }
    }

    /**
     * The output over the data set's domain, n × n cells evaluated at their centres (row 0 at the top): the
     * probability of class 1, the predicted class for several classes, or the value for regression.
     */
    public Snapshot.Boundary boundary(int n) {
        return new Snapshot.Boundary(n, grid(n, false).positive());
    }

    /** The output layer's values at the point (x1, x2) of the plane, in the data's units (as the network gives them). */
    public double[] outputsAt(double x1, double x2) {
        GridEvaluator.Grid g = new GridEvaluator(network(), inputs.point(x1, x2), 1).evaluate(false);
        return g.layers()[g.layers().length - 1];
    }

    /**
     * The prediction for every point of the data set, in the order of {@code setup().data().all()}: the probability
     * of class 1 for two classes, the predicted class for more, the value for regression (in the data's units).
     */
    public double[] predictions() {
        List<Sample> all = setup.data().all();
        Evaluator eval = new Evaluator(network(), inputs.matrix(all), Regularization.NONE);
        eval.evaluate();
        double[] out = eval.outputs();
        Head head = setup.network().head();
        int k = setup.network().outputs();
        double[] p = new double[all.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = head.regression() ? setup.data().scaling().y().toData(head.positive(out, i * k, k))
                    : k == 1 ? head.positive(out, i * k, k) : head.predictedClass(out, i * k, k);
        }
        return p;
    }

    /** The training loss around these weights, the setup's regularisation as the penalty: what training minimises. */
    public LossSetup trainingLoss() {
        if (train == null) {
            train = inputs.train();
        }
        return new LossSetup(setup.network(), weights, train, setup.config().regularization());
    }

    /** As {@link #trainingLoss} on the test split; null when the data set has no test points. */
    public LossSetup testLoss() {
        if (test == null) {
            test = inputs.test();
        }
        return test.rows() == 0 ? null : new LossSetup(setup.network(), weights, test, setup.config().regularization());
    }

    /** The evaluation network, loaded with {@link #weights()}. */
    Network network() {
        if (net == null) {
            net = Network.of(setup.network(), JvmBackend.INSTANCE, weights);
        }
        return net;
    }

    /** One forward pass over the n × n grid; {@code neurons}: every layer's values too. */
    GridEvaluator.Grid grid(int n, boolean neurons) {
        GridEvaluator g = grids.get(n);
        if (g == null) {
            if (grids.size() >= MAX_GRIDS) {
                grids.clear();
                gridInputs.clear();
            }
            double[] in = inputs.grid(n);
            gridInputs.put(n, in);
            g = new GridEvaluator(network(), in, n);
            grids.put(n, g);
        }
        return g.evaluate(neurons);
    }

    /** Every neuron of a grid pass made with {@code neurons}, the inputs as layer 0. */
    Snapshot.NeuronGrids neurons(GridEvaluator.Grid g) {
        int layers = g.layers().length;
        double[][] values = new double[layers + 1][];
        int[] widths = new int[layers + 1];
        values[0] = gridInputs.get(g.n());
        widths[0] = setup.inputs().size();
        System.arraycopy(g.layers(), 0, values, 1, layers);
        System.arraycopy(g.widths(), 0, widths, 1, layers);
        return new Snapshot.NeuronGrids(g.n(), values, widths);
    }
}
