package org.nnplay.ui.playground;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.nnplay.data.ProblemType;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ViewSettings;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.plot.BoundaryView;
import org.nnplay.ui.plot.GridMode;
import org.nnplay.ui.plot.Palette;

/**
 * The decision boundary with its toolbar. Each frame it shows, in this order of precedence: the ghost boundary of
 * weights previewed from the loss landscape, the output of the neuron under the pointer in the network builder, or
 * the network's output. Clicks add or remove points in drawing mode; in probe mode the pointer shows the output.
 */
final class BoundaryPanel extends BorderPane {
    private final BoundaryView view = new BoundaryView();
    private final BoundaryToolbar toolbar;
    private final javafx.scene.control.Button options = Icons.button("boundary-options", Icons.TUNE,
            "View options: test data, discretize, palette, probe, resolution");
    private javafx.scene.layout.StackPane plotArea;
    private org.controlsfx.control.PopOver optionsPopOver;
    private boolean presentation;
    private final PlaygroundModel model;
    private final PointTool tool;
    private final NeuronHover hover;
    private final GhostPreview ghost;
    private final OutputProbe probe = new OutputProbe();
    private Point2D probeAt;
    private long shownSequence = Long.MIN_VALUE;
    private long shownGhost = Long.MIN_VALUE;

    BoundaryPanel(PlaygroundModel model, PointTool tool, NeuronHover hover, GhostPreview ghost, ControlRegistry controls) {
        this.model = model;
        this.tool = tool;
        this.hover = hover;
        this.ghost = ghost;
        getStyleClass().add("boundary-panel");
        view.setId("boundary-view");
        toolbar = new BoundaryToolbar(model, tool, controls, this::probe);
        plotArea = new javafx.scene.layout.StackPane(view, options);
        javafx.scene.layout.StackPane.setAlignment(options, javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(options, new javafx.geometry.Insets(6));
        options.setVisible(false);
        options.setOnAction(e -> showOptions());
        setCenter(plotArea);
        setTop(toolbar);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::move);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> clearProbe());
        tool.modeProperty().addListener((o, was, now) -> {
            if (now != PointTool.Mode.PROBE) clearProbe();
            view.setCursor(now == PointTool.Mode.NONE ? null : javafx.scene.Cursor.CROSSHAIR);
        });
        model.dataProperty().addListener((o, was, now) -> view.setData(now));
        model.experimentProperty().addListener((o, was, now) -> showSettings(now.view()));
        view.setData(model.dataProperty().get());
        showSettings(model.currentExperiment().view());
    }

    BoundaryView view() { return view; }

    /** The "OUTPUT" caption: a double-click on it puts the boundary alone on the stage. */
    javafx.scene.Node title() { return toolbar.title(); }

    /**
     * Presentation mode: the view options are for the teacher, not the back row, so they fold into one button in
     * the plot's corner and the plot gets their row.
     */
    void setPresentation(boolean on) {
        if (on == presentation) return;
        presentation = on;
        if (optionsPopOver != null) optionsPopOver.hide();
        if (on) {
            setTop(null);
            options.setVisible(true);
        } else {
            if (optionsPopOver != null) optionsPopOver.setContentNode(null);
            setTop(toolbar);
            options.setVisible(false);
        }
    }

    private void showOptions() {
        if (optionsPopOver == null) {
            optionsPopOver = new org.controlsfx.control.PopOver();
            optionsPopOver.setTitle("View options");
            optionsPopOver.setHeaderAlwaysVisible(true);
            optionsPopOver.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.TOP_RIGHT);
        }
        optionsPopOver.setContentNode(toolbar);
        optionsPopOver.show(options);
    }

    /**
     * The width at which this panel, {@code height} tall, gives its plot the most room, at most {@code maxWidth}:
     * what the stage asks before it places the boundary beside the builder and curves.
     */
    double widthFor(double height, double maxWidth) {
        double bar = presentation ? 0 : toolbar.prefHeight(maxWidth);
        return Math.min(maxWidth, view.widthFor(Math.max(0, height - bar), maxWidth));
    }
    /** Once per frame with the latest snapshot; true when it drew a new decision grid. */
    boolean onFrame(Snapshot s) {
        GhostPreview.Result g = ghost.latest();
        if (g != null) {
            if (g.id() != shownGhost) {
                shownGhost = g.id();
                view.setOverlay(g.values(), g.n(), gridMode(model.currentExperiment()),
                        "Preview: the hovered weights (click the landscape to load them)");
            }
        } else if (shownGhost != Long.MIN_VALUE) {
            shownGhost = Long.MIN_VALUE;
            view.clearOverlay();
        }
        boolean fresh = s != null && s.sequence() != shownSequence;
        boolean drawn = fresh && s.boundary() != null;
        if (fresh) {
            shownSequence = s.sequence();
            if (drawn) view.setGrid(s.boundary().values(), s.boundary().n(), gridMode(model.currentExperiment()));
        }
        if (g == null && (hover.changed() || (fresh && hover.active()))) hover.show(view, s);
        if (fresh && probeAt != null) showProbe(s);
        return drawn;
    }

    static GridMode gridMode(Experiment e) {
        if (e.data().problem() == ProblemType.REGRESSION) return GridMode.VALUE;
        return e.outputs() > 1 ? GridMode.CLASSES : GridMode.PROBABILITY;
    }

    private void showSettings(ViewSettings v) {
        view.setShowTest(v.showTest());
        view.setDiscretize(v.discretize());
        view.setPalette(Palette.of(v.palette()));
    }

    private void press(MouseEvent e) {
        Point2D at = view.toData(e.getX(), e.getY());
        if (at == null || tool.mode() != PointTool.Mode.DRAW) return;
        if (e.getButton() == MouseButton.PRIMARY) tool.add(at.getX(), at.getY());
        else if (e.getButton() == MouseButton.SECONDARY) tool.removeNearest(at.getX(), at.getY(), view.domain());
        e.consume();
    }

    private void move(MouseEvent e) {
        if (tool.mode() != PointTool.Mode.PROBE) return;
        probeAt = view.toData(e.getX(), e.getY());
        if (probeAt == null) clearProbe();
        else showProbe(model.snapshotProperty().get());
    }

    /** Probes the output at data point (x1, x2) (the pointer does this in probe mode; tests and lessons call it). */
    String probe(double x1, double x2) {
        probeAt = new Point2D(x1, x2);
        return showProbe(model.snapshotProperty().get());
    }

    private String showProbe(Snapshot s) {
        String text = probe.describe(s, probeAt.getX(), probeAt.getY());
        if (text == null) view.clearProbe();
        else view.setProbe(probeAt.getX(), probeAt.getY(), text);
        return text;
    }

    private void clearProbe() {
        probeAt = null;
        view.clearProbe();
    }
}
