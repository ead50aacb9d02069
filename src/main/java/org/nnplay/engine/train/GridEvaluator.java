package org.nnplay.engine.train;

import java.util.List;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;

/**
 * The network over an n × n grid of the plane, keeping every neuron's output: what the decision-boundary view and
 * the neuron thumbnails draw. The grid's input matrix (n² × inputs, row 0 = top-left cell) is given by the caller,
 * who knows the features; one graph is built and replayed at each call.
 */
public final class GridEvaluator {
    private final Network net;
    private final int n;
    private final ModelGraph graph;
    private final Head head;

    public GridEvaluator(Network net, double[] gridInputs, int n) {
        this.net = net;
        this.n = n;
        this.head = net.spec().head();
        this.graph = new ModelGraph(net, n * n, false, null, 0);
        graph.setBatch(gridInputs, null);
    }

    public int resolution() { return n; }

    public Network network() { return net; }

    /** Result of one pass: per layer the activations (n² × width, row-major; the last is the output layer). */
    public record Grid(int n, double[][] layers, int[] widths, double[] positive) {
        /** Value of neuron {@code k} of layer {@code l} at cell {@code i}. */
        public double neuron(int l, int k, int i) { return layers[l][i * widths[l] + k]; }
    }

    /** Runs the grid forward; {@code withNeurons} also copies every hidden neuron's values out. */
    public Grid evaluate(boolean withNeurons) {
        graph.forwardOutput();
        List<Tensor> acts = graph.activations();
        int layers = acts.size() + 1;
        double[][] values = new double[layers][];
        int[] widths = new int[layers];
        for (int l = 0; l < acts.size(); l++) {
            widths[l] = acts.get(l).cols();
            if (withNeurons) {
                values[l] = acts.get(l).data();
            }
        }
        Tensor output = graph.output();
        int outs = output.cols();
        widths[layers - 1] = outs;
        double[] out = output.data();
        values[layers - 1] = out;
        double[] positive = new double[n * n];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = outs == 1 || head.regression() ? head.positive(out, i * outs, outs)
                    : head.predictedClass(out, i * outs, outs);
        }
        return new Grid(n, values, widths, positive);
    }
}
