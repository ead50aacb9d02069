package org.nnplay.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nnplay.data.DataSet;
import org.nnplay.data.ImportedData;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.data.Scaling;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.experiment.CsvPoint;
import org.nnplay.experiment.DataNames;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.LossProblem;
import org.nnplay.experiment.LossSwitch;

/**
 * Puts points read from a data file into an experiment, the same way for the window and the command line: the
 * problem type and class count follow the file, the names (columns with their units, classes) are kept, and the loss
 * is the one that fits the new problem ({@link Experiment#withFittingLoss}). Returns a new experiment and what to tell
 * the user; the old experiment is untouched, so a file that fails here never replaces the data already loaded.
 */
public final class CsvData {
    private CsvData() {}

    /** What an import did. */
    public record Result(Experiment experiment, ImportedData data, DataSet dataSet, LossSwitch lossSwitch) {
        /**
         * "Imported 333 points from penguins.csv: 3 classes (Adelie, Gentoo, Chinstrap), x1 = bill length (mm),
         * x2 = bill depth (mm), loss softmax_ce (the default for 3 classes); …", losses named by {@code lossName}.
         */
        public String summary(String fileName, Function<LossKind, String> lossName) {
            ImportedData d = data;
            StringBuilder sb = new StringBuilder("Imported " + d.samples().size() + " points from " + fileName + ": ");
            if (d.type() == ProblemType.REGRESSION) {
                sb.append("regression of ").append(d.labelName());
            } else {
                int k = experiment.data().classes();
                sb.append(k).append(" classes");
                if (!d.classNames().isEmpty()) {
                    sb.append(" (").append(String.join(", ", d.classNames())).append(")");
                }
            }
            sb.append(", x1 = ").append(d.x1Label()).append(", x2 = ").append(d.x2Label());
            LossKind loss = experiment.training().loss();
            LossProblem problem = LossProblem.of(experiment.data());
            boolean chosen = experiment.training().chosenLosses().of(problem) == loss;
            sb.append(", loss ").append(lossName.apply(loss)).append(chosen ? " (the one you chose for " : " (the default for ")
                    .append(LossProblem.describe(d.type(), experiment.data().classes())).append(")");
            Scaling s = dataSet.scaling();
            List<String> scaled = new ArrayList<>();
            if (!s.x1().isIdentity()) scaled.add(d.x1Label());
            if (!s.x2().isIdentity()) scaled.add(d.x2Label());
            if (!scaled.isEmpty()) {
                sb.append("; ").append(String.join(" and ", scaled)).append(scaled.size() == 1 ? " is" : " are")
                        .append(" standardised for the network, the plot keeps the file's units");
            }
            if (!s.y().isIdentity()) {
                sb.append("; the values are scaled to −1…1 for the network");
            }
            return sb.toString();
        }

        public List<String> warnings() { return data.warnings(); }
    }

    /** {@code e} with the points of {@code data} from the file {@code fileName}. */
    public static Result apply(Experiment e, ImportedData data, String fileName) {
        List<CsvPoint> points = new ArrayList<>();
        for (Sample s : data.samples()) {
            points.add(new CsvPoint(s.x1(), s.x2(), s.y()));
        }
        ProblemType type = data.type();
        int classes = type == ProblemType.REGRESSION ? 2 : Math.max(2, data.numClasses());
        DataNames names = new DataNames(data.x1Label(), data.x2Label(), data.labelName(), data.classNames());
        DataSettings d = e.data().toBuilder().problem(type).classes(classes).csvName(fileName).csvPoints(points)
                .names(names).handPoints(List.of()).build();
        Experiment out = e.withFittingLoss(d);
        return new Result(out, data, ExperimentMapping.dataSet(out), LossSwitch.between(e, out));
    }
}
