package org.nnplay.ui.playground;

import org.nnplay.data.Feature;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.plot.BoundaryView;
import org.nnplay.ui.plot.GridMode;

/**
 * The neuron under the pointer in the network builder, shown large in the boundary view: its output over the plane
 * from the snapshot's neuron grids (inputs scaled to their largest magnitude; the output neuron as the boundary).
 */
final class NeuronHover {
    private final PlaygroundModel model;
    private int layer = -1;
    private int neuron = -1;
    private boolean changed;
    private boolean showing;

    NeuronHover(PlaygroundModel model) { this.model = model; }

    void enter(int layer, int neuron) {
        this.layer = layer;
        this.neuron = neuron;
        changed = true;
        model.setNeuronHover(true);
    }

    void exit() {
        layer = -1;
        changed = true;
        model.setNeuronHover(false);
    }

    /** Whether the hover changed since the last {@link #show}. */
    boolean changed() { return changed; }

    boolean active() { return layer >= 0; }

    /** Puts the hovered neuron's output on the view as an overlay, or removes the one it put there. */
    void show(BoundaryView view, Snapshot s) {
        changed = false;
        Snapshot.NeuronGrids grids = s == null ? null : s.neurons();
        if (layer >= 0 && grids == null) {
            changed = true; // wait for a snapshot that has them
            return;
        }
        if (layer < 0 || grids == null || layer >= grids.layerCount() || neuron >= grids.widths()[layer]) {
            if (showing) view.clearOverlay();
            showing = false;
            return;
        }
        double[] values = grids.neuron(layer, neuron);
        boolean output = layer == grids.layerCount() - 1;
        if (output && s.boundary() != null) {
            values = s.boundary().values();
        } else if (layer == 0) {
            double max = 1e-9;
            for (double v : values) max = Math.max(max, Math.abs(v));
            for (int i = 0; i < values.length; i++) values[i] /= max;
        }
        GridMode mode = output ? BoundaryPanel.gridMode(model.currentExperiment()) : GridMode.ACTIVATION;
        view.setOverlay(values, grids.n(), mode, caption(model.currentExperiment(), grids.layerCount()));
        showing = true;
    }

    private String caption(Experiment e, int layers) {
        if (layer == 0) {
            Feature f = neuron < e.features().inputs().size() ? e.features().inputs().get(neuron) : null;
            return "Input " + (f == null ? neuron + 1 : f.label());
        }
        if (layer == layers - 1) return "Output neuron";
        return "Layer " + layer + ", neuron " + (neuron + 1) + " (" + org.nnplay.ui.Formulas.name(e.network().activationOf(layer - 1)) + ")";
    }
}
