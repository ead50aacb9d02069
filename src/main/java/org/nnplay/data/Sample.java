package org.nnplay.data;

/**
 * One point of a data set. For classification {@code y} is the class index (0 = red/negative,
 * 1 = green/positive, 2.. for more classes); for regression it is the target value.
 */
public record Sample(double x1, double x2, double y) {
    public int label() { return (int) y; }
}
