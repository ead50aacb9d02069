package org.nnplay.data;

/** A point placed by hand: its coordinates, its label ({@code y}, as in {@link Sample}) and whether it trains or tests. */
public record HandPoint(double x1, double x2, double y, boolean train) {
    public HandPoint {
        if (!Double.isFinite(x1) || !Double.isFinite(x2) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a hand point needs finite x1, x2 and y, was (" + x1 + ", " + x2 + ", " + y + ")");
        }
    }

    public Sample sample() { return new Sample(x1, x2, y); }
}
