package org.nnplay.training.compat;

import java.util.List;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.RegularizationKind;

/**
 * TensorFlow Playground's network, node by node: each node holds its bias, its last total input and output and
 * the derivatives of the error with respect to them; each link its weight and the derivative accumulated since the
 * last update. Training is the playground's: per point, a forward pass, then a backward pass of ½(out − label)²
 * that adds each derivative to its accumulator; every {@code batchSize} points an update moves each bias and
 * weight by the learning rate times the mean accumulated derivative, then each weight by the learning rate times
 * the regularisation rate times the penalty's derivative at its old value. Under L1 a weight that this last move
 * takes across zero is set to 0 and its link "dies": it is skipped by every later backward pass and update.
 *
 * <p>Sums run in the playground's order and the activations use {@link StrictMath}, so a run agrees with the
 * playground's to the last bits. Layer 0 holds the inputs; the last layer the single output node (tanh for
 * classification on ±1 labels, linear for regression). Not thread-safe.
 */
final class PlaygroundNet {
    /** The playground's four activations, with its derivatives. */
    enum Activation {
        TANH, RELU, SIGMOID, LINEAR;

        static Activation of(ActivationKind kind) {
            return switch (kind) {
                case TANH -> TANH;
                case RELU -> RELU;
                case SIGMOID -> SIGMOID;
                case LINEAR -> LINEAR;
                default -> throw new IllegalArgumentException("TensorFlow Playground has no activation " + kind.key());
            };
        }

        double output(double x) {
            return switch (this) {
                case TANH -> StrictMath.tanh(x);
                case RELU -> Math.max(0, x);
                case SIGMOID -> 1 / (1 + StrictMath.exp(-x));
                case LINEAR -> x;
            };
        }

        double derivative(double x) {
            return switch (this) {
                case TANH -> {
                    double o = output(x);
                    yield 1 - o * o;
                }
                case RELU -> x <= 0 ? 0 : 1;
                case SIGMOID -> {
                    double o = output(x);
                    yield o * (1 - o);
                }
                case LINEAR -> 1;
            };
        }
    }

    static final class Node {
        final Activation activation;
        final Link[] in;
        Link[] out = new Link[0];
        double bias;
        double totalInput;
        double output;
        double outputDer;
        double inputDer;
        double accInputDer;
        int accumulated;

        Node(Activation activation, Link[] in, double bias) {
            this.activation = activation;
            this.in = in;
            this.bias = bias;
        }
    }

    static final class Link {
        final Node source;
        Node dest;
        double weight;
        boolean dead;
        double accErrorDer;
        int accumulated;

        Link(Node source, double weight) {
            this.source = source;
            this.weight = weight;
        }
    }

    /** layers[0]: the inputs; the last: the output node. */
    final Node[][] layers;

    /**
     * Builds the network as the playground does: layer by layer, node by node, one link from each node of the
     * layer before, each drawing its weight U(−0.5, 0.5) from {@code random} even when {@code initZero} then sets
     * it (and every bias) to 0; biases start at 0.1.
     */
    PlaygroundNet(int inputs, List<Integer> hidden, List<Activation> activations, boolean regression, boolean initZero,
                  SeededRandom random) {
        layers = new Node[hidden.size() + 2][];
        layers[0] = new Node[inputs];
        for (int i = 0; i < inputs; i++) {
            layers[0][i] = new Node(Activation.LINEAR, new Link[0], 0);
        }
        for (int l = 1; l < layers.length; l++) {
            boolean last = l == layers.length - 1;
            int width = last ? 1 : hidden.get(l - 1);
            Activation act = last ? (regression ? Activation.LINEAR : Activation.TANH) : activations.get(l - 1);
            Node[] prev = layers[l - 1];
            layers[l] = new Node[width];
            for (int n = 0; n < width; n++) {
                Link[] in = new Link[prev.length];
                for (int k = 0; k < prev.length; k++) {
                    double w = random == null ? 0 : random.nextDouble() - 0.5;
                    in[k] = new Link(prev[k], initZero ? 0 : w);
                }
                Node node = new Node(act, in, initZero ? 0 : 0.1);
                for (Link link : in) {
                    link.dest = node;
                }
                layers[l][n] = node;
            }
            for (int k = 0; k < prev.length; k++) {
                Link[] out = new Link[width];
                for (int n = 0; n < width; n++) {
                    out[n] = layers[l][n].in[k];
                }
                prev[k].out = out;
            }
        }
    }

