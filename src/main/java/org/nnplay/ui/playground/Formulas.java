package org.nnplay.ui.playground;

import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Activations;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.OptimizerKind;

/** Names and formulas of the choices, as the lectures write them: for menus and tooltips. */
public final class Formulas {
    private Formulas() {}

    public static String name(ActivationKind k) { return Activations.displayName(k); }

    public static String formula(ActivationKind k) { return Activations.formula(k); }

    public static String name(LossKind k) {
        return switch (k) {
            case BCE -> "Cross-entropy";
            case SOFTMAX_CE -> "Softmax CE";
            case MSE -> "MSE";
            case MAE -> "MAE (L1)";
            case HALF_SQUARED -> "½ squared";
        };
    }

    public static String formula(LossKind k) {
        return switch (k) {
            case BCE -> "Binary cross-entropy: L = −[y·log ŷ + (1 − y)·log(1 − ŷ)],  ŷ = σ(z)";
            case SOFTMAX_CE -> "Softmax cross-entropy: L = −Σₖ yₖ·log ŷₖ,  ŷₖ = e^zₖ / Σⱼ e^zⱼ";
            case MSE -> "Mean squared error: L = (1/n)·Σ (y − ŷ)²";
            case MAE -> "Mean absolute error: L = (1/n)·Σ |y − ŷ|";
            case HALF_SQUARED -> "Half squared error: L = ½·(ŷ − y)²  with labels y = ±1 (TensorFlow Playground)";
        };
    }

    public static String name(OptimizerKind k) {
        return switch (k) {
            case SGD -> "SGD";
            case MOMENTUM -> "Momentum";
            case NESTEROV -> "Nesterov";
            case ADAGRAD -> "Adagrad";
            case RMSPROP -> "RMSProp";
            case ADADELTA -> "Adadelta";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
        };
    }

    public static String formula(OptimizerKind k) {
        return switch (k) {
            case SGD -> "w ← w − η·∇L";
            case MOMENTUM -> "v ← μ·v − η·∇L;   w ← w + v";
            case NESTEROV -> "v ← μ·v − η·∇L(w + μ·v);   w ← w + v";
            case ADAGRAD -> "G ← G + (∇L)²;   w ← w − η·∇L / (√G + ε)";
            case RMSPROP -> "E ← ρ·E + (1 − ρ)·(∇L)²;   w ← w − η·∇L / (√E + ε)";
            case ADADELTA -> "E ← ρ·E + (1 − ρ)·g²;   Δ = −√(D + ε)/√(E + ε)·g;   D ← ρ·D + (1 − ρ)·Δ²;   w ← w + Δ";
            case ADAM -> "m ← β₁m + (1 − β₁)g;   v ← β₂v + (1 − β₂)g²;   w ← w − η·m̂ / (√v̂ + ε)";
            case ADAMW -> "Adam, plus decoupled weight decay:   w ← w − η·(m̂ / (√v̂ + ε) + λ·w)";
        };
    }

    public static String name(RegularizationKind k) {
        return switch (k) {
            case NONE -> "None";
            case L1 -> "L1";
            case L2 -> "L2";
            case ELASTIC -> "Elastic net";
        };
    }

    public static String formula(RegularizationKind k) {
        return switch (k) {
            case NONE -> "No penalty on the weights";
            case L1 -> "L + λ·Σ|w|   (drives weights to exactly zero)";
            case L2 -> "L + λ·½·Σw²   (weight decay: smoother boundaries as λ grows)";
            case ELASTIC -> "L + λ·(α·Σ|w| + (1 − α)·½·Σw²)";
        };
    }
}
