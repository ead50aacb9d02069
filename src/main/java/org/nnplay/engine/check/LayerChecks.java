package org.nnplay.engine.check;

import static org.nnplay.engine.check.Check.LAYER;
import static org.nnplay.engine.check.Check.OP;
import static org.nnplay.engine.check.Check.REGULARISER;
import static org.nnplay.engine.check.Fill.awayFromZero;
import static org.nnplay.engine.check.Fill.dropoutMask;
import static org.nnplay.engine.check.Fill.uniform;
import static org.nnplay.engine.check.GradCheck.check;

import java.util.List;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.nn.BatchNorm;

/**
 * Checks of the layers and penalties the network is built from, composed exactly as {@code ModelGraph} composes
 * them: the fused affine map, a dense tanh layer, dropout with a fixed mask, batch normalisation in training mode,
 * and the L1, L2 and elastic-net penalties (λ·Σ|w|, λ·½Σw², and their mix).
 */
final class LayerChecks {
    private static final double BN_EPS = 1e-5;

    private LayerChecks() {}

    static List<Check> layers() {
        return List.of(
                check("affine", OP, p -> p.param("x", 5, 3, uniform(-1, 1)).param("w", 3, 4, uniform(-1, 1))
                        .param("b", 1, 4, uniform(-1, 1))
                        .graph(v -> v.get("x").linear(v.get("w"), v.get("b")))
                        .sameDiff((sd, v) -> sd.mmul(v.get("x"), v.get("w")).add(v.get("b")))),
                check("dense_tanh", LAYER, p -> p.param("x", 5, 3, uniform(-1, 1)).param("w", 3, 4, uniform(-1, 1))
                        .param("b", 1, 4, uniform(-1, 1))
                        .graph(v -> v.get("x").linear(v.get("w"), v.get("b")).tanh())
                        .sameDiff((sd, v) -> sd.math().tanh(sd.mmul(v.get("x"), v.get("w")).add(v.get("b"))))),
                check("dense_two_layers", LAYER, p -> p.param("x", 6, 2, uniform(-2, 2))
                        .param("w1", 2, 4, uniform(-1, 1)).param("b1", 1, 4, uniform(-0.5, 0.5))
                        .param("w2", 4, 1, uniform(-1, 1)).param("b2", 1, 1, uniform(-0.5, 0.5))
                        .graph(v -> v.get("x").linear(v.get("w1"), v.get("b1")).map(UnaryFn.SIGMOID, 0)
                                .linear(v.get("w2"), v.get("b2")))
                        .sameDiff((sd, v) -> sd.mmul(sd.nn().sigmoid(sd.mmul(v.get("x"), v.get("w1")).add(v.get("b1"))),
                                v.get("w2")).add(v.get("b2")))),
                check("dropout", LAYER, p -> p.param("h", 6, 4, uniform(-2, 2)).constant("mask", 6, 4, dropoutMask(0.5))
                        .graph(v -> v.get("h").tanh().mul(v.get("mask")))
                        .note("a fixed mask (keep 0.5, kept units scaled by 2), as one training step draws it")
                        .sameDiff((sd, v) -> sd.math().tanh(v.get("h")).mul(v.get("mask")))),
                check("batch_norm", LAYER, p -> p.param("z", 6, 3, uniform(-2, 2)).param("gamma", 1, 3, uniform(0.5, 1.5))
                        .param("beta", 1, 3, uniform(-0.5, 0.5))
                        .graph(v -> batchNorm(v.get("z"), v.get("gamma"), v.get("beta")))
                        .sameDiff((sd, v) -> batchNorm(sd, v.get("z"), v.get("gamma"), v.get("beta")))));
    }

    static List<Check> regularisers() {
        return List.of(
                check("l1", REGULARISER, p -> p.param("w", 3, 4, awayFromZero(0.1, 2))
                        .graph(v -> v.get("w").abs().sum().scale(0.01))
                        .sameDiff((sd, v) -> sd.math().abs(v.get("w")).sum().mul(0.01))),
                check("l2", REGULARISER, p -> p.param("w", 3, 4, uniform(-2, 2))
                        .graph(v -> v.get("w").square().sum().scale(0.5).scale(0.01))
                        .sameDiff((sd, v) -> sd.math().square(v.get("w")).sum().mul(0.005))),
                check("elastic_net", REGULARISER, p -> p.param("w", 3, 4, awayFromZero(0.1, 2))
                        .graph(v -> v.get("w").abs().sum().scale(0.3 * 0.01)
                                .add(v.get("w").square().sum().scale(0.5 * 0.7 * 0.01)))
                        .sameDiff((sd, v) -> sd.math().abs(v.get("w")).sum().mul(0.003)
                                .add(sd.math().square(v.get("w")).sum().mul(0.0035)))));
    }

    /** Batch norm in training mode, the network's own nodes: (z − μ)/√(σ² + ε) · γ + β over the batch's rows. */
    private static Tensor batchNorm(Tensor z, Tensor gamma, Tensor beta) {
        return BatchNorm.overBatch(z, gamma, beta, "").out();
    }

    private static SDVariable batchNorm(SameDiff sd, SDVariable z, SDVariable gamma, SDVariable beta) {
        SDVariable mean = z.mean(true, 0);
        SDVariable centred = z.sub(mean);
        SDVariable var = sd.math().square(centred).mean(true, 0);
        return centred.mul(sd.math().pow(var.add(BN_EPS), -0.5)).mul(gamma).add(beta);
    }
}
