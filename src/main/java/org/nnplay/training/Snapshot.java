package org.nnplay.training;

import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.TrainConfig;

/**
 * An immutable picture of a run, published by the service (latest wins). {@code sequence} grows with every
 * snapshot; {@code generation} with every reset or rebuild, and within one generation {@code epoch} never goes
 * back. {@code commandsApplied} is the ticket of the last command applied before it was taken (compare with
 * {@link TrainingService#lastCommand()}). Metrics and grids are those of {@code weights} exactly (evaluation mode). {@code boundary} (n² cells,
 * row 0 = top: the positive-class probability, the predicted class for several classes, or the value for
 * regression) and {@code neurons} are null unless requested.
 */
public record Snapshot(long sequence, long commandsApplied, long generation, RunState state, long epoch, long steps, Metrics train,
                       Metrics test, Weights weights, TrainConfig config, double learningRate,
                       StoppingRules stopping, TrainingSetup setup, Boundary boundary, NeuronGrids neurons,
                       String backend, double epochsPerSecond, HistoryView history, TrainingEvent lastEvent) {

    /** Whether a schedule has moved the learning rate ({@link #learningRate()}) away from the one set. */
    public boolean learningRateMoved() {
        return config != null && Math.abs(learningRate - config.learningRate()) > 1e-12 * config.learningRate();
    }

    /** The output over the plane: values[row * n + col]. */
    public record Boundary(int n, double[] values) {
        public double at(int row, int col) { return values[row * n + col]; }
    }

    /**
     * Every neuron over the plane, as the engine computes them: layers[l] is n² × widths[l], row-major by cell
     * (cell = row * n + col). Layer 0 is the input features, then the hidden layers; the last is the output layer.
     * Kept in this layout to avoid a copy per snapshot; {@link #value} reads one cell, {@link #neuron} copies one out.
     */
    public record NeuronGrids(int n, double[][] layers, int[] widths) {
        public int layerCount() { return layers.length; }

        public double value(int layer, int neuron, int cell) { return layers[layer][cell * widths[layer] + neuron]; }

        public double[] neuron(int layer, int neuron) {
            double[] out = new double[n * n];
            for (int i = 0; i < out.length; i++) {
                out[i] = value(layer, neuron, i);
            }
            return out;
        }
    }
}
