package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.LayerWeights;
import org.nnplay.experiment.StageView;
import org.nnplay.experiment.Weights;
import org.nnplay.training.RunState;
import org.nnplay.ui.TextWidth;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage at the sizes it is used at: a 1280 × 800 projector (a maximised window is about 1280 × 770 under a
 * window manager; presentation mode has the full 1280 × 800) and a 1920 × 1080 screen. Sizes are read from the live
 * scene graph, as {@code --print-layout} prints them.
 */
class StageWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    /** The window at {@code w × h} (scene size), in normal or presentation mode: each view's rectangle by name. */
    private Map<String, LayoutReport.Entry> at(FxRobot robot, double w, double h, boolean presentation) {
        robot.interact(() -> {
            Stage s = window.stage();
            s.setMaximized(false);
            window.view().setPresentation(presentation);
            s.setX(0);
            s.setY(0);
            s.setWidth(w);
            s.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        return layout(robot);
    }

    private Map<String, LayoutReport.Entry> layout(FxRobot robot) {
        Map<String, LayoutReport.Entry> out = new LinkedHashMap<>();
        robot.interact(() -> LayoutReport.of(window.view()).forEach(e -> out.put(e.view(), e)));
        return out;
    }

    private static double w(Map<String, LayoutReport.Entry> l, String view) { return l.get(view).bounds().getWidth(); }

    private static double h(Map<String, LayoutReport.Entry> l, String view) { return l.get(view).bounds().getHeight(); }

    @Test
    void aSmallProjectorGivesEveryViewReadableRoom(FxRobot robot) {
        var l = at(robot, 1280, 770, false);
        assertThat(l.get("boundary").visible()).isTrue();
        assertThat(w(l, "boundary")).as("boundary plot").isGreaterThanOrEqualTo(400);
        assertThat(h(l, "boundary")).as("boundary plot").isGreaterThanOrEqualTo(400);
        assertThat(h(l, "curves.loss")).as("loss panel").isGreaterThanOrEqualTo(160);
        assertThat(h(l, "curves.accuracy")).as("accuracy panel").isGreaterThanOrEqualTo(120);
        assertThat(l.get("builder").visible()).isTrue();
        insideTheWindow(l, 1280, 770);
    }

    @Test
    void presentationModeEnlargesTheViewsAndTheType(FxRobot robot) {
        var l = at(robot, 1280, 800, true);
        assertThat(window.view().getStyleClass()).contains("presentation");
        assertThat(w(l, "boundary")).as("boundary plot").isGreaterThanOrEqualTo(520);
        assertThat(h(l, "boundary")).as("boundary plot").isGreaterThanOrEqualTo(520);
        assertThat(h(l, "curves.loss") + h(l, "curves.accuracy")).as("curves").isGreaterThanOrEqualTo(240);
        insideTheWindow(l, 1280, 800);
        // canvas type: the smallest text each view draws, at its scale
        assertThat(window.view().boundary().getScale() * 13).as("boundary's smallest type").isGreaterThanOrEqualTo(18);
        assertThat(window.view().curvesPanel().curves().getFontScale() * 14 * 0.93).as("curves' smallest type")
                .isGreaterThanOrEqualTo(18);
        // every label shown in the window (bar, captions, figures, status) ≥ 18 px
        List<String> small = new ArrayList<>();
        robot.interact(() -> visibleLabels(window.view(), small));
        assertThat(small).as("labels under 18 px").isEmpty();
        // the controls shrink to the run buttons, the epoch and the lesson's few settings
        assertThat(window.view().bar().overflow()).contains("optimizer", "loss", "speed");
        assertThat(robot.lookup("#menu-bar").queryAs(Node.class).isVisible()).isFalse();
        assertThat(window.view().dataColumn().isFolded()).isTrue();
        // the curves' canvas on whole pixels: at a fractional y every line and glyph of it was resampled (blurred)
        double[] at = new double[2];
        robot.interact(() -> {
            var c = window.view().curvesPanel().curves();
            Bounds b = c.localToScene(c.getLayoutBounds());
            at[0] = b.getMinY();
            at[1] = b.getHeight();
        });
        assertThat(at[0]).as("curves' top").isEqualTo(Math.rint(at[0]));
        assertThat(at[1]).as("curves' height").isEqualTo(Math.rint(at[1]));
    }

    private static void visibleLabels(Parent p, List<String> small) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible() || n.getId() != null && n.getId().equals("network-view")) continue;
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()
                    && l.getFont().getSize() < 17.95) {
                small.add(l.getText() + " (" + l.getFont().getSize() + " px)");
            }
            if (n instanceof Parent q) visibleLabels(q, small);
        }
    }

    @Test
    void aFullHdScreenScalesTheStageUp(FxRobot robot) {
        var l = at(robot, 1920, 1050, false);
        assertThat(w(l, "boundary")).isGreaterThanOrEqualTo(600);
        assertThat(h(l, "curves.loss")).isGreaterThanOrEqualTo(160);
        assertThat(h(l, "curves.accuracy")).isGreaterThanOrEqualTo(120);
        insideTheWindow(l, 1920, 1050);
        var p = at(robot, 1920, 1080, true);
        assertThat(w(p, "boundary")).isGreaterThanOrEqualTo(680);
        assertThat(h(p, "curves.loss") + h(p, "curves.accuracy")).isGreaterThanOrEqualTo(240);
        insideTheWindow(p, 1920, 1080);
    }

    private static void insideTheWindow(Map<String, LayoutReport.Entry> l, double w, double h) {
        for (var e : l.values()) {
            if (!e.visible()) continue;
            Bounds b = e.bounds();
            assertThat(b.getMinX()).as(e.view()).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMinY()).as(e.view()).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(e.view()).isLessThanOrEqualTo(w + 0.5);
            assertThat(b.getMaxY()).as(e.view()).isLessThanOrEqualTo(h + 0.5);
        }
    }

    @Test
    void aDeepNetworkFitsTheBuilderWithoutCutLabels(FxRobot robot) {
        robot.interact(() -> model().edit(StageWindowTest::deepSpiral));
        at(robot, 1280, 770, false);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> truncated(window.view().network(), cut));
        assertThat(cut).as("labels wider than their control").isEmpty();
    }

    /** Every canvas and image sits on whole pixels: one placed between two is resampled, and its lines and type blur. */
    @Test
    void canvasesAndImagesSitOnWholePixels(FxRobot robot) {
        robot.interact(() -> model().edit(StageWindowTest::deepSpiral));
        List<String> off = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 800, 0}, {1280, 800, 1}, {1920, 1080, 1}}) {
            at(robot, size[0], size[1], size[2] == 1);
            robot.interact(() -> offPixel(window.view(), off, (int) size[0] + (size[2] == 1 ? " presentation" : "")));
        }
        assertThat(off).as("canvases and images between pixels").isEmpty();
    }

    private static void offPixel(Parent p, List<String> off, String where) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible()) continue;
            if (n instanceof javafx.scene.canvas.Canvas || n instanceof javafx.scene.image.ImageView) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                if (b.getMinX() != Math.rint(b.getMinX()) || b.getMinY() != Math.rint(b.getMinY())) {
                    off.add(where + ": " + n.getClass().getSimpleName() + " in " + n.getParent().getStyleClass() + " at "
                            + b.getMinX() + ", " + b.getMinY());
                }
            }
            if (n instanceof Parent q) offPixel(q, off, where);
        }
    }

    /** Six classes (a CSV of world regions, say): the class buttons wrap, and the data column neither widens nor cuts. */
    @Test
    void sixClassesFitTheDataColumn(FxRobot robot) {
        robot.interact(() -> model().edit(e -> e.withDataset(DatasetKind.CIRCLE)));
        at(robot, 1280, 770, false);
        double[] widths = new double[2];
        robot.interact(() -> widths[0] = window.view().dataColumn().getWidth());
        List<org.nnplay.experiment.CsvPoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) points.add(new org.nnplay.experiment.CsvPoint(i % 10, i / 10.0, i % 6));
        robot.interact(() -> model().edit(e -> e.withTraining(t -> t.withLoss(LossKind.SOFTMAX_CE))
                .withData(d -> d.toBuilder().problem(org.nnplay.data.ProblemType.CLASSIFICATION).classes(6).build()
                        .withCsv("regions.csv", points))));
        at(robot, 1280, 770, false);
        robot.interact(() -> widths[1] = window.view().dataColumn().getWidth());
        assertThat(model().currentExperiment().data().classes()).as("%s", model().noticeProperty().get()).isEqualTo(6);
        assertThat(widths[1]).as("data column with 6 classes").isEqualTo(widths[0]);
        List<String> outside = new ArrayList<>();
        robot.interact(() -> {
            Bounds column = window.view().dataColumn().localToScene(window.view().dataColumn().getLayoutBounds());
            for (int c = 0; c < 6; c++) {
                Node b = window.view().lookup("#draw-class-" + c);
                if (b == null) {
                    outside.add(c + " missing");
                    continue;
                }
                Bounds at = b.localToScene(b.getLayoutBounds());
                if (at.getMaxX() > column.getMaxX() - 10) outside.add(c + " ends at " + at.getMaxX() + " of " + column.getMaxX());
            }
        });
        assertThat(outside).as("class buttons beyond the column (its scroll bar included)").isEmpty();
    }

    /** The spiral on seven features and six hidden layers of eight: the builder at its fullest. */
    private static Experiment deepSpiral(Experiment e) {
        return e.withDataset(DatasetKind.SPIRAL)
                .withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ,
                        Feature.X1X2, Feature.SINX1, Feature.SINX2)))
                .withNetwork(n -> n.withHidden(List.of(8, 8, 8, 8, 8, 8)));
    }

    private static void truncated(Parent p, List<String> cut) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (!n.isVisible()) continue;
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                double need = TextWidth.of(l.getText(), l.getFont());
                double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset()
                        - (l.getGraphic() == null ? 0 : l.getGraphic().prefWidth(-1) + l.getGraphicTextGap());
                if (need > room + 1) cut.add(l.getText() + " needs " + Math.round(need) + " has " + Math.round(room));
            }
            if (n instanceof Parent q) truncated(q, cut);
        }
    }

    @Test
    void aDivergedRunMovesNothingAndResetClearsIt(FxRobot robot) {
        robot.interact(() -> model().replace(Experiment.defaults().withDataset(DatasetKind.PLANE)
                .withNetwork(n -> n.withHidden(List.of()))
                .withTraining(t -> t.withLoss(LossKind.MSE).withLearningRate(10)), null));
        var before = at(robot, 1280, 770, false);
        robot.interact(() -> model().play());
        waitUntil(60, () -> snapshot() != null && snapshot().state() == RunState.DIVERGED);
        robot.sleep(400);
        var diverged = layout(robot);
        for (String v : List.of("boundary", "curves.loss", "curves.accuracy", "builder")) {
            assertThat(diverged.get(v).bounds()).as(v + " after divergence").isEqualTo(before.get(v).bounds());
        }
        robot.interact(() -> window.view().statusBar().showMessage("x".repeat(2000)));
        robot.sleep(200);
        assertThat(layout(robot).get("boundary").bounds()).as("after a long message").isEqualTo(before.get("boundary").bounds());
        robot.clickOn("#reset");
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED && snapshot().epoch() == 0);
        assertThat(layout(robot).get("boundary").bounds()).isEqualTo(before.get("boundary").bounds());
        assertThat(window.view().bar().epochText()).isEqualTo("000,000");
    }

    @Test
    void hugeTinyAndMissingNumbersReadAsFigures() {
        assertThat(Numbers.figure(1e15)).isEqualTo("1.0e15");
        assertThat(Numbers.figure(Double.NaN)).isEqualTo("—");
        assertThat(Numbers.figure(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Numbers.figure(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
        assertThat(Numbers.figure(3.2e-7)).isEqualTo("3.2e−7");
        assertThat(Numbers.figure(0.051234)).isEqualTo("0.05123");
        assertThat(Numbers.figure(12345.6)).isEqualTo("12,346");
    }

    @Test
    void spacePlaysAfterAChoiceInADropDown(FxRobot robot) {
        at(robot, 1280, 770, false);
        ComboBox<?> activation = robot.lookup("#activation-choice").queryAs(ComboBox.class);
        robot.clickOn(activation);
        robot.clickOn("ReLU");
        waitUntil(5, () -> experiment().network().activation() == ActivationKind.RELU);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        waitUntil(5, () -> model().runningProperty().get());
        robot.type(KeyCode.SPACE);
        waitUntil(5, () -> !model().runningProperty().get());
        // a text field the user clicks into keeps its Space
        robot.clickOn("#seed");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().runningProperty().get()).isFalse();
    }

    @Test
    void numberKeysPutAViewOnTheStageAndEscapeLeavesPresentationWhereverTheFocusIs(FxRobot robot) {
        double normal = w(at(robot, 1280, 770, false), "boundary");
        robot.type(KeyCode.DIGIT1);
        assertThat(experiment().view().stage()).isEqualTo(StageView.BOUNDARY);
        assertThat(layout(robot).get("curves.loss").visible()).isFalse();
        assertThat(w(layout(robot), "boundary")).isGreaterThan(normal + 50);
        robot.type(KeyCode.DIGIT0);
        assertThat(experiment().view().stage()).isEqualTo(StageView.NORMAL);
        robot.doubleClickOn("#boundary-title");
        assertThat(experiment().view().stage()).isEqualTo(StageView.BOUNDARY);
        robot.type(KeyCode.DIGIT0);

        robot.type(KeyCode.F11);
        assertThat(experiment().view().presentation()).isTrue();
        robot.clickOn("#learning-rate-choice");
        robot.type(KeyCode.ESCAPE); // closes the list
        robot.type(KeyCode.ESCAPE);
        waitUntil(5, () -> !experiment().view().presentation());
        assertThat(window.view().getStyleClass()).doesNotContain("presentation");
        assertThat(robot.lookup("#menu-bar").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void theProbeReadsExactPointsAndItsReadOutStaysInsideThePlot(FxRobot robot) {
        Weights w = new Weights(List.of(new LayerWeights(new double[][] {{3}, {-2}}, new double[] {1}, null)));
        robot.interact(() -> model().replace(Experiment.defaults().withDataset(DatasetKind.GAUSS)
                .withNetwork(n -> n.withHidden(List.of())).withTraining(t -> t.withLoss(LossKind.BCE))
                .withWeights(w), null));
        at(robot, 1280, 770, false);
        waitUntil(10, () -> snapshot() != null && snapshot().weights() != null);
        robot.clickOn("#probe");
        robot.clickOn("#probe-at").write("-1, 2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        var view = window.view().boundary();
        Bounds box = robot.interact(view::probeBox) == null ? null : view.probeBox();
        assertThat(box).isNotNull();
        var f = view.frame();
        for (double[] at : new double[][] {{-1, 2}, {-5.9, 5.9}, {5.9, -5.9}, {-5.9, -5.9}, {5.9, 5.9}, {0, 0}}) {
            String[] text = {null};
            robot.interact(() -> text[0] = window.view().boundaryPanel().probe(at[0], at[1]));
            if (at[0] == -1) assertThat(text[0]).contains("0.00247");
            Bounds b = view.probeBox();
            assertThat(b.getMinX()).as("left of " + at[0] + "," + at[1]).isGreaterThanOrEqualTo(f.left());
            assertThat(b.getMaxX()).as("right of " + at[0] + "," + at[1]).isLessThanOrEqualTo(f.right());
            assertThat(b.getMinY()).isGreaterThanOrEqualTo(f.top());
            assertThat(b.getMaxY()).isLessThanOrEqualTo(f.bottom());
        }
    }

    @Test
    void theShortcutsDialogShowsEveryKey(FxRobot robot) {
        javafx.scene.control.Alert[] dialog = {null};
        robot.interact(() -> dialog[0] = KeysDialog.show(window.stage()));
        WaitForAsyncUtils.waitForFxEvents();
        var table = dialog[0].getDialogPane().lookup("#keys-table");
        var pane = dialog[0].getDialogPane();
        assertThat(((Parent) table).getChildrenUnmodifiable()).hasSize(2 * KeyBindings.KEYS.size());
        for (Node n : ((Parent) table).getChildrenUnmodifiable()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMaxY()).as(((Labeled) n).getText()).isLessThanOrEqualTo(pane.getHeight());
            assertThat(b.getMaxX()).as(((Labeled) n).getText()).isLessThanOrEqualTo(pane.getWidth());
        }
        robot.interact(() -> dialog[0].close());
    }
}
