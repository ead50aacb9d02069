package org.nnplay.training.compat;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Domain;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.data.Scaling;

/**
 * TensorFlow Playground's six data sets as its page generates them from the seed: the points drawn in its order
 * from the {@link SeededRandom}, then shuffled in place (Fisher–Yates from the end, one draw per position), then
 * split with the first ⌊size · percent / 100⌋ points for training. The same random stream goes on to draw the
 * initial weights ({@link PlaygroundNet}). Every formula keeps the playground's order of operations, and the
 * transcendental functions are {@link StrictMath}'s (fdlibm, as in JavaScript engines), so the points are bit for
 * bit the playground's.
 *
 * <p>Classification labels are ±1 there; here −1 becomes class 0 (orange in the playground's colours) and +1
 * class 1. Regression labels are kept.
 */
public final class PlaygroundData {
    /** The number of points the playground generates for classification and for regression. */
    public static final int CLASSIFICATION_SAMPLES = 500;
    public static final int REGRESSION_SAMPLES = 1200;
    /** The playground shows and samples the square [−6, 6]². */
    public static final double EXTENT = 6;

    private PlaygroundData() {}

    /** A point as the playground makes it: coordinates and a ±1 or real label. */
    record Point(double x, double y, double label) {}

    /** The playground's sample count for a problem type. */
    public static int samples(ProblemType type) {
        return type == ProblemType.REGRESSION ? REGRESSION_SAMPLES : CLASSIFICATION_SAMPLES;
    }

    /**
     * Generates, shuffles and splits {@code count} points of {@code kind} with {@code noisePercent} (0–50) noise,
     * drawing from {@code random}, which is left where the playground's weights start drawing.
     */
    public static DataSet generate(DatasetKind kind, int count, double noisePercent, double trainPercent,
                                   SeededRandom random, String name) {
        List<Point> points = points(kind, count, noisePercent / 100, random);
        shuffle(points, random);
        int split = (int) Math.floor(points.size() * trainPercent / 100);
        boolean regression = kind.type() == ProblemType.REGRESSION;
        List<Sample> all = new ArrayList<>(points.size());
        for (Point p : points) {
            all.add(new Sample(p.x(), p.y(), regression ? p.label() : p.label() > 0 ? 1 : 0));
        }
        // the network gets the points as they are, whatever their noise (no scaling to its range)
        return new DataSet(name, kind.type(), regression ? 0 : 2, all.subList(0, split),
                all.subList(split, all.size()), Domain.square(EXTENT), "x1", "x2", List.of())
                .withScaling(Scaling.IDENTITY);
    }

    static List<Point> points(DatasetKind kind, int count, double noise, SeededRandom random) {
        Draw d = new Draw(random);
        return switch (kind) {
            case CIRCLE -> d.circle(count, noise);
            case XOR -> d.xor(count, noise);
            case GAUSS -> d.gauss(count, noise);
            case SPIRAL -> d.spiral(count, noise);
            case PLANE -> d.plane(count, noise);
            case MULTI_GAUSS -> d.bumps(count, noise);
            default -> throw new IllegalArgumentException("TensorFlow Playground has no data set " + kind.key());
        };
    }

    /** Fisher–Yates from the last position down, as the playground shuffles. */
    static <T> void shuffle(List<T> list, SeededRandom random) {
        for (int counter = list.size(); counter > 0; ) {
            int index = (int) Math.floor(random.nextDouble() * counter);
            counter--;
            T t = list.get(counter);
            list.set(counter, list.get(index));
            list.set(index, t);
        }
    }

