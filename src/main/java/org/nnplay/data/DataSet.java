package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Points split into training and test parts, plus what is needed to draw them: the problem type, the number of
 * classes (0 for regression), the rectangle of the plane the plot shows, the axis names (with units where known),
 * optional class names (empty: classes are shown by colour and index only), the label column's name (null when the
 * data has none) and the {@link Scaling} from the data's units to the network's. A null scaling is fitted to the
 * samples given ({@link Scaling#fit}); {@link #withSamples} keeps it, so points added by hand move nothing.
 *
 * <p>The original constructor with a single {@code extent} (the square [-extent, extent]²) and the {@link #extent()}
 * accessor are kept; a non-square domain such as "Will I pass this class?" ([0, 30] × [0, 40]) uses {@link Domain}.
 */
public record DataSet(String name, ProblemType type, int numClasses, List<Sample> train, List<Sample> test,
                      Domain domain, String x1Label, String x2Label, List<String> classNames, String labelName,
                      Scaling scaling) {
    /** Most classes a classification data set may have (the palette's size). */
    public static final int MAX_CLASSES = DataLimits.MAX_CLASSES;

    public DataSet {
        if (type == null || domain == null) {
            throw new IllegalArgumentException("a data set needs a problem type and a domain");
        }
        if (numClasses < 0 || numClasses > MAX_CLASSES) {
            throw new IllegalArgumentException("numClasses must be between 0 and " + MAX_CLASSES + ", was " + numClasses);
        }
        name = name == null ? "" : name;
        train = List.copyOf(train);
        test = List.copyOf(test);
        x1Label = x1Label == null ? "x1" : x1Label;
        x2Label = x2Label == null ? "x2" : x2Label;
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        if (scaling == null) {
            List<Sample> all = new ArrayList<>(train);
            all.addAll(test);
            scaling = Scaling.fit(all, type);
        }
    }

    public DataSet(String name, ProblemType type, int numClasses, List<Sample> train, List<Sample> test,
                   Domain domain, String x1Label, String x2Label, List<String> classNames) {
        this(name, type, numClasses, train, test, domain, x1Label, x2Label, classNames, null, null);
    }

    /** The original form: a square domain [-extent, extent]², no class names. */
    public DataSet(String name, ProblemType type, int numClasses, List<Sample> train, List<Sample> test,
                   double extent, String x1Label, String x2Label) {
        this(name, type, numClasses, train, test, Domain.square(extent), x1Label, x2Label, List.of());
    }

    public DataSet(String name, ProblemType type, int numClasses, List<Sample> train, List<Sample> test,
                   Domain domain, String x1Label, String x2Label) {
        this(name, type, numClasses, train, test, domain, x1Label, x2Label, List.of());
    }

    public int size() { return train.size() + test.size(); }

    /** The largest absolute coordinate of the domain; for the square built-in sets, its half-width. */
    public double extent() { return domain.extent(); }

    public double x1Min() { return domain.x1Min(); }

    public double x1Max() { return domain.x1Max(); }

    public double x2Min() { return domain.x2Min(); }

    public double x2Max() { return domain.x2Max(); }

    /** Training samples followed by test samples. */
    public List<Sample> all() {
        List<Sample> all = new ArrayList<>(size());
        all.addAll(train);
        all.addAll(test);
        return all;
    }

    /** The name of class {@code index}: its given name, else "class N". */
    public String className(int index) {
        return index >= 0 && index < classNames.size() ? classNames.get(index) : "class " + index;
    }

    /** The same data set with another scaling to the network's units. */
    public DataSet withScaling(Scaling v) {
        return new DataSet(name, type, numClasses, train, test, domain, x1Label, x2Label, classNames, labelName, v);
    }

    /** The same data set with the label column's name. */
    public DataSet withLabelName(String v) {
        return new DataSet(name, type, numClasses, train, test, domain, x1Label, x2Label, classNames, v, scaling);
    }

    /** The same data set with other samples. */
    public DataSet withSamples(List<Sample> newTrain, List<Sample> newTest, int newNumClasses) {
        return new DataSet(name, type, newNumClasses, newTrain, newTest, domain, x1Label, x2Label, classNames, labelName,
                scaling);
    }
}
