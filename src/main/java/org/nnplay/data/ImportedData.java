package org.nnplay.data;

import java.util.ArrayList;
import java.util.List;

/**
 * What a data file held, in file order: the samples, their problem type and classes (named when the file named
 * them), the column names from the header (x1/x2/label without one, with units as written), when the file had a
 * "split" column whether each sample trains or tests, and the warnings of reading it (rows skipped).
 */
public record ImportedData(String name, ProblemType type, int numClasses, List<String> classNames,
                           List<Sample> samples, List<Split> splits, String x1Label, String x2Label, String labelName,
                           List<String> warnings) {
    /** Where a sample goes. */
    public enum Split { TRAIN, TEST }

    public ImportedData {
        classNames = List.copyOf(classNames);
        samples = List.copyOf(samples);
        splits = List.copyOf(splits);
        warnings = List.copyOf(warnings);
        if (!splits.isEmpty() && splits.size() != samples.size()) {
            throw new IllegalArgumentException("splits must be empty or one per sample");
        }
    }

    public boolean hasSplit() { return !splits.isEmpty(); }

    /**
     * A data set over the samples' bounding box (padded by 5 %). With a split column, the file's split is kept and
     * the arguments are ignored; otherwise the samples are shuffled and split as generated data sets are.
     */
    public DataSet toDataSet(double trainPercent, long seed) {
        Domain domain = Domain.around(samples, 0.05);
        if (!hasSplit()) {
            return Generators.split(name, samples, trainPercent, seed, type, numClasses, domain, x1Label, x2Label,
                    classNames);
        }
        List<Sample> train = new ArrayList<>();
        List<Sample> test = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            (splits.get(i) == Split.TRAIN ? train : test).add(samples.get(i));
        }
        return new DataSet(name, type, numClasses, train, test, domain, x1Label, x2Label, classNames, labelName, null);
    }
}
