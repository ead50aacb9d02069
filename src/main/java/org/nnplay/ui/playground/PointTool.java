package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.nnplay.data.Domain;
import org.nnplay.experiment.HandPoint;

/**
 * What a click on the decision boundary does: nothing, place a point (of the chosen class or value, for training
 * or test), or probe the network's output. Placing and removing go through the model as experiment edits.
 */
public final class PointTool {
    public enum Mode { NONE, DRAW, PROBE }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.NONE);
    private final DoubleProperty label = new SimpleDoubleProperty(this, "label", 1);
    private final BooleanProperty test = new SimpleBooleanProperty(this, "test", false);
    private final PlaygroundModel model;

    public PointTool(PlaygroundModel model) { this.model = model; }

    public ObjectProperty<Mode> modeProperty() { return mode; }

    public Mode mode() { return mode.get(); }

    /** The class index (classification) or value (regression) of the next point. */
    public DoubleProperty labelProperty() { return label; }

    /** Whether the next point goes to the test set instead of the training set. */
    public BooleanProperty testProperty() { return test; }

    /**
     * Adds a point at (x1, x2) with the chosen label; for regression, −1 and +1 are the ends of the value map, so in
     * a data set with values in its own units (prices) they are its lowest and highest value.
     */
    public void add(double x1, double x2) {
        var data = model.dataProperty().get();
        double y = data != null && data.type() == org.nnplay.data.ProblemType.REGRESSION
                ? data.scaling().y().toData(label.get()) : label.get();
        boolean train = !test.get();
        model.edit(e -> {
            List<HandPoint> pts = new ArrayList<>(e.data().handPoints());
            pts.add(new HandPoint(x1, x2, y, train));
            return e.withData(d -> d.withHandPoints(pts));
        });
    }

    /** Removes the placed point nearest to (x1, x2), if one is within 5 % of the domain's size. */
    public boolean removeNearest(double x1, double x2, Domain domain) {
        List<HandPoint> pts = model.currentExperiment().data().handPoints();
        double max = 0.05 * Math.max(domain.width(), domain.height());
        int best = -1;
        double bestD = max * max;
        for (int i = 0; i < pts.size(); i++) {
            double dx = pts.get(i).x1() - x1;
            double dy = pts.get(i).x2() - x2;
            if (dx * dx + dy * dy <= bestD) {
                bestD = dx * dx + dy * dy;
                best = i;
            }
        }
        if (best < 0) {
            model.say(Notice.info("No placed point there: right-click removes points you placed by hand."));
            return false;
        }
        int remove = best;
        model.edit(e -> {
            List<HandPoint> next = new ArrayList<>(e.data().handPoints());
            next.remove(remove);
            return e.withData(d -> d.withHandPoints(next));
        });
        return true;
    }

    public void clear() {
        if (!model.currentExperiment().data().handPoints().isEmpty()) {
            model.edit(e -> e.withData(d -> d.withHandPoints(List.of())));
        }
    }
}
