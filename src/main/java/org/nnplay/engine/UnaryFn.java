package org.nnplay.engine;

/**
 * Element-wise functions with their derivatives, written once as scalar formulas. {@code p} is the function's
 * parameter where it has one (the exponent of POW, the factor of SCALE, the slope of LEAKY_RELU, alpha of ELU).
 * The derivative may use the input x, the output y, or both.
 */
public enum UnaryFn {
    NEG, EXP, LOG, SQUARE, POW, ABS, SCALE, SHIFT,
    SIGMOID, TANH, RELU, LEAKY_RELU, ELU, GELU, SILU, SOFTPLUS, LINEAR, STEP;

    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    public double apply(double x, double p) {
        return switch (this) {
            case NEG -> -x;
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case SQUARE -> x * x;
            case POW -> Math.pow(x, p);
            case ABS -> Math.abs(x);
            case SCALE -> p * x;
            case SHIFT -> x + p;
            case SIGMOID -> sigmoid(x);
            case TANH -> Math.tanh(x);
            case RELU -> x > 0 ? x : 0;
            case LEAKY_RELU -> x > 0 ? x : p * x;
            case ELU -> x > 0 ? x : p * Math.expm1(x);
            case GELU -> 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + 0.044715 * x * x * x)));
            case SILU -> x * sigmoid(x);
            case SOFTPLUS -> softplus(x);
            case LINEAR -> x;
            case STEP -> x > 0 ? 1 : 0;
        };
    }

    /** dy/dx at x, where y = apply(x, p). */
    public double derivative(double x, double y, double p) {
        return switch (this) {
            case NEG -> -1;
            case EXP -> y;
            case LOG -> 1 / x;
            case SQUARE -> 2 * x;
            case POW -> p * Math.pow(x, p - 1);
            case ABS -> Math.signum(x);
            case SCALE -> p;
            case SHIFT, LINEAR -> 1;
            case SIGMOID -> y * (1 - y);
            case TANH -> 1 - y * y;
            case RELU -> x > 0 ? 1 : 0;
            case LEAKY_RELU -> x > 0 ? 1 : p;
            case ELU -> x > 0 ? 1 : y + p;
            case GELU -> {
                double u = SQRT_2_OVER_PI * (x + 0.044715 * x * x * x);
                double t = Math.tanh(u);
                double du = SQRT_2_OVER_PI * (1 + 3 * 0.044715 * x * x);
                yield 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du;
            }
            case SILU -> {
                double s = sigmoid(x);
                yield s + x * s * (1 - s);
            }
            case SOFTPLUS -> sigmoid(x);
            case STEP -> 0;
        };
    }

    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** log(1 + e^x) without overflow. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
}
