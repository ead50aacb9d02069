package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Weights;

class DirectionsTest {
    private final Weights weights = Fixtures.deep(3, List.of(5, 4), ActivationKind.TANH, 2, LossKind.SOFTMAX_CE,
            false, 7).weights();

    @Test
    void everyNeuronsDirectionHasTheNormOfItsIncomingWeights() {
        Directions d = Directions.filterNormalized(weights, 42, false);
        WeightLayout lay = WeightLayout.of(weights);
        double[] w = weights.flatten();
        int filters = 0;
        for (int l = 0; l < lay.layers(); l++) {
            for (int j = 0; j < lay.out()[l]; j++) {
                double wn = 0;
                double n1 = 0;
                double n2 = 0;
                for (int i = 0; i < lay.in()[l]; i++) {
                    int k = lay.weightIndex(l, i, j);
                    wn += w[k] * w[k];
                    n1 += d.d1()[k] * d.d1()[k];
                    n2 += d.d2()[k] * d.d2()[k];
                }
                assertThat(Math.sqrt(n1)).as("d1, layer %d neuron %d", l, j).isCloseTo(Math.sqrt(wn), within(1e-12));
                assertThat(Math.sqrt(n2)).as("d2, layer %d neuron %d", l, j).isCloseTo(Math.sqrt(wn), within(1e-12));
                filters++;
            }
        }
        assertThat(filters).isEqualTo(5 + 4 + 2);
    }

    @Test
    void biasDirectionsAreZeroByDefault() {
        Directions d = Directions.filterNormalized(weights, 42, false);
        WeightLayout lay = WeightLayout.of(weights);
        for (int k = 0; k < lay.size(); k++) {
            if (lay.isBias(k)) {
                assertThat(d.d1()[k]).isZero();
                assertThat(d.d2()[k]).isZero();
            } else {
                assertThat(d.d1()[k]).isNotZero();
            }
        }
    }

    @Test
    void withBiasesEachFilterIncludesItsBias() {
        Directions d = Directions.filterNormalized(weights, 42, true);
        WeightLayout lay = WeightLayout.of(weights);
        double[] w = weights.flatten();
        for (int l = 0; l < lay.layers(); l++) {
            for (int j = 0; j < lay.out()[l]; j++) {
                int b = lay.biasIndex(l, j);
                assertThat(d.d1()[b]).isNotZero();
                double wn = w[b] * w[b];
                double n2 = d.d2()[b] * d.d2()[b];
                for (int i = 0; i < lay.in()[l]; i++) {
                    int k = lay.weightIndex(l, i, j);
                    wn += w[k] * w[k];
                    n2 += d.d2()[k] * d.d2()[k];
                }
                assertThat(Math.sqrt(n2)).isCloseTo(Math.sqrt(wn), within(1e-12));
            }
        }
        assertThat(Fixtures.dot(d.d1(), d.d2())).isCloseTo(0, within(1e-12));
    }

    @Test
    void secondDirectionIsOrthogonalToTheFirst() {
        for (long seed = 1; seed <= 20; seed++) {
            Directions d = Directions.filterNormalized(weights, seed, false);
            double cos = Fixtures.dot(d.d1(), d.d2())
                    / Math.sqrt(Fixtures.dot(d.d1(), d.d1()) * Fixtures.dot(d.d2(), d.d2()));
            assertThat(cos).as("seed %d", seed).isCloseTo(0, within(1e-13));
        }
    }

    @Test
    void theSeedDeterminesTheDirections() {
        Directions a = Directions.filterNormalized(weights, 5, false);
        Directions b = Directions.filterNormalized(weights, 5, false);
        Directions c = Directions.filterNormalized(weights, 6, false);
        assertThat(a.d1()).containsExactly(b.d1());
        assertThat(a.d2()).containsExactly(b.d2());
        assertThat(a.d1()).isNotEqualTo(c.d1());
        assertThat(a.seed()).isEqualTo(5);
        assertThat(Slice.of(weights.flatten(), a).alphaLabel()).contains("seed 5");
    }

    @Test
    void aSingleInputLayerLeavesNoRoomForAnOrthogonalPartAndAZeroNeuronGetsNoDirection() {
        double[] w = {0.0, 0.0, 2.0, 0.1, 0.1, 0.1};
        Weights one = new Weights(List.of(new Weights.Layer(1, 3, w.clone(), new double[] {0.1, 0.1, 0.1}, null, null,
                null, null)));
        Directions d = Directions.filterNormalized(one, 3, false);
        assertThat(d.d1()[0]).isZero();
        assertThat(Math.abs(d.d1()[2])).isCloseTo(2.0, within(1e-12));
        assertThat(d.d2()).containsOnly(0.0);
    }
}
