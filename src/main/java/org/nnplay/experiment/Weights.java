package org.nnplay.experiment;

import java.util.List;

/**
 * Trained (or hand-typed) parameters, one entry per layer from the first hidden layer to the output layer.
 * Layer k has as many rows as layer k−1 has neurons (the first: one per input feature).
 */
public record Weights(List<LayerWeights> layers) {
    public static final int MAX_LAYERS = NetworkSettings.MAX_LAYERS + 1;

    public Weights {
        layers = Checks.list("layers", layers, 1, MAX_LAYERS);
    }

    /**
     * Why these weights do not fit a network with {@code inputs} input features, hidden widths {@code hidden} and
     * {@code outputs} output neurons, or null when they fit. The result is an exception to throw (with a field
     * path under "weights"), not thrown here.
     */
    public InvalidSettingException mismatch(int inputs, List<Integer> hidden, int outputs) {
        if (layers.size() != hidden.size() + 1) {
            return new InvalidSettingException("layers", "has " + Checks.count(layers.size(), "entry", "entries")
                    + ": expected " + (hidden.size() + 1) + " (" + hidden.size() + " hidden layers and the output layer)");
        }
        int rows = inputs;
        for (int k = 0; k < layers.size(); k++) {
            LayerWeights layer = layers.get(k);
            int cols = k < hidden.size() ? hidden.get(k) : outputs;
            String what = k < hidden.size() ? "hidden layer " + k : "the output layer";
            if (layer.inputs() != rows) {
                return new InvalidSettingException("layers[" + k + "].w", "has "
                        + Checks.count(layer.inputs(), "row", "rows") + ": expected " + rows + " (one per "
                        + (k == 0 ? "input feature" : "neuron of the layer before") + ")");
            }
            if (layer.outputs() != cols) {
                return new InvalidSettingException("layers[" + k + "].w", "has "
                        + Checks.count(layer.outputs(), "column", "columns") + ": expected " + cols
                        + " (the neurons of " + what + ")");
            }
            rows = cols;
        }
        return null;
    }
}
