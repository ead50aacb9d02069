package org.nnplay.data;

/**
 * The settings that generate a built-in data set; with the seed stored, the same spec always gives the same points.
 *
 * <ul>
 *   <li>{@code samples}: number of points, {@value #MIN_SAMPLES}–{@value #MAX_SAMPLES} (default {@value #DEFAULT_SAMPLES});</li>
 *   <li>{@code noisePercent}: 0–50, the playground's noise slider;</li>
 *   <li>{@code trainPercent}: share of the points used for training, 10–90 (default 50, as the playground);</li>
 *   <li>{@code seed}: any number;</li>
 *   <li>{@code classes}: a setting only for {@link DatasetKind#BLOBS} (3–5; 0 means the default 3). For every other
 *       kind it is normalised to the kind's own class count ({@link #classesOf(DatasetKind)}), whatever was given.</li>
 * </ul>
 * Out-of-range values throw {@link IllegalArgumentException} with a message naming the field and its allowed range.
 */
public record DatasetSpec(DatasetKind kind, int samples, double noisePercent, double trainPercent, long seed,
                          int classes) {
    public static final int MIN_SAMPLES = 2;
    public static final int MAX_SAMPLES = DataLimits.MAX_ROWS;
    public static final int DEFAULT_SAMPLES = 500;
    public static final double MAX_NOISE_PERCENT = 50;
    public static final double MIN_TRAIN_PERCENT = 10;
    public static final double MAX_TRAIN_PERCENT = 90;
    public static final double DEFAULT_TRAIN_PERCENT = 50;
    public static final long DEFAULT_SEED = 1;
    public static final int MIN_BLOB_CLASSES = 3;
    public static final int MAX_BLOB_CLASSES = 5;

    public DatasetSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be one of " + org.nnplay.engine.Named.keys(DatasetKind.class));
        }
        if (samples < MIN_SAMPLES || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException(
                    "samples must be between " + MIN_SAMPLES + " and " + MAX_SAMPLES + ", was " + samples);
        }
        requireIn("noisePercent", noisePercent, 0, MAX_NOISE_PERCENT);
        requireIn("trainPercent", trainPercent, MIN_TRAIN_PERCENT, MAX_TRAIN_PERCENT);
        if (kind == DatasetKind.BLOBS) {
            classes = classes == 0 ? MIN_BLOB_CLASSES : classes;
            if (classes < MIN_BLOB_CLASSES || classes > MAX_BLOB_CLASSES) {
                throw new IllegalArgumentException("classes must be between " + MIN_BLOB_CLASSES + " and "
                        + MAX_BLOB_CLASSES + " for blobs, was " + classes);
            }
        } else {
            classes = classesOf(kind);
        }
    }

    /** Default settings for {@code kind}: 500 samples, no noise, 50 % training, seed 1, default classes. */
    public static DatasetSpec of(DatasetKind kind) {
        return new DatasetSpec(kind, DEFAULT_SAMPLES, 0, DEFAULT_TRAIN_PERCENT, DEFAULT_SEED, 0);
    }

    /** The class count of a kind: 2 for the binary sets, 3 for spiral3 and (by default) blobs, 0 for regression. */
    public static int classesOf(DatasetKind kind) {
        return switch (kind) {
            case PLANE, MULTI_GAUSS -> 0;
            case SPIRAL3, BLOBS -> 3;
            default -> 2;
        };
    }

    public DatasetSpec withKind(DatasetKind k) { return new DatasetSpec(k, samples, noisePercent, trainPercent, seed, 0); }

    public DatasetSpec withSamples(int n) { return new DatasetSpec(kind, n, noisePercent, trainPercent, seed, classes); }

    public DatasetSpec withNoisePercent(double p) { return new DatasetSpec(kind, samples, p, trainPercent, seed, classes); }

    public DatasetSpec withTrainPercent(double p) { return new DatasetSpec(kind, samples, noisePercent, p, seed, classes); }

    public DatasetSpec withSeed(long s) { return new DatasetSpec(kind, samples, noisePercent, trainPercent, s, classes); }

    public DatasetSpec withClasses(int c) { return new DatasetSpec(kind, samples, noisePercent, trainPercent, seed, c); }

    private static void requireIn(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(
                    field + " must be between " + fmt(min) + " and " + fmt(max) + " (%), was " + value);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
