package org.nnplay.experiment;

import java.util.List;
import org.nnplay.data.DataLimits;

/**
 * The names imported data came with: the columns of x1 and x2 and of the label as the file's header wrote them
 * (units included, e.g. "bill length (mm)"), and the class names in class order (empty when the classes were
 * numbered). Saved under {@code data.names}; shown in the legend, the probe, tooltips, axis titles and exports.
 */
public record DataNames(String x1, String x2, String label, List<String> classes) {
    public DataNames {
        Checks.notNull("x1", x1);
        Checks.notNull("x2", x2);
        Checks.text("x1", x1, DataLimits.MAX_NAME_CHARS);
        Checks.text("x2", x2, DataLimits.MAX_NAME_CHARS);
        Checks.text("label", label, DataLimits.MAX_NAME_CHARS);
        classes = Checks.list("classes", classes == null ? List.of() : classes, 0, DataLimits.MAX_CLASSES);
        for (int i = 0; i < classes.size(); i++) {
            Checks.text("classes[" + i + "]", classes.get(i), DataLimits.MAX_NAME_CHARS);
        }
        Checks.distinct("classes", classes);
    }
}
