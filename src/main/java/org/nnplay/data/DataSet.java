package org.nnplay.data;

import java.util.List;

/**
 * Points split into training and test parts, plus what is needed to draw them: the problem type, the number of
 * classes, the square domain [-extent, extent]² the plane shows, and the axis names (with units where known).
 */
public record DataSet(String name, ProblemType type, int numClasses, List<Sample> train, List<Sample> test,
                      double extent, String x1Label, String x2Label) {
    public DataSet {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }

    public int size() { return train.size() + test.size(); }
}
