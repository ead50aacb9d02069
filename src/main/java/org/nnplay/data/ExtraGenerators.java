package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.nnplay.data.Generators.uniform;

/**
 * Seeded generators beyond TensorFlow Playground's: two moons, "Will I pass this class?", multi-class blobs and
 * spirals with any number of arms. {@code noisePercent} is 0–50 as in the playground; {@code noise = noisePercent / 100}.
 */
public final class ExtraGenerators {
    /** Centre of the moons before scaling, and the scale that spreads them over about [-3.75, 3.75] × [-1.9, 1.9]. */
    private static final double MOON_CX = 0.5, MOON_CY = 0.25, MOON_SCALE = 2.5;

    /** Domain of "Will I pass this class?": lectures attended 0–30, hours on the final project 0–40. */
    public static final Domain PASS_DOMAIN = new Domain(0, 30, 0, 40);

    /** Radius of the circle the blob centres sit on. */
    public static final double BLOB_RADIUS = 3.5;

    private ExtraGenerators() {}

    /**
     * Spiral with {@code arms} arms, the playground's spiral generalised: the n points are shared out as evenly as
     * possible (the first arms get the extra ones); point i of an arm of m points has r = 5·i/m and
     * t = 3.5π·i/m + 2π·j/arms for arm j, and is drawn at (r·sin t, r·cos t) plus uniform(−1, 1)·noise on each
     * coordinate. Arm j is class j, except with two arms, where the first arm is class 1 (green) and the second class
     * 0 (red), as the playground colours them.
     */
    public static List<Sample> spiralArms(int n, int arms, double noisePercent, long seed) {
        if (arms < 2) {
            throw new IllegalArgumentException("a spiral needs at least 2 arms, was " + arms);
        }
        Random rng = new Random(seed);
        double noise = noisePercent / 100.0;
        List<Sample> points = new ArrayList<>(n);
        for (int arm = 0; arm < arms; arm++) {
            int m = n / arms + (arm < n % arms ? 1 : 0);
            double delta = 2 * Math.PI * arm / arms;
            int label = arms == 2 ? 1 - arm : arm;
            for (int i = 0; i < m; i++) {
                double r = 5.0 * i / m;
                double t = 1.75 * 2 * Math.PI * i / m + delta;
                double x = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
                double y = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
                points.add(new Sample(x, y, label));
            }
        }
        return points;
    }

    /**
     * Two interleaving half circles ("moons", as scikit-learn's make_moons), scaled by 2.5 and centred on the origin.
     * With t uniform in [0, π], the first ⌈n/2⌉ points lie on the upper moon (cos t, sin t), class 1 (green); the
     * rest on the lower moon (1 − cos t, 0.5 − sin t), class 0 (red). Then (x, y) ← 2.5·((x, y) − (0.5, 0.25)) plus
     * normal noise with standard deviation 2.5·noise on each coordinate (so 50 % is make_moons' noise = 0.5).
     */
    public static List<Sample> moons(int n, double noisePercent, long seed) {
        Random rng = new Random(seed);
        double sd = MOON_SCALE * noisePercent / 100.0;
        int upper = n - n / 2;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double t = uniform(rng, 0, Math.PI);
            boolean up = i < upper;
            double x = up ? Math.cos(t) : 1 - Math.cos(t);
            double y = up ? Math.sin(t) : 0.5 - Math.sin(t);
            points.add(new Sample(MOON_SCALE * (x - MOON_CX) + sd * rng.nextGaussian(),
                    MOON_SCALE * (y - MOON_CY) + sd * rng.nextGaussian(), up ? 1 : 0));
        }
        return points;
    }

    /**
     * "Will I pass this class?": x1 = lectures attended, a whole number uniform in 0–30; x2 = hours on the final
     * project, uniform in 0–40. The pass score is {@link #passScore(double, double)} (positive: pass). Without noise
     * the label is 1 (pass, green) exactly when the score is positive, so a single neuron separates the classes; with
     * noise the label is drawn from a logistic rule: P(pass) = σ(score / (4·noise)).
     */
    public static List<Sample> pass(int n, double noisePercent, long seed) {
        Random rng = new Random(seed);
        double temperature = 4 * noisePercent / 100.0;
        List<Sample> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lectures = rng.nextInt(31);
            double hours = uniform(rng, 0, 40);
            double score = passScore(lectures, hours);
            boolean pass = temperature == 0
                    ? score > 0
                    : rng.nextDouble() < 1 / (1 + Math.exp(-score / temperature));
            points.add(new Sample(lectures, hours, pass ? 1 : 0));
        }
        return points;
    }

    /** The pass score: 0.3·(lectures − 15) + 0.25·(hours − 20); the boundary runs from (30, 2) to (0, 38). */
    public static double passScore(double lectures, double hours) {
        return 0.3 * (lectures - 15) + 0.25 * (hours - 20);
    }

    /**
     * Multi-class blobs: {@code classes} normal clouds whose centres sit on a circle of radius 3.5, centre j at angle
     * π/2 + 2π·j/classes (class 0 on top). The n points are shared out as evenly as possible; each coordinate has
     * the variance of the playground's "Gaussian", {@link Generators#gaussVariance(double)}.
     */
    public static List<Sample> blobs(int n, int classes, double noisePercent, long seed) {
        if (classes < 2 || classes > DataSet.MAX_CLASSES) {
            throw new IllegalArgumentException("blobs need 2 to " + DataSet.MAX_CLASSES + " classes, was " + classes);
        }
        Random rng = new Random(seed);
        double sd = Math.sqrt(Generators.gaussVariance(noisePercent));
        List<Sample> points = new ArrayList<>(n);
        for (int c = 0; c < classes; c++) {
            int m = n / classes + (c < n % classes ? 1 : 0);
            double angle = Math.PI / 2 + 2 * Math.PI * c / classes;
            double cx = BLOB_RADIUS * Math.cos(angle);
            double cy = BLOB_RADIUS * Math.sin(angle);
            for (int i = 0; i < m; i++) {
                points.add(new Sample(cx + sd * rng.nextGaussian(), cy + sd * rng.nextGaussian(), c));
            }
        }
        return points;
    }
}
