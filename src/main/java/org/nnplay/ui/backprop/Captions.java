package org.nnplay.ui.backprop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nnplay.engine.Tensor;

/**
 * The words under the graph: what the last step computed, written out with its numbers ("q = x + y = −2 + 5 = 3",
 * "∂f/∂x = ∂f/∂q · ∂q/∂x = −4 · 1 = −4"), and why the local derivative is what it is. Every number comes from the
 * tensors and the {@link Stepper.Term}s, i.e. from the engine; this class only writes them down.
 */
final class Captions {
    private Captions() {}

    /** A number as the slides write it: at most 4 decimals, no trailing zeros, a true minus sign, "?" if unknown. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        String s;
        if (a != 0 && (a < 1e-4 || a >= 1e6)) {
            s = String.format(Locale.ROOT, "%.3e", v).replaceAll("\\.?0+e", "e").replace("e+0", "e").replace("e-0", "e-");
        } else {
            s = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        return s.equals("-0") ? "0" : s.replace('-', '−');
    }

    /** A number as an operand: negative ones in parentheses, so "−4 · (−2)" reads right. */
    static String operand(double v) {
        return v < 0 ? "(" + num(v) + ")" : num(v);
    }

    /** A node's name inside ∂…/∂…: names with an operator in them get parentheses, ∂E/∂(y−ŷ). */
    static String d(Tensor t) {
        String n = t.label();
        return n.matches(".*[−+·-].*") ? "(" + n + ")" : n;
    }

    /** ∂out/∂node, e.g. "∂f/∂q". */
    static String partial(String out, Tensor node) { return "∂" + out + "/∂" + d(node); }

    /** ∂user/∂operand, the local derivative, e.g. "∂q/∂x". */
    static String local(Tensor user, Tensor operand) { return "∂" + d(user) + "/∂" + d(operand); }

    /** The symbol an op is drawn with in its node. */
    static String symbol(String op) {
        return switch (op) {
            case "add" -> "+";
            case "sub" -> "−";
            case "mul" -> "·";
            case "div" -> "÷";
            case "sigmoid" -> "σ";
            case "square" -> "x²";
            default -> op;
        };
    }

    /** The formula of an op node in terms of its operands' names, e.g. "x + y", "σ(z1)", "(y−ŷ)²". */
    static String formula(Tensor t) {
        List<Tensor> p = t.parents();
        return switch (t.op()) {
            case "add", "sub", "mul", "div" -> p.get(0).label() + " " + symbol(t.op()) + " " + p.get(1).label();
            case "square" -> d(p.get(0)) + "²";
            default -> symbol(t.op()) + "(" + p.get(0).label() + ")";
        };
    }

    /** The same formula with the operands' values in place of their names. */
    private static String withValues(Tensor t) {
        List<Tensor> p = t.parents();
        return switch (t.op()) {
            case "add", "sub", "mul", "div" -> num(p.get(0).item()) + " " + symbol(t.op()) + " " + operand(p.get(1).item());
            case "square" -> operand(p.get(0).item()) + "²";
            default -> symbol(t.op()) + "(" + num(p.get(0).item()) + ")";
        };
    }

    /** What a forward step did: "q = x + y = −2 + 5 = 3". */
    static String forward(Tensor t) {
        return t.label() + " = " + formula(t) + " = " + withValues(t) + " = " + num(t.item());
    }

    /** What a backward step did: the output's seed, or the chain rule summed over the node's users. */
    static String backward(String out, Stepper.Step step) {
        Tensor t = step.node();
        if (step.terms().isEmpty()) {
            return partial(out, t) + " = 1: the backward pass starts at the output, with gradient 1";
        }
        List<String> symbolic = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        for (Stepper.Term term : step.terms()) {
            symbolic.add(partial(out, term.to()) + " · " + local(term.to(), t));
            String up = numeric.isEmpty() ? num(term.upstream()) : operand(term.upstream());
            numeric.add(up + " · " + operand(term.local()));
        }
        return partial(out, t) + " = " + String.join(" + ", symbolic) + " = " + String.join(" + ", numeric)
                + " = " + num(t.grad()[0]);
    }

    /** Why: the local rule of each op the gradient came through, and for a leaf what its gradient tells us. */
    static String why(String out, Stepper.Step step) {
        Tensor t = step.node();
        if (step.pass() == Stepper.Pass.FORWARD) {
            return "Forward pass: each node is computed from its inputs, left to right.";
        }
        if (step.terms().isEmpty()) {
            return "∂" + out + "/∂" + out + " = 1 because " + out + " changes exactly as much as itself.";
        }
        Set<String> rules = new LinkedHashSet<>();
        if (step.terms().size() > 1) {
            rules.add(t.label() + " is used " + step.terms().size() + " times, so the terms of all its paths add up.");
        }
        for (Stepper.Term term : step.terms()) {
            rules.add(rule(term));
        }
        if (t.parents().isEmpty()) {
            double g = t.grad()[0];
            rules.add("Tells us: raising " + t.label() + " by a small h changes " + out + " by about " + operand(g) + "·h.");
        }
        return String.join("  ", rules);
    }

    /** The local derivative of one edge, explained, with the engine's number. */
    private static String rule(Stepper.Term term) {
        Tensor user = term.to();
        Tensor operand = term.from();
        String l = local(user, operand) + " = ";
        String v = num(term.local());
        List<Tensor> p = user.parents();
        return switch (user.op()) {
            case "add" -> l + v + ": a sum passes the gradient on unchanged.";
            case "mul" -> {
                Tensor other = p.get(0) == operand ? p.get(1) : p.get(0);
                yield l + other.label() + " = " + v + ": a product sends back the gradient times the other factor.";
            }
            case "sub" -> p.get(0) == operand ? l + v + ": a difference passes the gradient on to what it subtracts from."
                    : l + v + ": a difference passes the gradient on, negated, to what it subtracts.";
            case "sigmoid" -> l + "σ(" + operand.label() + ")(1 − σ(" + operand.label() + ")) = " + user.label() + "(1 − "
                    + user.label() + ") = " + v + ".";
            case "square" -> l + "2·" + d(operand) + " = " + v + ".";
            default -> l + v + ".";
        };
    }
}