    /** The output for one point's inputs (leaves every node's total input and output set for {@link #backward}). */
    double forward(double[] inputs) {
        Node[] first = layers[0];
        for (int i = 0; i < first.length; i++) {
            first[i].output = inputs[i];
        }
        for (int l = 1; l < layers.length; l++) {
            for (Node node : layers[l]) {
                double total = node.bias;
                for (Link link : node.in) {
                    total += link.weight * link.source.output;
                }
                node.totalInput = total;
                node.output = node.activation.output(total);
            }
        }
        return layers[layers.length - 1][0].output;
    }

    /** Adds the derivatives of ½(out − target)² at the last forward pass to the accumulators. */
    void backward(double target) {
        Node output = layers[layers.length - 1][0];
        output.outputDer = output.output - target;
        for (int l = layers.length - 1; l >= 1; l--) {
            for (Node node : layers[l]) {
                node.inputDer = node.outputDer * node.activation.derivative(node.totalInput);
                node.accInputDer += node.inputDer;
                node.accumulated++;
            }
            for (Node node : layers[l]) {
                for (Link link : node.in) {
                    if (!link.dead) {
                        link.accErrorDer += node.inputDer * link.source.output;
                        link.accumulated++;
                    }
                }
            }
            if (l == 1) {
                continue;
            }
            for (Node node : layers[l - 1]) {
                double der = 0;
                for (Link link : node.out) {
                    der += link.weight * link.dest.inputDer;
                }
                node.outputDer = der;
            }
        }
    }

    /** Applies the accumulated derivatives and the penalty, then clears the accumulators. */
    void update(double learningRate, RegularizationKind penalty, double penaltyRate) {
        for (int l = 1; l < layers.length; l++) {
            for (Node node : layers[l]) {
                if (node.accumulated > 0) {
                    node.bias -= learningRate * node.accInputDer / node.accumulated;
                    node.accInputDer = 0;
                    node.accumulated = 0;
                }
                for (Link link : node.in) {
                    if (!link.dead) {
                        update(link, learningRate, penalty, penaltyRate);
                    }
                }
            }
        }
    }

    private static void update(Link link, double learningRate, RegularizationKind penalty, double penaltyRate) {
        double penaltyDer = switch (penalty) {
            case L1 -> link.weight < 0 ? -1 : link.weight > 0 ? 1 : 0;
            case L2 -> link.weight;
            default -> 0;
        };
        if (link.accumulated == 0) {
            return;
        }
        link.weight = link.weight - (learningRate / link.accumulated) * link.accErrorDer;
        double next = link.weight - (learningRate * penaltyRate) * penaltyDer;
        if (penalty == RegularizationKind.L1 && link.weight * next < 0) {
            link.weight = 0;
            link.dead = true;
        } else {
            link.weight = next;
        }
        link.accErrorDer = 0;
        link.accumulated = 0;
    }

    /** Forgets every accumulated derivative (a run that resumes after a divergence starts its epoch afresh). */
    void clearAccumulators() {
        for (int l = 1; l < layers.length; l++) {
            for (Node node : layers[l]) {
                node.accInputDer = 0;
                node.accumulated = 0;
                for (Link link : node.in) {
                    link.accErrorDer = 0;
                    link.accumulated = 0;
                }
            }
        }
    }

    /** Whether every bias and weight is finite. */
    boolean finite() {
        for (int l = 1; l < layers.length; l++) {
            for (Node node : layers[l]) {
                if (!Double.isFinite(node.bias)) {
                    return false;
                }
                for (Link link : node.in) {
                    if (!Double.isFinite(link.weight)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
