package org.nnplay.data;

import org.nnplay.engine.Named;

/** Input features computed from a point (x1, x2), as TensorFlow Playground has them, plus polar r and θ. */
public enum Feature implements Named {
    X1("x1", "X₁"),
    X2("x2", "X₂"),
    X1SQ("x1sq", "X₁²"),
    X2SQ("x2sq", "X₂²"),
    X1X2("x1x2", "X₁X₂"),
    SINX1("sinx1", "sin(X₁)"),
    SINX2("sinx2", "sin(X₂)"),
    R("r", "r"),
    THETA("theta", "θ");

    private final String key;
    private final String label;

    Feature(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override public String key() { return key; }

    /** Short label for the network builder, e.g. "X₁²". */
    public String label() { return label; }

    public double apply(double x1, double x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1SQ -> x1 * x1;
            case X2SQ -> x2 * x2;
            case X1X2 -> x1 * x2;
            case SINX1 -> StrictMath.sin(x1); // fdlibm, as JavaScript engines: TensorFlow Playground's inputs exactly
            case SINX2 -> StrictMath.sin(x2);
            case R -> Math.sqrt(x1 * x1 + x2 * x2);
            case THETA -> Math.atan2(x2, x1);
        };
    }

    public static Feature fromKey(String key) { return Named.parse(Feature.class, key, "feature"); }
}
