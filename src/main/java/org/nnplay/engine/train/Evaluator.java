package org.nnplay.engine.train;

import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.RegularizationKind;

/** Losses, accuracy or RMSE/R² of a network over a whole data set, in evaluation mode (no dropout, running BN stats). */
public final class Evaluator {
    private final Network net;
    private final Matrix data;
    private final Head head;
    private final int outputs;
    private final double[] targets;
    private final double[] out;
    private final double labelScale;
    private ModelGraph graph;
    private Regularization reg;

    public Evaluator(Network net, Matrix data, Regularization reg) { this(net, data, reg, 1); }

    /**
     * An evaluator whose RMSE is in the labels' own units: the network learns labels mapped to about [−1, 1], and
     * {@code labelScale} is how many data units one network unit is (1 for data that is not rescaled).
     */
    public Evaluator(Network net, Matrix data, Regularization reg, double labelScale) {
        if (!(labelScale > 0) || !Double.isFinite(labelScale)) {
            throw new IllegalArgumentException("labelScale must be positive and finite, was " + labelScale);
        }
        this.labelScale = labelScale;
        this.net = net;
        this.data = data;
        this.head = net.spec().head();
        this.outputs = net.spec().outputs();
        this.targets = new double[data.rows() * outputs];
        for (int r = 0; r < data.rows(); r++) {
            head.encode(data.labels()[r], targets, r * outputs, outputs);
        }
        this.out = new double[data.rows() * outputs];
        this.reg = reg;
    }

    public void setRegularization(Regularization next) {
        boolean kindFlip = (next.kind() == RegularizationKind.NONE) != (reg.kind() == RegularizationKind.NONE);
        reg = next;
        if (graph != null) {
            if (kindFlip) {
                graph = null;
            } else {
                graph.setRegularization(next);
            }
        }
    }

    public int rows() { return data.rows(); }

    /** The network's outputs for every row after the last {@link #evaluate()} (rows × outputs). */
    public double[] outputs() { return out; }

    public Evaluation evaluate() {
        if (data.rows() == 0) {
            return new Evaluation(Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN, 0);
        }
        if (graph == null) {
            graph = new ModelGraph(net, data.rows(), false, reg, 0);
            graph.setBatch(data.x(), targets);
        }
        graph.forward();
        net.backend().read(graph.output().value(), out);
        double dataLoss = graph.dataLoss().item();
        double penalty = graph.penalty() == null ? 0 : graph.penalty().item();
        double[] labels = data.labels();
        if (head.regression()) {
            double mean = 0;
            for (double y : labels) mean += y;
            mean /= labels.length;
            double ssRes = 0;
            double ssTot = 0;
            for (int r = 0; r < labels.length; r++) {
                double e = out[r] - labels[r];
                ssRes += e * e;
                ssTot += (labels[r] - mean) * (labels[r] - mean);
            }
            double r2 = ssTot == 0 ? Double.NaN : 1 - ssRes / ssTot;
            return new Evaluation(dataLoss, penalty, dataLoss + penalty, Double.NaN, null,
                    labelScale * Math.sqrt(ssRes / labels.length), r2, labels.length);
        }
        int k = Math.max(2, outputs);
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int r = 0; r < labels.length; r++) {
            int actual = (int) labels[r];
            int predicted = head.predictedClass(out, r * outputs, outputs);
            if (actual >= 0 && actual < k) {
                confusion[actual][predicted]++;
            }
            if (actual == predicted) {
                correct++;
            }
        }
        return new Evaluation(dataLoss, penalty, dataLoss + penalty, (double) correct / labels.length, confusion,
                Double.NaN, Double.NaN, labels.length);
    }
}
