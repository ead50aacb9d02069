package org.nnplay.engine.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.jvm.JvmBackend;

/** The network as a list of layers: their shapes, their extras, and the parameters they hand the optimizer. */
class LayerTest {
    private static Network net(double dropout, boolean bn) {
        NetworkSpec spec = NetworkSpec.simple(3, List.of(5, 4), ActivationKind.RELU, 2, LossKind.SOFTMAX_CE, false)
                .withRegularisation(dropout, bn);
        return Network.create(spec, JvmBackend.INSTANCE, 1);
    }

    @Test
    void layers_run_from_the_inputs_to_the_outputs() {
        List<Layer> ls = net(0, false).layers();
        assertThat(ls).extracting(Layer::inputs).containsExactly(3, 5, 4);
        assertThat(ls).extracting(Layer::outputs).containsExactly(5, 4, 2);
        assertThat(ls).extracting(Layer::hidden).containsExactly(true, true, false);
        assertThat(ls).extracting(Layer::activation).containsExactly(ActivationKind.RELU, ActivationKind.RELU, null);
    }

    @Test
    void dropout_and_batch_norm_belong_to_hidden_layers_only() {
        List<Layer> ls = net(0.25, true).layers();
        assertThat(ls).extracting(Layer::dropout).containsExactly(0.25, 0.25, 0.0);
        assertThat(ls.get(0).batchNorm()).isNotNull();
        assertThat(ls.get(1).batchNorm()).isNotNull();
        assertThat(ls.get(2).batchNorm()).isNull();
        assertThat(ls.get(0).toString()).isEqualTo("Layer 1 3→5 relu +batch norm +dropout 0.25");
        assertThat(ls.get(2).toString()).isEqualTo("Layer 3 4→2 (output)");
    }

    @Test
    void the_networks_parameters_are_its_layers_parameters_in_order() {
        Network n = net(0, true);
        List<Tensor> flat = new ArrayList<>();
        for (Layer l : n.layers()) flat.addAll(l.parameters());
        assertThat(n.parameters()).containsExactlyElementsOf(flat);
        assertThat(n.parameters()).extracting(Tensor::label)
                .containsExactly("W1", "b1", "γ1", "β1", "W2", "b2", "γ2", "β2", "W3", "b3");
        assertThat(n.weightMatrices()).extracting(Tensor::label).containsExactly("W1", "W2", "W3");
    }

    @Test
    void a_fresh_batch_norm_is_neutral_and_round_trips_through_weights() {
        Network n = net(0, true);
        Weights.Layer first = n.weights().layers().get(0);
        assertThat(first.gamma()).containsOnly(1.0);
        assertThat(first.beta()).containsOnly(0.0);
        assertThat(first.runMean()).containsOnly(0.0);
        assertThat(first.runVar()).containsOnly(1.0);
        Weights w = n.weights();
        double[] g = w.layers().get(1).gamma();
        g[2] = 3.5;
        Network copy = Network.of(n.spec(), JvmBackend.INSTANCE, w);
        assertThat(copy.layers().get(1).batchNorm().gamma().data()[2]).isEqualTo(3.5);
    }
}
