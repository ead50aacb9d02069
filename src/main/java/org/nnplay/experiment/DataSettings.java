package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.DataLimits;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.ProblemType;

/**
 * Which points the network learns from. The generated data set ({@code dataset}, {@code samples}, {@code noise})
 * is replaced by {@code csvPoints} when those are present (the data came from the CSV file {@code csvName}, and
 * {@code names} holds its column and class names, or is null); {@code handPoints} are added to either. {@code noise}
 * and {@code trainRatio} are percentages. For classification every point's {@code y} is a class index below
 * {@code classes}. The limits are {@link DataLimits}'s, the same as the CSV reader's.
 */
public record DataSettings(DatasetKind dataset, ProblemType problem, int samples, double noise, double trainRatio,
                           int classes, List<HandPoint> handPoints, List<CsvPoint> csvPoints, String csvName,
                           DataNames names) {
    public static final Range SAMPLES = Range.closed(1, DataLimits.MAX_ROWS);
    public static final Range NOISE = Range.closed(0, 50);
    public static final Range TRAIN_RATIO = Range.closed(10, 90);
    public static final Range CLASSES = Range.closed(2, DataLimits.MAX_CLASSES);
    public static final int MAX_POINTS = DataLimits.MAX_ROWS;

    public static final DataSettings DEFAULTS = forDataset(DatasetKind.CIRCLE);

    public DataSettings {
        Checks.notNull("dataset", dataset);
        Checks.notNull("problem", problem);
        SAMPLES.check("samples", samples);
        NOISE.check("noise", noise);
        TRAIN_RATIO.check("trainRatio", trainRatio);
        CLASSES.check("classes", classes);
        handPoints = Checks.list("handPoints", handPoints, 0, MAX_POINTS);
        csvPoints = csvPoints == null ? null : Checks.list("csvPoints", csvPoints, 0, MAX_POINTS);
        Checks.text("csvName", csvName, 1000);
        if (names != null && problem == ProblemType.CLASSIFICATION && !names.classes().isEmpty()
                && names.classes().size() > classes) {
            throw new InvalidSettingException("names.classes", "has " + names.classes().size() + " names for "
                    + classes + " classes");
        }
        if (problem == ProblemType.CLASSIFICATION) {
            for (int i = 0; i < handPoints.size(); i++) {
                checkLabel("handPoints[" + i + "].y", handPoints.get(i).y(), classes);
            }
            for (int i = 0; csvPoints != null && i < csvPoints.size(); i++) {
                checkLabel("csvPoints[" + i + "].y", csvPoints.get(i).y(), classes);
            }
        }
    }

    /** The defaults for a built-in data set: its problem type and class count. */
    public static DataSettings forDataset(DatasetKind kind) {
        return new DataSettings(kind, kind.type(), 500, 0, 50, defaultClasses(kind), List.of(), null, null, null);
    }

    /** 3 for the three-class sets (blobs, spiral3), otherwise 2. */
    public static int defaultClasses(DatasetKind kind) {
        return kind == DatasetKind.BLOBS || kind == DatasetKind.SPIRAL3 ? 3 : 2;
    }

    private static void checkLabel(String field, double y, int classes) {
        if (y != Math.rint(y) || y < 0 || y >= classes) {
            throw new InvalidSettingException(field, "= " + Range.format(y) + " is not a class index: allowed 0 to "
                    + (classes - 1) + " for " + classes + " classes");
        }
    }

    /** Whether the points come from a CSV file rather than a generator. */
    public boolean fromCsv() { return csvPoints != null; }

    /**
     * Switches to another built-in data set with its problem type and class count, leaving imported points (and
     * their names) behind; the other settings are kept.
     */
    public DataSettings withDatasetDefaults(DatasetKind kind) {
        return toBuilder().dataset(kind).problem(kind.type()).classes(defaultClasses(kind)).csvPoints(null)
                .csvName(null).names(null).build();
    }

    public DataSettings withDataset(DatasetKind v) { return toBuilder().dataset(v).build(); }

    public DataSettings withProblem(ProblemType v) { return toBuilder().problem(v).build(); }

    public DataSettings withSamples(int v) { return toBuilder().samples(v).build(); }

    public DataSettings withNoise(double v) { return toBuilder().noise(v).build(); }

    public DataSettings withTrainRatio(double v) { return toBuilder().trainRatio(v).build(); }

    public DataSettings withClasses(int v) { return toBuilder().classes(v).build(); }

    public DataSettings withHandPoints(List<HandPoint> v) { return toBuilder().handPoints(v).build(); }

    /** Data from a CSV file; {@code points == null} goes back to the generated data set. */
    public DataSettings withCsv(String name, List<CsvPoint> points) {
        return toBuilder().csvName(points == null ? null : name).csvPoints(points).names(points == null ? null : names)
                .build();
    }

    public Builder toBuilder() { return new Builder(this); }

    public static Builder builder() { return DEFAULTS.toBuilder(); }

    /** Mutable helper for changing several settings at once; {@link #build()} validates. */
    public static final class Builder {
        private DatasetKind dataset;
        private ProblemType problem;
        private int samples;
        private double noise;
        private double trainRatio;
        private int classes;
        private List<HandPoint> handPoints;
        private List<CsvPoint> csvPoints;
        private String csvName;
        private DataNames names;

        private Builder(DataSettings d) {
            dataset = d.dataset;
            problem = d.problem;
            samples = d.samples;
            noise = d.noise;
            trainRatio = d.trainRatio;
            classes = d.classes;
            handPoints = d.handPoints;
            csvPoints = d.csvPoints;
            csvName = d.csvName;
            names = d.names;
        }

        public Builder dataset(DatasetKind v) { dataset = v; return this; }
        public Builder problem(ProblemType v) { problem = v; return this; }
        public Builder samples(int v) { samples = v; return this; }
        public Builder noise(double v) { noise = v; return this; }
        public Builder trainRatio(double v) { trainRatio = v; return this; }
        public Builder classes(int v) { classes = v; return this; }
        public Builder handPoints(List<HandPoint> v) { handPoints = v; return this; }
        public Builder csvPoints(List<CsvPoint> v) { csvPoints = v; return this; }
        public Builder csvName(String v) { csvName = v; return this; }
        public Builder names(DataNames v) { names = v; return this; }

        public DataSettings build() {
            return new DataSettings(dataset, problem, samples, noise, trainRatio, classes, handPoints, csvPoints, csvName,
                    names);
        }
    }
}
