package org.nnplay.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.ui.network.NetworkLayout.Box;
import org.nnplay.ui.network.NetworkLayout.LinkRef;
import org.nnplay.ui.network.NetworkLayout.NeuronRef;
import org.nnplay.ui.network.NetworkLayout.Shape;

class NetworkLayoutTest {
    private static final Shape DEFAULT = new Shape(9, new int[] {0, 1}, List.of(4, 2), 1);

    private static List<Box> all(NetworkLayout layout) {
        List<Box> boxes = new ArrayList<>();
        Shape s = layout.shape();
        for (int t = 0; t < s.tiles(); t++) {
            boxes.add(layout.tile(t));
        }
        for (int l = 1; l < s.neuronLayers(); l++) {
            for (int i = 0; i < s.width(l); i++) {
                boxes.add(layout.neuron(l, i));
            }
        }
        return boxes;
    }

    @Test
    void everyNodeLiesInsideTheViewBelowTheControls() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        for (Box b : all(layout)) {
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.right()).isLessThanOrEqualTo(1000);
            assertThat(b.y()).isGreaterThanOrEqualTo(layout.nodesTop());
            assertThat(b.bottom()).isLessThanOrEqualTo(640);
        }
    }

    @Test
    void columnsRunLeftToRightFromFeaturesToOutput() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        assertThat(layout.tile(0).right()).isLessThan(layout.neuron(1, 0).x());
        assertThat(layout.neuron(1, 0).right()).isLessThan(layout.neuron(2, 0).x());
        assertThat(layout.neuron(2, 0).right()).isLessThan(layout.neuron(3, 0).x());
        assertThat(layout.neuron(3, 0).right()).isLessThanOrEqualTo(1000 - NetworkLayout.PAD);
    }

    @Test
    void inputNeuronsAreTheirFeatureTiles() {
        Shape shape = new Shape(9, new int[] {7, 2}, List.of(3), 1);
        NetworkLayout layout = new NetworkLayout(shape, 900, 600, 1);
        assertThat(layout.neuron(0, 0)).isEqualTo(layout.tile(7));
        assertThat(layout.neuron(0, 1)).isEqualTo(layout.tile(2));
    }

    @Test
    void nodesOfAColumnDoNotOverlap() {
        Shape big = new Shape(9, new int[] {0, 1}, Collections.nCopies(10, 32), 1);
        NetworkLayout layout = new NetworkLayout(big, 1600, 1000, 1);
        for (int l = 1; l <= 10; l++) {
            for (int i = 1; i < 32; i++) {
                assertThat(layout.neuron(l, i).y()).isGreaterThanOrEqualTo(layout.neuron(l, i - 1).bottom());
            }
        }
    }

    @Test
    void manyNeuronsShrinkTheNodesButNotBelowTheMinimum() {
        NetworkLayout few = new NetworkLayout(DEFAULT, 1000, 700, 1);
        Shape big = new Shape(9, new int[] {0, 1}, Collections.nCopies(10, 32), 1);
        NetworkLayout many = new NetworkLayout(big, 1000, 800, 1);
        assertThat(many.neuron(1, 0).size()).isLessThan(few.neuron(1, 0).size());
        assertThat(many.neuron(1, 0).size()).isGreaterThanOrEqualTo(NetworkLayout.MIN_NODE);
        assertThat(many.minHeight()).isGreaterThan(few.minHeight());
        assertThat(many.minWidth()).isGreaterThan(few.minWidth());
    }

    @Test
    void belowTheMinimumHeightNodesShrinkFurtherInsteadOfRunningOffTheBottom() {
        Shape big = new Shape(9, new int[] {0, 1}, Collections.nCopies(3, 32), 1);
        NetworkLayout probe = new NetworkLayout(big, 0, 0, 1);
        double h = probe.minHeight() * 0.8;
        NetworkLayout cramped = new NetworkLayout(big, 1000, h, 1);
        assertThat(cramped.neuron(1, 0).size()).isLessThan(NetworkLayout.MIN_NODE).isGreaterThanOrEqualTo(8);
        assertThat(cramped.neuron(1, 31).bottom()).isLessThanOrEqualTo(h);
        assertThat(cramped.tile(8).bottom()).isLessThanOrEqualTo(h);
    }

    @Test
    void theMinimumSizeHoldsTheLargestNetwork() {
        Shape big = new Shape(9, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, Collections.nCopies(10, 32), 1);
        NetworkLayout probe = new NetworkLayout(big, 0, 0, 1);
        NetworkLayout layout = new NetworkLayout(big, probe.minWidth(), probe.minHeight(), 1);
        for (Box b : all(layout)) {
            assertThat(b.right()).isLessThanOrEqualTo(layout.width() + 0.5);
            assertThat(b.bottom()).isLessThanOrEqualTo(layout.height() + 0.5);
        }
    }

    @Test
    void presentationScaleMakesNodesLarger() {
        NetworkLayout normal = new NetworkLayout(DEFAULT, 1400, 900, 1);
        NetworkLayout big = new NetworkLayout(DEFAULT, 1400, 900, 1.5);
        assertThat(big.neuron(1, 0).size()).isGreaterThan(normal.neuron(1, 0).size());
        assertThat(big.nodesTop()).isEqualTo(normal.nodesTop() * 1.5);
    }

    @Test
    void noHiddenLayerJoinsTheInputsToTheOutput() {
        Shape perceptron = new Shape(9, new int[] {0, 1}, List.of(), 1);
        NetworkLayout layout = new NetworkLayout(perceptron, 800, 600, 1);
        double[] e = layout.link(0, 1, 0);
        assertThat(e[0]).isEqualTo(layout.tile(1).right());
        assertThat(e[2]).isEqualTo(layout.neuron(1, 0).x());
    }

    @Test
    void aNeuronIsFoundAtItsCentre() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        Box b = layout.neuron(2, 1);
        assertThat(layout.neuronAt(b.cx(), b.cy())).isEqualTo(new NeuronRef(2, 1));
        Box input = layout.tile(1);
        assertThat(layout.neuronAt(input.cx(), input.cy())).isEqualTo(new NeuronRef(0, 1));
        assertThat(layout.neuronAt(5, 5)).isNull();
    }

    @Test
    void anInactiveTileIsNoNeuron() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        Box unused = layout.tile(5);
        assertThat(layout.neuronAt(unused.cx(), unused.cy())).isNull();
    }

    @Test
    void aBiasMarkerIsFoundByItsWeightsLayer() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        Box b = layout.bias(1, 1);
        assertThat(layout.biasAt(b.cx(), b.cy())).isEqualTo(new NeuronRef(1, 1));
        Box n = layout.neuron(2, 1);
        assertThat(b.cx()).isLessThan(n.cx());
        assertThat(b.cy()).isGreaterThan(n.cy());
    }

    @Test
    void aLinkIsFoundAlongItsCurve() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        for (LinkRef link : List.of(new LinkRef(0, 1, 2), new LinkRef(1, 3, 0), new LinkRef(2, 1, 0))) {
            double[] e = layout.link(link.layer(), link.from(), link.to());
            double[] p = new double[2];
            for (double t : new double[] {0.1, 0.3, 0.7, 0.9}) {
                NetworkLayout.curvePoint(e, t, p);
                assertThat(layout.linkAt(p[0], p[1])).as("%s at t = %s", link, t).isEqualTo(link);
            }
        }
    }

    @Test
    void pointsAwayFromLinksHitNothing() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        assertThat(layout.linkAt(500, layout.nodesTop() - 40)).isNull();
        assertThat(layout.linkAt(2, 300)).isNull();
    }

    @Test
    void linkCurvesStartAndEndAtTheNodeEdges() {
        NetworkLayout layout = new NetworkLayout(DEFAULT, 1000, 640, 1);
        double[] e = layout.link(1, 2, 1), p = new double[2];
        NetworkLayout.curvePoint(e, 0, p);
        assertThat(p).containsExactly(layout.neuron(1, 2).right(), layout.neuron(1, 2).cy());
        NetworkLayout.curvePoint(e, 1, p);
        assertThat(p).containsExactly(layout.neuron(2, 1).x(), layout.neuron(2, 1).cy());
    }

    @Test
    void neuronsAreNamedForHoverLabels() {
        List<String> inputs = List.of("X₁", "X₂");
        assertThat(NetworkLayout.name(DEFAULT, inputs, 0, 1)).isEqualTo("X₂");
        assertThat(NetworkLayout.name(DEFAULT, inputs, 1, 1)).isEqualTo("h1,2");
        assertThat(NetworkLayout.name(DEFAULT, inputs, 3, 0)).isEqualTo("output");
    }
}