    /** The generators, each drawing from one random stream in the playground's order. */
    private record Draw(SeededRandom random) {
        private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1},
                {0, -2.5, 1}, {4, -2.5, -1}};

        double uniform(double a, double b) {
            return random.nextDouble() * (b - a) + a;
        }

        /** Marsaglia's polar method, one value per accepted pair (the second is dropped). */
        double normal(double mean, double variance) {
            double v1;
            double s;
            do {
                v1 = 2 * random.nextDouble() - 1;
                double v2 = 2 * random.nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s > 1);
            double result = Math.sqrt(-2 * StrictMath.log(s) / s) * v1;
            return mean + Math.sqrt(variance) * result;
        }

        List<Point> circle(int n, double noise) {
            List<Point> out = new ArrayList<>();
            double radius = 5;
            ring(out, n, noise, radius, 0, radius * 0.5);
            ring(out, n, noise, radius, radius * 0.7, radius);
            return out;
        }

        /** Half the points at radii in [from, to), labelled by whether the noisy point lies inside radius / 2. */
        private void ring(List<Point> out, int n, double noise, double radius, double from, double to) {
            for (int i = 0; i < n / 2.0; i++) {
                double r = uniform(from, to);
                double angle = uniform(0, 2 * Math.PI);
                double x = r * StrictMath.sin(angle);
                double y = r * StrictMath.cos(angle);
                double noiseX = uniform(-radius, radius) * noise;
                double noiseY = uniform(-radius, radius) * noise;
                out.add(new Point(x, y, distance(x + noiseX, y + noiseY, 0, 0) < radius * 0.5 ? 1 : -1));
            }
        }

        List<Point> xor(int n, double noise) {
            List<Point> out = new ArrayList<>();
            double padding = 0.3;
            for (int i = 0; i < n; i++) {
                double x = uniform(-5, 5);
                x += x > 0 ? padding : -padding;
                double y = uniform(-5, 5);
                y += y > 0 ? padding : -padding;
                double noiseX = uniform(-5, 5) * noise;
                double noiseY = uniform(-5, 5) * noise;
                out.add(new Point(x, y, (x + noiseX) * (y + noiseY) >= 0 ? 1 : -1));
            }
            return out;
        }

        List<Point> gauss(int n, double noise) {
            List<Point> out = new ArrayList<>();
            double variance = linear(noise, 0, 0.5, 0.5, 4, false);
            for (double[] c : new double[][] {{2, 2, 1}, {-2, -2, -1}}) {
                for (int i = 0; i < n / 2.0; i++) {
                    double x = normal(c[0], variance);
                    double y = normal(c[1], variance);
                    out.add(new Point(x, y, c[2]));
                }
            }
            return out;
        }

        List<Point> spiral(int count, double noise) {
            List<Point> out = new ArrayList<>();
            double n = count / 2.0;
            for (double[] arm : new double[][] {{0, 1}, {Math.PI, -1}}) {
                for (int i = 0; i < n; i++) {
                    double r = i / n * 5;
                    double t = 1.75 * i / n * 2 * Math.PI + arm[0];
                    double x = r * StrictMath.sin(t) + uniform(-1, 1) * noise;
                    double y = r * StrictMath.cos(t) + uniform(-1, 1) * noise;
                    out.add(new Point(x, y, arm[1]));
                }
            }
            return out;
        }

        List<Point> plane(int n, double noise) {
            return regression(n, noise, (x, y) -> linear(x + y, -10, 10, -1, 1, false));
        }

        /** Six bumps of height ±1 and radius 2; the label is the bump value largest in size. */
        List<Point> bumps(int n, double noise) {
            return regression(n, noise, (x, y) -> {
                double label = 0;
                for (double[] b : BUMPS) {
                    double v = b[2] * linear(distance(x, y, b[0], b[1]), 0, 2, 1, 0, true);
                    if (Math.abs(v) > Math.abs(label)) {
                        label = v;
                    }
                }
                return label;
            });
        }

        private List<Point> regression(int n, double noise, java.util.function.DoubleBinaryOperator label) {
            List<Point> out = new ArrayList<>();
            double radius = 6;
            for (int i = 0; i < n; i++) {
                double x = uniform(-radius, radius);
                double y = uniform(-radius, radius);
                double noiseX = uniform(-radius, radius) * noise;
                double noiseY = uniform(-radius, radius) * noise;
                out.add(new Point(x, y, label.applyAsDouble(x + noiseX, y + noiseY)));
            }
            return out;
        }

        /**
         * A linear scale from [d0, d1] onto [r0, r1] computed as the playground's plotting library does: t = (v − d0)
         * / (d1 − d0), optionally clamped to [0, 1], then r0·(1 − t) + r1·t.
         */
        static double linear(double v, double d0, double d1, double r0, double r1, boolean clamp) {
            double t = (v - d0) / (d1 - d0);
            if (clamp) {
                t = Math.max(0, Math.min(1, t));
            }
            return r0 * (1 - t) + r1 * t;
        }

        static double distance(double x, double y, double cx, double cy) {
            double dx = x - cx;
            double dy = y - cy;
            return Math.sqrt(dx * dx + dy * dy);
        }
    }
}
