package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.ui.network.NetworkEditor;

/** What the network builder's edits mean: experiment edits through the model, and the hovered neuron. */
final class NetworkBridge implements NetworkEditor {
    private final PlaygroundModel model;
    private final NeuronHover hover;

    NetworkBridge(PlaygroundModel model, NeuronHover hover) {
        this.model = model;
        this.hover = hover;
    }

    @Override public void toggleFeature(Feature feature) {
        model.edit(e -> e.withFeatures(f -> {
            List<Feature> inputs = new ArrayList<>(f.inputs());
            if (!inputs.remove(feature)) {
                inputs.add(feature);
                inputs.sort(null);
            }
            return f.withInputs(inputs);
        }));
    }

    @Override public void setHidden(List<Integer> sizes) {
        model.edit(e -> e.withNetwork(n -> n.withHidden(sizes)));
    }

    @Override public void setLayerActivation(int layer, ActivationKind kind) {
        model.edit(e -> e.withNetwork(n -> {
            List<ActivationKind> per = new ArrayList<>();
            for (int l = 0; l < n.hidden().size(); l++) per.add(l == layer ? kind : n.activationOf(l));
            return n.withLayerActivations(per);
        }));
    }

    @Override public void setWeight(int layer, int from, int to, double value) {
        editWeights(w -> {
            Weights.Layer l = w.layers().get(layer);
            l.w()[from * l.out() + to] = value;
        });
    }

    @Override public void setBias(int layer, int neuron, double value) {
        editWeights(w -> w.layers().get(layer).b()[neuron] = value);
    }

    @Override public void hoverNeuron(int layer, int neuron) { hover.enter(layer, neuron); }

    @Override public void hoverEnd() { hover.exit(); }

    private void editWeights(java.util.function.Consumer<Weights> change) {
        Weights current = model.trained().engineWeights();
        if (current == null) {
            model.say(Notice.info("The network is still being built: try again in a moment."));
            return;
        }
        Weights next = current.copy();
        change.accept(next);
        model.edit(e -> e.withWeights(ExperimentMapping.weights(next)));
    }
}
