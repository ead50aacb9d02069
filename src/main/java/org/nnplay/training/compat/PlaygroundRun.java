package org.nnplay.training.compat;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.Feature;
import org.nnplay.data.ProblemType;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.experiment.PlaygroundKeys;
import org.nnplay.training.Learner;
import org.nnplay.training.TrainingSetup;

/**
 * An experiment that follows TensorFlow Playground ({@code "compat": "tf-playground"}) as NNPlay runs it: the
 * playground's points from the seed ({@link #data}), the weights its page draws next ({@link #initialWeights}),
 * and its algorithm as the run's {@link Learner} ({@link #follow}). Everything else — the service's thread,
 * snapshots, decision grids, history, play, pause, step and reset — is the same as for any run.
 *
 * <p>The generator's seed is the link's seed text when the experiment keeps one, else the experiment's numeric seed
 * written in decimal, so a seed typed in NNPlay gives the run the playground gives for the same text.
 */
public final class PlaygroundRun {
    /** Trains with the playground's algorithm. */
    public static final Learner.Factory LEARNER = PlaygroundLearner::new;

    private PlaygroundRun() {}

    /** The text the playground's generator is seeded with. */
    public static String seed(Experiment e) {
        return PlaygroundKeys.seedOf(e);
    }

    /** The experiment's generated points as the playground makes them (without the points placed by hand). */
    public static DataSet data(Experiment e) {
        return generate(e, new SeededRandom(seed(e)));
    }

    private static DataSet generate(Experiment e, SeededRandom random) {
        DataSettings d = e.data();
        String name = DataSets.title(new DatasetSpec(d.dataset(), d.samples(), d.noise(), d.trainRatio(), e.seed(),
                d.classes()));
        return PlaygroundData.generate(d.dataset(), d.samples(), d.noise(), d.trainRatio(), random, name);
    }

    /**
     * The weights the playground's page starts from: drawn from the generator right after the points and their
     * shuffle, link by link (each node of a layer in turn takes one from every node of the layer before).
     */
    public static Weights initialWeights(Experiment e) {
        SeededRandom random = new SeededRandom(seed(e));
        generate(e, random);
        NetworkSettings n = e.network();
        List<Feature> inputs = e.features().inputs();
        int[] rows = PlaygroundLearner.rows(inputs);
        List<PlaygroundNet.Activation> acts = new ArrayList<>();
        for (int l = 0; l < n.hidden().size(); l++) {
            acts.add(PlaygroundNet.Activation.of(n.activationOf(l)));
        }
        boolean regression = e.data().problem() == ProblemType.REGRESSION;
        PlaygroundNet net = new PlaygroundNet(inputs.size(), n.hidden(), acts, regression, n.init() == InitKind.ZEROS,
                random);
        return weights(net, rows);
    }

    /**
     * The same run trained by the playground's algorithm, from the playground's initial weights unless the setup
     * already starts from weights (saved or typed in).
     */
    public static TrainingSetup follow(TrainingSetup setup, Experiment e) {
        TrainingSetup s = setup.withLearner(LEARNER);
        return setup.initialWeights() == null ? s.withInitialWeights(initialWeights(e)) : s;
    }

    /** The model's parameters in NNPlay's layout: W rows = inputs (the first layer's in the experiment's order). */
    static Weights weights(PlaygroundNet net, int[] rows) {
        List<Weights.Layer> layers = new ArrayList<>();
        for (int l = 1; l < net.layers.length; l++) {
            int in = net.layers[l - 1].length;
            int out = net.layers[l].length;
            layers.add(new Weights.Layer(in, out, new double[in * out], new double[out], null, null, null, null));
        }
        Weights w = new Weights(layers);
        copy(net, rows, w);
        return w;
    }

    /** Writes the model's parameters into {@code into} (shaped by {@link #weights}). */
    static void copy(PlaygroundNet net, int[] rows, Weights into) {
        for (int l = 1; l < net.layers.length; l++) {
            PlaygroundNet.Node[] nodes = net.layers[l];
            Weights.Layer layer = into.layers().get(l - 1);
            int out = nodes.length;
            for (int n = 0; n < out; n++) {
                layer.b()[n] = nodes[n].bias;
                PlaygroundNet.Link[] in = nodes[n].in;
                for (int k = 0; k < in.length; k++) {
                    int row = l == 1 ? rows[k] : k;
                    layer.w()[row * out + n] = in[k].weight;
                }
            }
        }
    }
}
