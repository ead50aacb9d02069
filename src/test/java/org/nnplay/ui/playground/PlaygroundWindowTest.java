package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.nnplay.data.Feature;
import org.nnplay.data.Sample;
import org.nnplay.training.RunState;
import org.nnplay.training.TrainingEvent;
import org.nnplay.ui.plot.BoundaryView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import javafx.stage.Stage;

/** End-to-end flows through the real window: build, train, draw points, keys. */
class PlaygroundWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    /** A closed window has written its last autosave and shut the autosave down: a later change saves nothing. */
    @Test
    void aChangeAfterTheWindowClosedIsNotAutosaved(FxRobot robot) {
        robot.interact(window::close);
        org.assertj.core.api.Assertions.assertThatCode(() -> {
            robot.interact(() -> model().editView(v -> v.withShowTest(!v.showTest())));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }).doesNotThrowAnyException();
    }

    @Test
    void aNetworkIsBuiltByClicking(FxRobot robot) {
        robot.clickOn("#add-layer");
        assertThat(experiment().network().hidden()).containsExactly(4, 2, 2);
        robot.clickOn("#add-neuron-0");
        assertThat(experiment().network().hidden()).containsExactly(5, 2, 2);
        robot.clickOn("#remove-layer");
        assertThat(experiment().network().hidden()).containsExactly(5, 2);
        robot.clickOn("#feature-x1sq");
        assertThat(experiment().features().inputs()).containsExactly(Feature.X1, Feature.X2, Feature.X1SQ);
        waitUntil(10, () -> snapshot() != null && snapshot().setup().network().hidden().length == 2
                && snapshot().setup().network().hidden()[0] == 5 && snapshot().setup().inputs().size() == 3);
        assertThat(model().document().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).startsWith("• Untitled");
    }

    @Test
    void xorTrainsThroughTheUiAndTheBoundaryIsGreenWhereTheSignsAgree(FxRobot robot) {
        robot.clickOn("#dataset-xor");
        assertThat(model().dataProperty().get().name()).isEqualTo("Exclusive or");
        robot.clickOn("#play");
        waitUntil(90, () -> snapshot() != null && snapshot().setup().data().name().equals("Exclusive or")
                && snapshot().test().accuracy() >= 0.95 && snapshot().epoch() > 400);
        robot.clickOn("#play");
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED);
        assertThat(snapshot().test().accuracy()).isGreaterThanOrEqualTo(0.95);
        robot.sleep(200);

        BoundaryView view = window.view().boundary();
        WritableImage image = robot.interact(() -> view.snapshot(null, null)) == null ? null : fxSnapshot(robot, view);
        assertThat(quadrant(image, view, 1, 1)).as("quadrant I").isEqualTo("green");
        assertThat(quadrant(image, view, -1, 1)).as("quadrant II").isEqualTo("red");
        assertThat(quadrant(image, view, -1, -1)).as("quadrant III").isEqualTo("green");
        assertThat(quadrant(image, view, 1, -1)).as("quadrant IV").isEqualTo("red");
    }

    private static WritableImage fxSnapshot(FxRobot robot, BoundaryView view) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = view.snapshot(null, null));
        return out[0];
    }

    /** The colour that most pixels of a quadrant's inner square ([1.25, 4.25] from the origin) lean to. */
    private static String quadrant(WritableImage image, BoundaryView view, int sx, int sy) {
        PixelReader r = image.getPixelReader();
        int green = 0;
        int red = 0;
        for (double a = 1.25; a <= 4.25; a += 0.25) {
            for (double b = 1.25; b <= 4.25; b += 0.25) {
                Point2D p = view.toLocal(sx * a, sy * b);
                Color c = r.getColor((int) p.getX(), (int) p.getY());
                if (c.getGreen() > c.getRed() + 0.05) green++;
                else if (c.getRed() > c.getGreen() + 0.05) red++;
            }
        }
        return green > 2 * red ? "green" : red > 2 * green ? "red" : "mixed (" + green + " green, " + red + " red)";
    }

    @Test
    void pointsAreAddedByClickingAndRemovedByRightClicking(FxRobot robot) {
        robot.interact(() -> robot.lookup(".data-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(robot.lookup("#draw-mode .thumb-area").queryAs(javafx.scene.Node.class));
        robot.clickOn("#draw-class-0");
        BoundaryView view = window.view().boundary();
        Point2D at = view.localToScreen(view.toLocal(2, 3));
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        assertThat(experiment().data().handPoints()).singleElement()
                .satisfies(p -> {
                    assertThat(p.x1()).isCloseTo(2, org.assertj.core.data.Offset.offset(0.2));
                    assertThat(p.x2()).isCloseTo(3, org.assertj.core.data.Offset.offset(0.2));
                    assertThat(p.y()).isZero();
                    assertThat(p.train()).isTrue();
                });
        List<Sample> train = model().dataProperty().get().train();
        assertThat(train).hasSize(251);
        robot.clickOn("#draw-class-1");
        robot.moveTo(view.localToScreen(view.toLocal(-3, -1))).clickOn(MouseButton.PRIMARY);
        assertThat(experiment().data().handPoints()).hasSize(2);
        assertThat(experiment().data().handPoints().get(1).y()).isEqualTo(1);

        robot.moveTo(at).clickOn(MouseButton.SECONDARY);
        assertThat(experiment().data().handPoints()).singleElement().satisfies(p -> assertThat(p.y()).isEqualTo(1));
    }

    @Test
    void aPointPlacedWhileTrainingIsTrainedOnWithoutRestarting(FxRobot robot) {
        robot.clickOn("#play");
        waitUntil(20, () -> snapshot() != null && snapshot().state() == RunState.RUNNING && snapshot().epoch() > 3);
        long generation = snapshot().generation();
        int rows = snapshot().train().rows();
        robot.interact(() -> robot.lookup(".data-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.clickOn(robot.lookup("#draw-mode .thumb-area").queryAs(javafx.scene.Node.class));
        robot.clickOn("#draw-class-0");
        BoundaryView view = window.view().boundary();
        long epochAtClick = snapshot().epoch();
        robot.moveTo(view.localToScreen(view.toLocal(0.5, 0.5))).clickOn(MouseButton.PRIMARY);
        assertThat(experiment().data().handPoints()).hasSize(1);

        waitUntil(20, () -> snapshot().train().rows() == rows + 1 && snapshot().epoch() > epochAtClick + 5);
        assertThat(snapshot().generation()).isEqualTo(generation);
        assertThat(snapshot().state()).isEqualTo(RunState.RUNNING);
        assertThat(model().runningProperty().get()).isTrue();
        assertThat(snapshot().history().events()).extracting(TrainingEvent::kind).contains(TrainingEvent.Kind.DATA_CHANGED);
        long epoch = snapshot().epoch();
        waitUntil(20, () -> snapshot().epoch() > epoch);
        assertThat(snapshot().generation()).isEqualTo(generation);
    }

    @Test
    void probeModeShowsTheOutputAtThePointer(FxRobot robot) {
        waitUntil(10, () -> snapshot() != null);
        robot.clickOn("#probe");
        assertThat(window.view().pointTool().mode()).isEqualTo(PointTool.Mode.PROBE);
        String[] text = new String[1];
        robot.interact(() -> text[0] = window.view().boundaryPanel().probe(-1, 2));
        assertThat(text[0]).contains("x = (\u22121, 2)").contains("P(class 1)");
    }

    @Test
    void keysPlayStepAndReset(FxRobot robot) {
        waitUntil(10, () -> snapshot() != null);
        robot.clickOn("#boundary-view");
        robot.type(KeyCode.SPACE);
        assertThat(model().runningProperty().get()).isTrue();
        waitUntil(20, () -> snapshot().state() == RunState.RUNNING && snapshot().epoch() > 3);
        robot.type(KeyCode.SPACE);
        waitUntil(10, () -> snapshot().state() == RunState.PAUSED);
        long epoch = snapshot().epoch();
        robot.type(KeyCode.RIGHT);
        waitUntil(10, () -> snapshot().epoch() == epoch + 1);
        robot.type(KeyCode.R);
        waitUntil(10, () -> snapshot().epoch() == 0);
    }

    @Test
    void controlsInTheBarEditTheExperiment(FxRobot robot) {
        robot.clickOn("#learning-rate-choice").clickOn("0.3");
        assertThat(experiment().training().learningRate()).isEqualTo(0.3);
        robot.clickOn("#activation-choice").clickOn("ReLU");
        assertThat(experiment().network().activation().key()).isEqualTo("relu");
        robot.clickOn("#palette-blue-orange");
        assertThat(experiment().view().palette().key()).isEqualTo("blue_orange");
        robot.clickOn(robot.lookup("#discretize .thumb-area").queryAs(javafx.scene.Node.class));
        assertThat(experiment().view().discretize()).isTrue();
    }

    @Test
    void hiddenControlsDisappearAndComeBack(FxRobot robot) {
        robot.interact(() -> model().edit(e -> e.withView(v -> v.withHiddenControls(List.of("learning-rate", "noise")))));
        assertThat(robot.lookup("#learning-rate").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#noise").queryAs(javafx.scene.Node.class).isManaged()).isFalse();
        robot.interact(() -> model().edit(e -> e.withView(v -> v.withHiddenControls(List.of()))));
        assertThat(robot.lookup("#learning-rate").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
    }

    @Test
    void presentationModeScalesTheViewsAndIsSavedWithTheExperiment(FxRobot robot) {
        robot.clickOn("#presentation");
        assertThat(window.view().getStyleClass()).contains("presentation");
        assertThat(window.view().presentation().scale()).isBetween(Presentation.SCALE, Presentation.MAX_SCALE);
        assertThat(window.view().boundary().getScale()).isEqualTo(window.view().presentation().scale());
        assertThat(robot.lookup("#menu-bar").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(experiment().view().presentation()).isTrue();
        robot.type(KeyCode.F11);
        assertThat(window.view().getStyleClass()).doesNotContain("presentation");
        assertThat(experiment().view().presentation()).isFalse();
    }
}
