package org.nnplay.training.compat;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.data.Sample;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.Optimizer;
import org.nnplay.engine.train.Matrix;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.experiment.Compat;
import org.nnplay.training.Learner;
import org.nnplay.training.TrainingSetup;

/**
 * TensorFlow Playground's training as a {@link Learner}: an epoch visits the training points in their order (the
 * playground shuffles once, when it generates them), one forward and backward pass each, and updates the weights
 * after every point whose position in the epoch is a multiple of the batch size. Derivatives accumulated after the
 * last update of an epoch are carried into the next, as in the playground. One {@link #step()} runs the points up to
 * and including the next update (or to the end of the epoch); the new weights are then copied into the session's
 * network, from which NNPlay evaluates, draws and saves them as for any run.
 *
 * <p>Inputs are computed from the points ({@link Feature#apply}, whose sine is fdlibm's as in JavaScript) in the
 * playground's order (x, y, x², y², xy, sin x, sin y); the network's first layer lists them in the experiment's order, and {@link #rows} maps one to the
 * other. The reported epoch loss is the mean ½(out − label)² seen during the epoch's forward passes.
 */
final class PlaygroundLearner implements Learner {
    private final Network net;
    private final PlaygroundNet model;
    private final int[] rows;
    private final Weights buffer;
    private double[][] inputs;
    private double[] labels;
    private TrainConfig config;
    private long epoch;
    private long steps;
    private int cursor;
    private double lossSum;
    private int lossCount;
    private double lastEpochLoss = Double.NaN;
    private String divergence;

    PlaygroundLearner(Network net, TrainingSetup setup, Matrix train) {
        NetworkSpec spec = net.spec();
        if (spec.outputs() != 1 || spec.dropout() > 0 || spec.batchNorm() || setup.standardize()
                || !setup.data().scaling().isIdentity()) {
            throw new IllegalArgumentException("TensorFlow Playground's algorithm trains one output neuron without "
                    + "dropout or batch norm, on the points as they are (not scaled)");
        }
        this.net = net;
        this.rows = rows(setup.inputs());
        this.config = setup.config();
        this.model = new PlaygroundNet(rows.length, hidden(spec), activations(spec), spec.regression(), false, null);
        this.buffer = PlaygroundRun.weights(model, rows);
        setPoints(setup);
        weightsLoaded();
    }

    /** rows[k]: where the k-th input node (in the playground's order) sits among the experiment's inputs. */
    static int[] rows(List<Feature> features) {
        List<Integer> rows = new ArrayList<>();
        for (Feature f : Compat.PLAYGROUND_FEATURES) {
            if (features.contains(f)) {
                rows.add(features.indexOf(f));
            }
        }
        if (rows.size() != features.size()) {
            throw new IllegalArgumentException("TensorFlow Playground has no input " + features.stream()
                    .filter(f -> !Compat.PLAYGROUND_FEATURES.contains(f)).findFirst().map(Feature::key).orElse("?"));
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The input nodes' values for a point, in the playground's order (only the features in {@code rows}). */
    static double[] inputs(double x, double y, List<Feature> features, int[] rows) {
        double[] in = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            in[k] = features.get(rows[k]).apply(x, y);
        }
        return in;
    }

    private static List<Integer> hidden(NetworkSpec spec) {
        List<Integer> h = new ArrayList<>();
        for (int width : spec.hidden()) {
            h.add(width);
        }
        return h;
    }

    private static List<PlaygroundNet.Activation> activations(NetworkSpec spec) {
        List<PlaygroundNet.Activation> acts = new ArrayList<>();
        for (ActivationKind a : spec.activations()) {
            acts.add(PlaygroundNet.Activation.of(a));
        }
        return acts;
    }

    private void setPoints(TrainingSetup setup) {
        List<Sample> points = setup.data().train();
        boolean regression = setup.network().regression();
        inputs = new double[points.size()][];
        labels = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Sample p = points.get(i);
            inputs[i] = inputs(p.x1(), p.x2(), setup.inputs(), rows);
            labels[i] = regression ? p.y() : p.label() == 1 ? 1 : -1;
        }
    }

    @Override
    public boolean step() {
        if (divergence != null) {
            return false;
        }
        int batch = config.batchSize();
        boolean updated = false;
        while (!updated && cursor < inputs.length) {
            double out = model.forward(inputs[cursor]);
            double d = out - labels[cursor];
            lossSum += 0.5 * d * d;
            lossCount++;
            model.backward(labels[cursor]);
            cursor++;
            if (cursor % batch == 0) {
                model.update(config.learningRate(), config.regularization().kind(), config.regularization().rate());
                updated = true;
            }
        }
        if (updated) {
            if (!model.finite()) {
                divergence = "a weight became infinite or NaN at epoch " + (epoch + 1);
                return false;
            }
            PlaygroundRun.copy(model, rows, buffer);
            net.load(buffer); // copied into the network's own buffers
        }
        steps++;
        if (cursor >= inputs.length) {
            cursor = 0;
            epoch++;
            lastEpochLoss = lossSum / lossCount;
            lossSum = 0;
            lossCount = 0;
        }
        return true;
    }

    @Override public long epoch() { return epoch; }

    @Override public long steps() { return steps; }

    @Override public TrainConfig config() { return config; }

    @Override public void setConfig(TrainConfig next) { config = next; }

    @Override public double currentLearningRate() { return config.learningRate(); }

    @Override public double lastEpochLoss() { return lastEpochLoss; }

    @Override public String divergence() { return divergence; }

    @Override
    public void resume() {
        divergence = null;
        cursor = 0;
        lossSum = 0;
        lossCount = 0;
        model.clearAccumulators();
    }

    /** The playground's rule is plain SGD: no state beyond the counters (derivatives carried over start again). */
    @Override
    public Optimizer.State optimizerState() {
        return new Optimizer.State(config.optimizer().kind(), steps, List.of(), List.of());
    }

    @Override
    public void resumeFrom(long epoch, long steps, Optimizer.State state) {
        if (epoch < 0 || steps < 0) {
            throw new IllegalArgumentException("a checkpoint's epoch and step counts cannot be negative");
        }
        this.epoch = epoch;
        this.steps = steps;
        resume();
    }

    @Override
    public void setData(TrainingSetup next, Matrix train) {
        setPoints(next);
        cursor = 0;
        lossSum = 0;
        lossCount = 0;
    }

    /** Reads the network's weights into the model; a dead link whose weight is no longer 0 comes back to life. */
    @Override
    public void weightsLoaded() {
        List<Weights.Layer> layers = net.weights().layers();
        for (int l = 1; l < model.layers.length; l++) {
            Weights.Layer src = layers.get(l - 1);
            PlaygroundNet.Node[] nodes = model.layers[l];
            for (int n = 0; n < nodes.length; n++) {
                nodes[n].bias = src.b()[n];
                for (int k = 0; k < nodes[n].in.length; k++) {
                    PlaygroundNet.Link link = nodes[n].in[k];
                    link.weight = src.weight(l == 1 ? rows[k] : k, n);
                    link.dead &= link.weight == 0;
                }
            }
        }
    }
}
