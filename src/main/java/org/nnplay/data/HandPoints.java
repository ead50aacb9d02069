package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Points placed by hand, as an immutable value stored with the experiment (it serialises to
 * {@code {"points":[{"x1":..,"x2":..,"y":..,"train":true}, ...]}}). Every edit returns a new value.
 * {@link #mergeInto(DataSet)} adds them to a data set's training and test parts.
 */
public record HandPoints(List<HandPoint> points) {
    private static final HandPoints EMPTY = new HandPoints(List.of());

    public HandPoints {
        points = points == null ? List.of() : List.copyOf(points);
    }

    public static HandPoints empty() { return EMPTY; }

    public int size() { return points.size(); }

    /** A point of class (or value) {@code y} at (x1, x2), for training when {@code train}, else for testing. */
    public HandPoints add(double x1, double x2, double y, boolean train) {
        List<HandPoint> next = new ArrayList<>(points);
        next.add(new HandPoint(x1, x2, y, train));
        return new HandPoints(next);
    }

    /** Removes the point nearest to (x1, x2) (the earliest placed on ties); unchanged when there are none. */
    public HandPoints removeNearest(double x1, double x2) {
        return removeNearest(x1, x2, Double.POSITIVE_INFINITY);
    }

    /** Removes the point nearest to (x1, x2) if it lies within {@code maxDistance}; otherwise returns this. */
    public HandPoints removeNearest(double x1, double x2, double maxDistance) {
        int best = -1;
        double bestDistance = maxDistance;
        for (int i = 0; i < points.size(); i++) {
            double d = Math.hypot(points.get(i).x1() - x1, points.get(i).x2() - x2);
            if (d < bestDistance || (best < 0 && d == bestDistance)) {
                best = i;
                bestDistance = d;
            }
        }
        if (best < 0) {
            return this;
        }
        List<HandPoint> next = new ArrayList<>(points);
        next.remove(best);
        return new HandPoints(next);
    }

    public HandPoints clear() { return EMPTY; }

    /**
     * The data set with these points appended: training points after its training samples, test points after its
     * test samples. For classification each label must be a class index 0..{@value DataSet#MAX_CLASSES}−1 and the
     * class count grows to cover it; for regression any finite value is accepted.
     *
     * @throws IllegalArgumentException if a label is not a class index in a classification data set
     */
    public DataSet mergeInto(DataSet data) {
        if (points.isEmpty()) {
            return data;
        }
        List<Sample> train = new ArrayList<>(data.train());
        List<Sample> test = new ArrayList<>(data.test());
        int numClasses = data.numClasses();
        for (HandPoint p : points) {
            if (data.type() == ProblemType.CLASSIFICATION) {
                if (p.y() != Math.rint(p.y()) || p.y() < 0 || p.y() >= DataSet.MAX_CLASSES) {
                    throw new IllegalArgumentException("hand point label must be a class 0.." + (DataSet.MAX_CLASSES - 1)
                            + " for classification, was " + p.y());
                }
                numClasses = Math.max(numClasses, (int) p.y() + 1);
            }
            (p.train() ? train : test).add(p.sample());
        }
        return data.withSamples(train, test, numClasses);
    }
}
