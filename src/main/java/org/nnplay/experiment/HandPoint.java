package org.nnplay.experiment;

/**
 * A point placed by hand on the plane. For classification {@code y} is the class index (0 = red, 1 = green, ...),
 * for regression the target value. {@code train} says whether it joins the training or the test part.
 */
public record HandPoint(double x1, double x2, double y, boolean train) {
    /** Coordinates and targets of hand-placed and imported points (the CSV reader's limit). */
    public static final Range VALUE = Range.closed(-org.nnplay.data.DataLimits.MAX_MAGNITUDE,
            org.nnplay.data.DataLimits.MAX_MAGNITUDE);

    public HandPoint {
        VALUE.check("x1", x1);
        VALUE.check("x2", x2);
        VALUE.check("y", y);
    }
}
