package org.nnplay.engine;

/** Element-wise binary operations. The right operand may be broadcast: a 1 × n row to every row, or a 1 × 1 scalar. */
public enum BinaryFn {
    ADD, SUB, MUL, DIV;

    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
    }
}
