package org.nnplay.ui.backprop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.Tensor;

/** The step-by-step walk through the two graphs of scene 9, without a window. */
class StepperTest {
    private static double value(BackpropGraph g, String name) {
        return tensor(g, name).item();
    }

    private static double grad(BackpropGraph g, String name) {
        return tensor(g, name).grad()[0];
    }

    private static Tensor tensor(BackpropGraph g, String name) {
        return g.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().tensor();
    }

    @Test
    void chain_rule_example_step_by_step_gives_the_lecture_numbers() {
        BackpropGraph g = BackpropGraph.chainRule(-2, 5, -4);
        Stepper s = new Stepper(g);
        assertThat(s.forwardSteps()).as("q, then f").isEqualTo(2);
        assertThat(s.backwardSteps()).as("f, z, q and the two leaves of q").isEqualTo(5);
        assertThat(value(g, "f")).as("nothing computed yet").isNaN();

        Stepper.Step q = s.stepForward();
        assertThat(q.node().label()).isEqualTo("q");
        assertThat(Captions.forward(q.node())).isEqualTo("q = x + y = −2 + 5 = 3");
        assertThat(s.hasValue(tensor(g, "f"))).isFalse();
        Stepper.Step f = s.stepForward();
        assertThat(Captions.forward(f.node())).isEqualTo("f = q · z = 3 · (−4) = −12");
        assertThat(value(g, "f")).isEqualTo(-12.0);

        Stepper.Step seed = s.stepBackward();
        assertThat(seed.node()).isSameAs(g.root());
        assertThat(grad(g, "f")).isEqualTo(1.0);
        List<String> captions = new java.util.ArrayList<>();
        while (s.canStepBackward()) {
            captions.add(Captions.backward("f", s.stepBackward()));
        }
        assertThat(grad(g, "x")).isEqualTo(-4.0);
        assertThat(grad(g, "y")).isEqualTo(-4.0);
        assertThat(grad(g, "z")).isEqualTo(3.0);
        assertThat(grad(g, "q")).isEqualTo(-4.0);
        assertThat(captions).contains("∂f/∂x = ∂f/∂q · ∂q/∂x = −4 · 1 = −4", "∂f/∂z = ∂f/∂f · ∂f/∂z = 1 · 3 = 3",
                "∂f/∂q = ∂f/∂f · ∂f/∂q = 1 · (−4) = −4");
        assertThat(s.term(tensor(g, "x"), tensor(g, "q")).product()).isEqualTo(-4.0);
        assertThat(s.next()).as("the walk is over").isNull();
    }

