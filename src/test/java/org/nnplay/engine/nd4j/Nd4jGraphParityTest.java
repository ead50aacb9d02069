package org.nnplay.engine.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.engine.nd4j.Parity.assertClose;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.jvm.JvmBackend;

/** One small MLP graph built on each backend gives the same loss and gradients, also when replayed. */
class Nd4jGraphParityTest {
    /** x·W1 + b1 → tanh → ·W2 + b2 → bce with logits; parameters first, then the two leaves that get new data. */
    private static List<Tensor> mlp(Backend be, Random rnd) {
        Tensor x = Tensor.constant(be, 8, 2, "x").set(uniform(rnd, 16, -2, 2));
        Tensor t = Tensor.constant(be, 8, 1, "t").set(bits(rnd, 8));
        Tensor w1 = Tensor.parameter(be, 2, 5, "W1").set(uniform(rnd, 10, -1, 1));
        Tensor b1 = Tensor.parameter(be, 1, 5, "b1").set(uniform(rnd, 5, -0.5, 0.5));
        Tensor w2 = Tensor.parameter(be, 5, 1, "W2").set(uniform(rnd, 5, -1, 1));
        Tensor b2 = Tensor.parameter(be, 1, 1, "b2").set(uniform(rnd, 1, -0.5, 0.5));
        Tensor loss = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2).bceWithLogits(t);
        return List.of(loss, w1, b1, w2, b2, x, t);
    }

    @Test
    void mlpLossAndGradientsMatchAcrossBackendsAndReplays() {
        List<Tensor> jvm = mlp(JvmBackend.INSTANCE, new Random(7));
        List<Tensor> nd = mlp(Parity.nd4j(), new Random(7));
        Random data = new Random(11);
        for (int step = 0; step < 3; step++) {
            if (step > 0) { // replay with new leaves and accumulate onto fresh gradients
                double[] xs = uniform(data, 16, -2, 2);
                double[] ts = bits(data, 8);
                for (List<Tensor> g : List.of(jvm, nd)) {
                    g.get(5).set(xs);
                    g.get(6).set(ts);
                    g.subList(1, 5).forEach(Tensor::zeroGrad);
                    g.get(0).forward();
                }
            }
            jvm.get(0).backward();
            nd.get(0).backward();
            assertClose("loss, step " + step, jvm.get(0).data(), nd.get(0).data());
            for (int i = 1; i <= 4; i++) {
                assertClose("grad " + jvm.get(i).label() + ", step " + step, jvm.get(i).grad(), nd.get(i).grad());
                assertThat(jvm.get(i).grad()).as("gradient flows").isNotEqualTo(new double[jvm.get(i).rows() * jvm.get(i).cols()]);
            }
        }
    }

    static double[] uniform(Random rnd, int n, double lo, double hi) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = lo + (hi - lo) * rnd.nextDouble();
        }
        return d;
    }

    static double[] bits(Random rnd, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rnd.nextBoolean() ? 1 : 0;
        }
        return d;
    }
}
