package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.Feature;
import org.nnplay.data.Sample;
import org.nnplay.engine.train.Matrix;

class InputsTest {
    @Test
    void matrixAppliesEveryFeatureToEveryPoint() {
        Matrix m = Inputs.matrix(List.of(new Sample(2, 3, 1), new Sample(-1, 0.5, 0)),
                List.of(Feature.X1, Feature.X2SQ, Feature.X1X2));
        assertThat(m.rows()).isEqualTo(2);
        assertThat(m.cols()).isEqualTo(3);
        assertThat(m.x()).containsExactly(2, 9, 6, -1, 0.25, -0.5);
        assertThat(m.labels()).containsExactly(1, 0);
    }

    @Test
    void gridRowZeroIsTheTopAndColumnZeroTheLeftAtCellCentres() {
        double[] g = Inputs.grid(List.of(Feature.X1, Feature.X2), 6, 4);
        assertThat(g).hasSize(4 * 4 * 2);
        assertThat(g[0]).isEqualTo(-4.5);
        assertThat(g[1]).isEqualTo(4.5);
        int last = (4 * 4 - 1) * 2;
        assertThat(g[last]).isEqualTo(4.5);
        assertThat(g[last + 1]).isEqualTo(-4.5);
    }
}
