package org.nnplay.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators for TensorFlow Playground's data sets, following the definitions and noise semantics of its
 * {@code dataset.ts}. {@code noisePercent} is the playground's noise slider, 0–50; the generators use
 * {@code noise = noisePercent / 100}. Labels: the playground's +1 (blue) is our class 1 (green), its −1 (orange) is our
 * class 0 (red). All points lie in (or near) the playground's square [-6, 6]². The same seed gives the same points.
 *
 * <p>More data sets (moons, "Will I pass this class?", blobs, k-arm spirals) are in {@link ExtraGenerators}.
 */
public final class Generators {
    /** Half-width of the square domain the playground's sets are drawn in. */
    public static final double PLAYGROUND_EXTENT = 6;

    private Generators() {}

    /**
     * "Circle": the first ⌊n/2⌋ points uniform in radius 0–2.5, the rest on the ring 3.5–5 (radius uniform, angle
     * uniform). Noise shifts the point used to decide the label, not the point drawn: with (nx, ny) uniform in
     * [-5, 5]²·noise, label = 1 (green) if |(x + nx, y + ny)| &lt; 2.5, else 0 (red).
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

    /**
     * "Exclusive or": x and y uniform in [-5, 5], each pushed 0.3 away from its axis (padding), so |x|, |y| ∈ [0.3, 5.3].
     * With (nx, ny) uniform in [-5, 5]²·noise, label = 1 (green) if (x + nx)(y + ny) ≥ 0, else 0 (red).
     */
    public static List<Sample> xor(int n, double noisePercent, long seed) {
        Random rng = new Random(seed);
        double noise = noisePercent / 100.0;
        double padding = 0.3;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(rng, -5, 5);
            x += x > 0 ? padding : -padding;
            double y = uniform(rng, -5, 5);
            y += y > 0 ? padding : -padding;
            double nx = uniform(rng, -5, 5) * noise;
            double ny = uniform(rng, -5, 5) * noise;
            int label = (x + nx) * (y + ny) >= 0 ? 1 : 0;
            points.add(new Sample(x, y, label));
        }
        return points;
    }

    /**
     * "Gaussian": the first ⌈n/2⌉ points normal around (2, 2), class 1 (green); the rest around (−2, −2), class 0
     * (red). Both coordinates have variance {@link #gaussVariance(double)}: 0.5 at no noise to 4 at 50 % noise.
     */
    public static List<Sample> gauss(int n, double noisePercent, long seed) {
        Random rng = new Random(seed);
        double sd = Math.sqrt(gaussVariance(noisePercent));
        int positives = n - n / 2;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double c = i < positives ? 2 : -2;
            points.add(new Sample(c + sd * rng.nextGaussian(), c + sd * rng.nextGaussian(), i < positives ? 1 : 0));
        }
        return points;
    }

    /** The playground's variance for "Gaussian": linear from 0.5 at 0 % noise to 4 at 50 %, i.e. 0.5 + 7·noise. */
    public static double gaussVariance(double noisePercent) {
        return 0.5 + 7 * noisePercent / 100.0;
    }

    /**
     * "Spiral": two arms of m points each (the first arm gets the odd point). Point i of an arm has r = 5·i/m and
     * t = 1.75·2π·i/m (= 3.5π·i/m), plus π for the second arm; it is drawn at (r·sin t, r·cos t) plus, on each
     * coordinate, uniform(−1, 1)·noise. The first arm is class 1 (green), the second class 0 (red).
     */
    public static List<Sample> spiral(int n, double noisePercent, long seed) {
        return ExtraGenerators.spiralArms(n, 2, noisePercent, seed);
    }

    /**
     * Regression "Plane": x, y uniform in [-6, 6]; with (nx, ny) uniform in [-6, 6]²·noise,
     * value = ((x + nx) + (y + ny)) / 10 (the playground maps x + y from [-10, 10] to [-1, 1]); so the value lies in
     * [-1.2, 1.2] without noise.
     */
    public static List<Sample> plane(int n, double noisePercent, long seed) {
        return regression(n, noisePercent, seed, Generators::planeValue);
    }

    /** The "Plane" target without noise: (x + y) / 10. */
    public static double planeValue(double x, double y) {
        return (x + y) / 10;
    }

    /**
     * Regression "Multi Gaussian": x, y uniform in [-6, 6]; the value at the point shifted by (nx, ny) uniform in
     * [-6, 6]²·noise is {@link #multiGaussValue(double, double)}.
     */
    public static List<Sample> multiGauss(int n, double noisePercent, long seed) {
        return regression(n, noisePercent, seed, Generators::multiGaussValue);
    }

    /**
     * The playground's regression sets: x, y uniform in [-6, 6], labelled by {@code target} at the point shifted by
     * (nx, ny) uniform in [-6, 6]²·noise.
     */
    private static List<Sample> regression(int n, double noisePercent, long seed,
                                           java.util.function.DoubleBinaryOperator target) {
        Random rng = new Random(seed);
        double noise = noisePercent / 100.0;
        double radius = PLAYGROUND_EXTENT;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = uniform(rng, -radius, radius);
            double y = uniform(rng, -radius, radius);
            double nx = uniform(rng, -radius, radius) * noise;
            double ny = uniform(rng, -radius, radius) * noise;
            points.add(new Sample(x, y, target.applyAsDouble(x + nx, y + ny)));
        }
        return points;
    }

    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};

    /**
     * The "Multi Gaussian" target without noise. Six bumps with signs: +1 at (−4, 2.5), (4, 2.5), (0, −2.5) and −1 at
     * (0, 2.5), (−4, −2.5), (4, −2.5). Each bump's value is sign·max(0, 1 − d/2) at distance d from its centre; the
     * target is the value of the bump with the biggest absolute value (the first one on ties), in [-1, 1].
     */
    public static double multiGaussValue(double x, double y) {
        double value = 0;
        for (double[] b : BUMPS) {
            double v = b[2] * Math.max(0, 1 - Math.hypot(x - b[0], y - b[1]) / 2);
            if (Math.abs(v) > Math.abs(value)) {
                value = v;
            }
        }
        return value;
    }

    /** Shuffles (seeded) and splits so that {@code trainPercent}% of the points train and the rest test. */
    public static DataSet split(String name, List<Sample> points, double trainPercent, long seed,
                                ProblemType type, int numClasses, double extent, String x1Label, String x2Label) {
        return split(name, points, trainPercent, seed, type, numClasses, Domain.square(extent), x1Label, x2Label,
                List.of());
    }

    /** As {@link #split(String, List, double, long, ProblemType, int, double, String, String)} with any domain. */
    public static DataSet split(String name, List<Sample> points, double trainPercent, long seed, ProblemType type,
                                int numClasses, Domain domain, String x1Label, String x2Label, List<String> classNames) {
        List<Sample> shuffled = new ArrayList<>(points);
        Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
        int nTrain = (int) Math.round(shuffled.size() * trainPercent / 100.0);
        return new DataSet(name, type, numClasses, shuffled.subList(0, nTrain), shuffled.subList(nTrain, shuffled.size()),
                domain, x1Label, x2Label, classNames);
    }

    static double uniform(Random rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }
}
