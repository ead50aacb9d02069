package org.nnplay.experiment;

/** A point imported from a CSV file; {@code y} as in {@link HandPoint}. */
public record CsvPoint(double x1, double x2, double y) {
    public CsvPoint {
        HandPoint.VALUE.check("x1", x1);
        HandPoint.VALUE.check("x2", x2);
        HandPoint.VALUE.check("y", y);
    }
}
