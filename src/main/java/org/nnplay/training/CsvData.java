package org.nnplay.training;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.ImportedData;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.experiment.CsvPoint;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.TrainingSettings;

/**
 * Puts points imported from a CSV file into an experiment: its problem type and class count follow the file, and a
 * loss that no longer fits is replaced by that problem's default. Returns a new experiment; the old one is untouched,
 * so a file that fails here never replaces the data already loaded.
 */
public final class CsvData {
    private CsvData() {}

    public static Experiment apply(Experiment e, ImportedData data, String fileName) {
        List<CsvPoint> points = new ArrayList<>();
        for (Sample s : data.samples()) {
            points.add(new CsvPoint(s.x1(), s.x2(), s.y()));
        }
        ProblemType type = data.type();
        int classes = type == ProblemType.REGRESSION ? 2 : Math.max(2, data.numClasses());
        Experiment out = e.withData(d -> d.toBuilder().problem(type).classes(classes).csvName(fileName)
                .csvPoints(points).build());
        if (TrainingSettings.lossMismatch(out.training().loss(), type, classes) != null) {
            out = out.withTraining(t -> t.withLoss(TrainingSettings.defaultLoss(type, classes)));
        }
        return out;
    }
}