    @Test
    void stepping_gives_what_a_full_forward_and_backward_give() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 4; trial++) {
            TinyNet v = randomNet(rnd);
            BackpropGraph stepped = BackpropGraph.tinyNet(v);
            new Stepper(stepped).runAll();
            BackpropGraph whole = BackpropGraph.tinyNet(v);
            whole.root().forward();
            whole.root().backward();
            for (BackpropGraph.GraphNode n : whole.nodes()) {
                assertThat(value(stepped, n.name())).as(n.name()).isEqualTo(n.tensor().item());
                assertThat(grad(stepped, n.name())).as("∂E/∂" + n.name()).isEqualTo(n.tensor().grad()[0]);
            }
        }
    }

    @Test
    void every_node_gradient_is_the_sum_of_the_terms_shown_on_its_edges() {
        BackpropGraph g = BackpropGraph.of(BackpropGraph.Choice.TINY_NET);
        Stepper s = new Stepper(g);
        s.runAll();
        for (BackpropGraph.GraphNode n : g.nodes()) {
            if (n.tensor() == g.root()) {
                continue;
            }
            double sum = 0;
            for (Tensor user : g.consumers(n.tensor())) {
                sum += s.term(n.tensor(), user).product();
            }
            assertThat(sum).as(n.name()).isCloseTo(n.tensor().grad()[0], within(1e-15));
        }
        assertThat(g.consumers(tensor(g, "x1"))).extracting(Tensor::label).containsExactly("x1w1", "x1w2");
    }

    @Test
    void the_nets_gradients_match_central_finite_differences() {
        Random rnd = new Random(2024);
        for (int trial = 0; trial < 6; trial++) {
            TinyNet v = randomNet(rnd);
            BackpropGraph g = BackpropGraph.tinyNet(v);
            new Stepper(g).runAll();
            assertThat(g.root().item()).isCloseTo(error(leafValues(v)), within(1e-15));
            String[] names = {"x1", "x2", "y", "w1", "w2", "w3", "w4", "w5", "w6"};
            for (int i = 0; i < names.length; i++) {
                double h = 1e-5;
                double[] plus = leafValues(v);
                double[] minus = leafValues(v);
                plus[i] += h;
                minus[i] -= h;
                double numeric = (error(plus) - error(minus)) / (2 * h);
                assertThat(grad(g, names[i])).as("∂E/∂" + names[i] + ", trial " + trial).isCloseTo(numeric, within(1e-7));
            }
        }
    }

    @Test
    void backward_steps_are_refused_until_the_forward_pass_is_complete() {
        Stepper s = new Stepper(BackpropGraph.of(BackpropGraph.Choice.TINY_NET));
        assertThat(s.canStepBackward()).isFalse();
        assertThatThrownBy(s::stepBackward).isInstanceOf(IllegalStateException.class).hasMessageContaining("forward pass");
        for (int i = 0; i < s.forwardSteps() - 1; i++) {
            s.stepForward();
        }
        assertThat(s.canStepBackward()).as("one forward step left").isFalse();
        assertThatThrownBy(s::stepBackward).isInstanceOf(IllegalStateException.class);
        s.stepForward();
        assertThat(s.canStepForward()).isFalse();
        assertThat(s.canStepBackward()).isTrue();
        assertThat(s.stepBackward().pass()).isEqualTo(Stepper.Pass.BACKWARD);
    }

    @Test
    void going_back_a_step_undoes_exactly_that_step() {
        BackpropGraph g = BackpropGraph.chainRule(-2, 5, -4);
        Stepper s = new Stepper(g);
        s.replay(4); // q, f, seed, then z (the first node after the output in reverse order)
        assertThat(s.stepsDone()).isEqualTo(4);
        Tensor reached = s.last().node();
        assertThat(s.hasGrad(reached)).isTrue();
        s.back();
        assertThat(s.stepsDone()).isEqualTo(3);
        assertThat(s.hasGrad(reached)).isFalse();
        assertThat(s.last().node()).isSameAs(g.root());
        s.back();
        s.back();
        assertThat(s.hasValue(g.root())).isFalse();
        assertThat(value(g, "q")).isEqualTo(3.0);
        s.back();
        s.back();
        assertThat(s.stepsDone()).isZero();
        assertThat(s.last()).isNull();
        assertThat(value(g, "q")).isNaN();
    }

    @Test
    void the_local_derivative_probe_reads_the_engine_and_leaves_every_gradient_as_it_was() {
        BackpropGraph g = BackpropGraph.chainRule(-2, 5, -4);
        Stepper s = new Stepper(g);
        s.runAll();
        Tensor f = g.root();
        Tensor q = tensor(g, "q");
        Tensor z = tensor(g, "z");
        assertThat(Stepper.localDerivative(f, q)).as("∂f/∂q = z").isEqualTo(-4.0);
        assertThat(Stepper.localDerivative(f, z)).as("∂f/∂z = q").isEqualTo(3.0);
        assertThat(Stepper.localDerivative(q, tensor(g, "x"))).isEqualTo(1.0);
        assertThat(f.grad()[0]).isEqualTo(1.0);
        assertThat(q.grad()[0]).isEqualTo(-4.0);
        assertThat(z.grad()[0]).isEqualTo(3.0);
    }

    @Test
    void the_sgd_step_moves_each_weight_by_minus_eta_times_its_gradient() {
        BackpropGraph g = BackpropGraph.of(BackpropGraph.Choice.TINY_NET);
        Stepper s = new Stepper(g);
        s.runAll();
        double eta = 0.5;
        Map<String, Double> grads = new java.util.HashMap<>();
        Map<String, Double> before = new java.util.HashMap<>();
        for (Tensor w : g.weights()) {
            grads.put(w.label(), w.grad()[0]);
            before.put(w.label(), w.item());
        }
        double lossBefore = g.root().item();
        List<SgdStep.Change> changes = SgdStep.apply(g.weights(), eta);
        assertThat(changes).extracting(SgdStep.Change::name).containsExactly("w1", "w2", "w3", "w4", "w5", "w6");
        for (SgdStep.Change c : changes) {
            assertThat(grads.get(c.name())).as(c.name()).isNotZero();
            assertThat(c.after() - c.before()).as(c.name()).isCloseTo(-eta * grads.get(c.name()), within(1e-15));
            assertThat(value(g, c.name())).isEqualTo(c.after());
            assertThat(c.before()).isEqualTo(before.get(c.name()));
        }
        assertThat(value(g, "x1")).as("inputs are data, not weights").isEqualTo(1.0);
        s.reset();
        s.runAll();
        assertThat(g.root().item()).as("one step downhill lowers E").isLessThan(lossBefore);
    }

    @Test
    void numbers_are_written_as_the_slides_write_them() {
        assertThat(Captions.num(-12)).isEqualTo("−12");
        assertThat(Captions.num(0.56224789)).isEqualTo("0.5622");
        assertThat(Captions.num(-0.0)).isEqualTo("0");
        assertThat(Captions.num(Double.NaN)).isEqualTo("?");
        assertThat(Captions.num(-0.0000123)).isEqualTo("−1.23e−5");
        assertThat(Captions.operand(-4)).isEqualTo("(−4)");
        assertThat(Captions.partial("E", tensor(BackpropGraph.tinyNet(TinyNet.DEFAULTS), "y−ŷ"))).isEqualTo("∂E/∂(y−ŷ)");
        assertThat(Captions.partial("E", tensor(BackpropGraph.tinyNet(TinyNet.DEFAULTS), "h1"))).isEqualTo("∂E/∂h1");
    }

    @Test
    void a_drawing_that_is_not_the_engines_graph_or_not_left_to_right_is_refused() {
        BackpropGraph g = BackpropGraph.chainRule(-2, 5, -4);
        List<BackpropGraph.GraphNode> missing = g.nodes().subList(1, g.nodes().size());
        assertThatThrownBy(() -> new BackpropGraph("t", "", g.root(), "f", missing, g.leaves(), List.of(), 300, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engine's graph");
        List<BackpropGraph.GraphNode> backwards = g.nodes().stream()
                .map(n -> n.name().equals("f") ? new BackpropGraph.GraphNode(n.tensor(), n.kind(), 0, 3) : n).toList();
        assertThatThrownBy(() -> new BackpropGraph("t", "", g.root(), "f", backwards, g.leaves(), List.of(), 300, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must sit left of f");
    }

    @Test
    void typed_numbers_accept_a_true_minus_and_a_decimal_comma_and_nothing_else() {
        assertThat(LeafFields.parse(" −2 ")).isEqualTo(-2.0);
        assertThat(LeafFields.parse("0,5")).isEqualTo(0.5);
        assertThat(LeafFields.parse("1e-3")).isEqualTo(0.001);
        assertThat(LeafFields.parse("abc")).isNull();
        assertThat(LeafFields.parse("")).isNull();
        assertThat(LeafFields.parse("NaN")).isNull();
        assertThat(LeafFields.parse("Infinity")).isNull();
    }

    private static TinyNet randomNet(Random rnd) {
        return new TinyNet(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextDouble(),
                rnd.doubles(6, -1.5, 1.5).toArray(), 0.5);
    }

    private static double[] leafValues(TinyNet v) {
        double[] w = v.w();
        return new double[] {v.x1(), v.x2(), v.y(), w[0], w[1], w[2], w[3], w[4], w[5]};
    }

    /** E written out by hand from the lecture's equations, independent of the engine: the finite differences' f. */
    private static double error(double[] p) {
        double x1 = p[0];
        double x2 = p[1];
        double y = p[2];
        double h1 = 1 / (1 + Math.exp(-(x1 * p[3] + x2 * p[5])));
        double h2 = 1 / (1 + Math.exp(-(x1 * p[4] + x2 * p[6])));
        double yHat = h1 * p[7] + h2 * p[8];
        return (y - yHat) * (y - yHat);
    }
}
