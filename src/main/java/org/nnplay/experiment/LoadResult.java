package org.nnplay.experiment;

import java.util.List;

/** A loaded experiment and what was ignored on the way (unknown fields), for the UI to show. */
public record LoadResult(Experiment experiment, List<String> warnings) {
    public LoadResult {
        Checks.notNull("experiment", experiment);
        warnings = List.copyOf(warnings);
    }
}
