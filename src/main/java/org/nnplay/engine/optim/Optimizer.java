package org.nnplay.engine.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * Update rules on flat parameter arrays, each written as the lectures write it. One Optimizer serves one list of
 * parameters and keeps its per-element state (velocities, running averages) in arrays of the same size.
 *
 * <pre>
 * sgd       w ← w − η g
 * momentum  v ← μ v − η g;  w ← w + v
 * nesterov  v′ ← μ v − η g;  w ← w − μ v + (1 + μ) v′   (Sutskever's form)
 * adagrad   G ← G + g²;  w ← w − η g / (√G + ε)
 * rmsprop   E ← ρ E + (1 − ρ) g²;  w ← w − η g / (√E + ε)
 * adadelta  E ← ρ E + (1 − ρ) g²;  Δ ← −√(D + ε) / √(E + ε) · g;  D ← ρ D + (1 − ρ) Δ²;  w ← w + η Δ
 * adam      m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  w ← w − η m̂ / (√v̂ + ε), m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
 * adamw     as adam, then w ← w − η λ w (decoupled weight decay, applied to the pre-update w)
 * </pre>
 */
public final class Optimizer {
    private OptimizerSpec spec;
    private final List<double[]> s1 = new ArrayList<>();
    private final List<double[]> s2 = new ArrayList<>();
    private long t;

    public Optimizer(OptimizerSpec spec, int[] sizes) {
        this.spec = spec;
        for (int n : sizes) {
            s1.add(new double[n]);
            s2.add(new double[n]);
        }
    }

    public OptimizerSpec spec() { return spec; }

    /** Changes hyper-parameters live; changing the rule itself starts its state afresh. */
    public void setSpec(OptimizerSpec next) {
        if (next.kind() != spec.kind()) {
            reset();
        }
        this.spec = next;
    }

    public void reset() {
        for (double[] a : s1) java.util.Arrays.fill(a, 0);
        for (double[] a : s2) java.util.Arrays.fill(a, 0);
        t = 0;
    }

    /**
     * The per-element state (velocities, running averages, one pair of arrays per parameter) and the step count, as
     * copies: what a checkpoint keeps so that training can go on as if it had never stopped.
     */
    public record State(OptimizerKind kind, long steps, List<double[]> first, List<double[]> second) {
        public State {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }
    }

    public State state() {
        return new State(spec.kind(), t, s1.stream().map(double[]::clone).toList(), s2.stream().map(double[]::clone).toList());
    }

    /**
     * Takes over a saved state of the same rule and parameter sizes.
     *
     * @throws IllegalArgumentException when the rule or the sizes differ
     */
    public void restore(State state) {
        if (state.kind() != spec.kind()) {
            throw new IllegalArgumentException("the saved optimizer state is for " + state.kind().key() + ", not "
                    + spec.kind().key());
        }
        if (state.first().size() != s1.size() || state.second().size() != s2.size() || state.steps() < 0) {
            throw new IllegalArgumentException("the saved optimizer state has " + state.first().size()
                    + " parameters, the network " + s1.size());
        }
        for (int i = 0; i < s1.size(); i++) {
            if (state.first().get(i).length != s1.get(i).length || state.second().get(i).length != s2.get(i).length) {
                throw new IllegalArgumentException("the saved optimizer state does not fit parameter " + i);
            }
        }
        for (int i = 0; i < s1.size(); i++) {
            System.arraycopy(state.first().get(i), 0, s1.get(i), 0, s1.get(i).length);
            System.arraycopy(state.second().get(i), 0, s2.get(i), 0, s2.get(i).length);
        }
        t = state.steps();
    }

    /** Number of steps taken (Adam's t). */
    public long steps() { return t; }

    /** Call once per step, before updating the parameters one by one. */
    public void beginStep() { t++; }

    /**
     * Updates every parameter, {@code w[i]} with gradient {@code g[i]}, in place: the same as {@link #update} for each
     * in turn, in one call (plain SGD on a playground's six small parameters spent more in calls than in arithmetic).
     */
    public void updateAll(double[][] w, double[][] g, double lr) {
        for (int i = 0; i < w.length; i++) {
            if (spec.kind() == OptimizerKind.SGD) {
                sgd(w[i], g[i], lr, 0, w[i].length);
            } else {
                update(i, w[i], g[i], lr);
            }
        }
    }

    /** Updates parameter {@code index} (its values {@code w}, gradient {@code g}) in place with learning rate {@code lr}. */
    public void update(int index, double[] w, double[] g, double lr) {
        update(index, w, g, lr, 0, s1.get(index).length);
    }

    /**
     * As {@link #update(int, double[], double[], double)} for the elements [from, to) alone: disjoint ranges may be
     * updated at the same time from different threads.
     */
    public void update(int index, double[] w, double[] g, double lr, int from, int to) {
        double[] a = s1.get(index);
        double[] b = s2.get(index);
        double mu = spec.momentum();
        double eps = spec.epsilon();
        double rho = spec.rho();
        switch (spec.kind()) {
            case SGD -> sgd(w, g, lr, from, to);
            case MOMENTUM -> {
                for (int i = from; i < to; i++) {
                    a[i] = mu * a[i] - lr * g[i];
                    w[i] += a[i];
                }
            }
            case NESTEROV -> {
                for (int i = from; i < to; i++) {
                    double prev = a[i];
                    a[i] = mu * a[i] - lr * g[i];
                    w[i] += -mu * prev + (1 + mu) * a[i];
                }
            }
            case ADAGRAD -> {
                for (int i = from; i < to; i++) {
                    a[i] += g[i] * g[i];
                    w[i] -= lr * g[i] / (Math.sqrt(a[i]) + eps);
                }
            }
            case RMSPROP -> {
                for (int i = from; i < to; i++) {
                    a[i] = rho * a[i] + (1 - rho) * g[i] * g[i];
                    w[i] -= lr * g[i] / (Math.sqrt(a[i]) + eps);
                }
            }
            case ADADELTA -> {
                for (int i = from; i < to; i++) {
                    a[i] = rho * a[i] + (1 - rho) * g[i] * g[i];
                    double delta = -Math.sqrt(b[i] + eps) / Math.sqrt(a[i] + eps) * g[i];
                    b[i] = rho * b[i] + (1 - rho) * delta * delta;
                    w[i] += lr * delta;
                }
            }
            case ADAM, ADAMW -> adam(w, g, a, b, lr, spec.kind() == OptimizerKind.ADAMW ? spec.weightDecay() : 0, from, to);
        }
    }

    /** w −= lr · g over [from, to): plain gradient descent, small enough to be compiled into its callers. */
    private static void sgd(double[] w, double[] g, double lr, int from, int to) {
        for (int i = from; i < to; i++) w[i] -= lr * g[i];
    }

    private void adam(double[] w, double[] g, double[] m, double[] v, double lr, double decay, int from, int to) {
        double b1 = spec.beta1();
        double b2 = spec.beta2();
        double c1 = 1 - Math.pow(b1, t);
        double c2 = 1 - Math.pow(b2, t);
        double eps = spec.epsilon();
        for (int i = from; i < to; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g[i];
            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
            double step = lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
            w[i] = w[i] - step - lr * decay * w[i];
        }
    }
}
