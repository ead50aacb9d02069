package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.Feature;

/** The input features fed to the network (each computed from x1, x2), and whether they are standardised first. */
public record FeatureSettings(List<Feature> inputs, boolean standardize) {
    public static final FeatureSettings DEFAULTS = new FeatureSettings(List.of(Feature.X1, Feature.X2), false);

    public FeatureSettings {
        inputs = Checks.list("inputs", inputs, 1, Feature.values().length);
        Checks.distinct("inputs", inputs);
    }

    public FeatureSettings withInputs(List<Feature> v) { return new FeatureSettings(v, standardize); }

    public FeatureSettings withStandardize(boolean v) { return new FeatureSettings(inputs, v); }
}
