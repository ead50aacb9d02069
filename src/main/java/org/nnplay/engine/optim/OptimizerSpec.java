package org.nnplay.engine.optim;

/**
 * An update rule and its hyper-parameters. momentum: μ for momentum/Nesterov; beta1/beta2: Adam's decay rates;
 * rho: the decay of RMSProp's and Adadelta's running averages; weightDecay: AdamW's decoupled decay.
 */
public record OptimizerSpec(OptimizerKind kind, double momentum, double beta1, double beta2, double epsilon, double rho,
                            double weightDecay) {
    public static OptimizerSpec of(OptimizerKind kind) {
        return new OptimizerSpec(kind, 0.9, 0.9, 0.999, 1e-8, kind == OptimizerKind.ADADELTA ? 0.95 : 0.9, 0.01);
    }

    public OptimizerSpec withKind(OptimizerKind k) {
        return new OptimizerSpec(k, momentum, beta1, beta2, epsilon, rho, weightDecay);
    }
}
