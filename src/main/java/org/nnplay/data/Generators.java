package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded data-set generators following TensorFlow Playground's definitions (dataset.ts) and noise semantics. */
public final class Generators {
    private Generators() {}

    /**
     * TensorFlow Playground's "circle": half the points inside radius 0–2.5 (green, class 1), half on the ring
     * 3.5–5 (red, class 0). Noise shifts the point used to decide the label, not the point drawn.
     */
    public static List<Sample> circle(int n, double noisePercent, long seed) {
        Random rng = new Random(seed);
        double radius = 5;
        double noise = noisePercent / 100.0;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean inner = i < n / 2;
            double r = inner ? uniform(rng, 0, radius * 0.5) : uniform(rng, radius * 0.7, radius);
            double angle = uniform(rng, 0, 2 * Math.PI);
            double x = r * Math.sin(angle);
            double y = r * Math.cos(angle);
            double nx = uniform(rng, -radius, radius) * noise;
            double ny = uniform(rng, -radius, radius) * noise;
            int label = Math.hypot(x + nx, y + ny) < radius * 0.5 ? 1 : 0;
            points.add(new Sample(x, y, label));
        }
        return points;
    }

    /** Shuffles (seeded) and splits so that {@code trainPercent}% of the points train and the rest test. */
    public static DataSet split(String name, List<Sample> points, double trainPercent, long seed,
                                ProblemType type, int numClasses, double extent, String x1Label, String x2Label) {
        List<Sample> shuffled = new ArrayList<>(points);
        java.util.Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        int nTrain = (int) Math.round(shuffled.size() * trainPercent / 100.0);
        return new DataSet(name, type, numClasses, shuffled.subList(0, nTrain), shuffled.subList(nTrain, shuffled.size()),
                extent, x1Label, x2Label);
    }

    static double uniform(Random rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }
}
