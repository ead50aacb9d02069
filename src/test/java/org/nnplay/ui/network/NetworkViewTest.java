package org.nnplay.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.data.Feature;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.ui.Display;
import org.nnplay.ui.network.NetworkLayout.Box;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The network builder end to end: the default experiment (x1, x2; hidden 4, 2) and a synthetic snapshot. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private NetworkView view;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        view = new NetworkView();
        view.setEditor(new NetworkEditor() {
            @Override public void toggleFeature(Feature f) { calls.add("toggleFeature(" + f.key() + ")"); }
            @Override public void setHidden(List<Integer> sizes) { calls.add("setHidden" + sizes); }
            @Override public void setLayerActivation(int l, ActivationKind k) { calls.add("activation(" + l + "," + k.key() + ")"); }
            @Override public void setWeight(int l, int f, int t, double v) { calls.add("setWeight(" + l + "," + f + "," + t + "," + v + ")"); }
            @Override public void setBias(int l, int n, double v) { calls.add("setBias(" + l + "," + n + "," + v + ")"); }
            @Override public void hoverNeuron(int l, int n) { calls.add("hover(" + l + "," + n + ")"); }
            @Override public void hoverEnd() { calls.add("hoverEnd"); }
        });
        view.setExperiment(Experiment.defaults());
        view.setSnapshot(NetworkFixtures.snapshot(1, 2, 4, 2, 1));
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(view, 1100, 700));
    }

    private Point2D screen(double x, double y) {
        return view.canvas().localToScreen(x, y);
    }

    /** A point 30% along a link, where no other link of the default network crosses it. */
    private Point2D onLink(int layer, int from, int to) {
        double[] e = view.currentLayout().link(layer, from, to), p = new double[2];
        NetworkLayout.curvePoint(e, 0.3, p);
        return screen(p[0], p[1]);
    }

    /** Issue 13: a 10-layer network showed "Tanl"; every activation now reads whole, however narrow its column. */
    @Test
    void tenLayersOfEveryActivationShowWholeNamesEvenInABuilderOf540(FxRobot robot) {
        List<ActivationKind> kinds = List.of(ActivationKind.SIGMOID, ActivationKind.TANH, ActivationKind.LEAKY_RELU,
                ActivationKind.SOFTPLUS, ActivationKind.STEP, ActivationKind.LINEAR, ActivationKind.RELU,
                ActivationKind.GELU, ActivationKind.SILU, ActivationKind.ELU);
        Experiment deep = Experiment.defaults().withNetwork(n -> n.withHidden(java.util.Collections.nCopies(10, 8))
                .withLayerActivations(kinds));
        for (double[] size : new double[][] {{1100, 700}, {540, 330}, {480, 300}}) {
            robot.interact(() -> {
                view.setExperiment(deep);
                view.setSnapshot(NetworkFixtures.snapshot(1, 2, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1));
                view.getScene().getWindow().setWidth(size[0]);
                view.getScene().getWindow().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                assertThat(org.nnplay.ui.Truncation.of(view)).as(size[0] + " wide").isEmpty();
                int shortened = 0;
                for (int l = 0; l < kinds.size(); l++) {
                    ComboBox<?> combo = robot.lookup("#activation-" + l).queryAs(ComboBox.class);
                    javafx.scene.control.ListCell<?> cell = combo.getButtonCell();
                    assertThat(org.nnplay.ui.Formulas.shortNames(kinds.get(l))).as(size[0] + " layer " + l)
                            .contains(cell.getText());
                    if (!cell.getText().equals(org.nnplay.ui.Formulas.name(kinds.get(l)))) shortened++;
                }
                if (size[0] < 500) assertThat(shortened).as("narrow columns use the shorter names").isPositive();
            });
        }
    }

    @Test
    void addLayerReportsTheWidthsWithANewLayerOfTwo(FxRobot robot) {
        robot.clickOn("#add-layer");
        assertThat(calls).contains("setHidden[4, 2, 2]");
    }

    @Test
    void neuronButtonsReportTheChangedWidth(FxRobot robot) {
        robot.clickOn("#add-neuron-0");
        robot.clickOn("#remove-neuron-1");
        assertThat(calls).containsSubsequence("setHidden[5, 2]", "setHidden[4, 1]");
    }

    @Test
    void buttonsAreDisabledAtTheLimits(FxRobot robot) {
        Experiment e = Experiment.defaults().withNetwork(n -> n.withHidden(List.of(32, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        robot.interact(() -> view.setExperiment(e));
        assertThat(robot.lookup("#add-layer").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#add-neuron-0").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#remove-neuron-1").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#remove-layer").queryButton().isDisabled()).isFalse();
    }

    @Test
    void clickingAFeatureTileTogglesTheFeature(FxRobot robot) {
        robot.clickOn("#feature-x1sq");
        robot.clickOn("#feature-x2");
        assertThat(calls).containsSubsequence("toggleFeature(x1sq)", "toggleFeature(x2)");
        assertThat(robot.lookup("#feature-x1sq").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("the tile shows the experiment, which the owner has not changed").isFalse();
    }

    @Test
    void choosingAnActivationReportsIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ActivationKind> combo = robot.lookup("#activation-1").queryAs(ComboBox.class);
        assertThat(combo.getValue()).isEqualTo(ActivationKind.TANH);
        robot.interact(() -> combo.setValue(ActivationKind.RELU));
        assertThat(calls).contains("activation(1,relu)");
    }

    @Test
    void typingAWeightOnALinkAppliesIt(FxRobot robot) {
        robot.clickOn(onLink(0, 1, 2));
        robot.write("1.5").type(KeyCode.ENTER);
        assertThat(calls).contains("setWeight(0,1,2,1.5)");
        assertThat(robot.lookup(".weight-editor").query().isVisible()).isFalse();
    }

    @Test
    void invalidTextIsMarkedAndNotApplied(FxRobot robot) {
        robot.clickOn(onLink(1, 3, 0));
        robot.write("abc").type(KeyCode.ENTER);
        TextField field = robot.lookup("#weight-editor-field").queryAs(TextField.class);
        assertThat(field.getStyleClass()).contains("error");
        Node card = robot.lookup(".weight-editor").query();
        assertThat(card.isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(card.isVisible()).isFalse();
        assertThat(calls).noneMatch(c -> c.startsWith("setWeight"));
    }

    @Test
    void typingABiasAppliesIt(FxRobot robot) {
        Box b = view.currentLayout().bias(0, 2);
        robot.clickOn(screen(b.cx(), b.cy()));
        robot.write("-0.5").type(KeyCode.ENTER);
        assertThat(calls).contains("setBias(0,2,-0.5)");
    }

    @Test
    void hoveringANeuronReportsItAndLeavingEndsIt(FxRobot robot) {
        Box n = view.currentLayout().neuron(2, 1);
        robot.moveTo(screen(n.cx(), n.cy()));
        robot.moveTo(screen(n.cx(), view.currentLayout().nodesTop() - 10));
        assertThat(calls).containsSubsequence("hover(2,1)", "hoverEnd");
    }

    @Test
    void hoveringALinkShowsItsValue(FxRobot robot) {
        robot.moveTo(onLink(0, 0, 1));
        double w = NetworkFixtures.weights(2, 4, 2, 1).layers().get(0).weight(0, 1);
        assertThat(robot.lookup(".hover-label").queryLabeled().getText())
                .isEqualTo("w = " + WeightEditor.format(w) + ", from X₁ to h1,2");
    }

    @Test
    void thumbnailsAreGreenWherePositiveAndRedWhereNegative(FxRobot robot) throws Exception {
        // neuron (1, 0) of the fixture is tanh(x1): negative on the left of the plane, positive on the right
        Box b = view.currentLayout().neuron(1, 0);
        Image img = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();
        PixelReader px = img.getPixelReader();
        Color left = px.getColor((int) (b.x() + b.size() * 0.15), (int) b.cy());
        Color right = px.getColor((int) (b.x() + b.size() * 0.85), (int) b.cy());
        assertThat(left.getRed()).isGreaterThan(left.getGreen() + 0.3);
        assertThat(right.getGreen()).isGreaterThan(right.getRed() + 0.3);
    }

    @Test
    void aSnapshotWithTheSameSequenceIsNotRedrawn(FxRobot robot) throws Exception {
        Box b = view.currentLayout().neuron(1, 0);
        // same sequence, grids of the opposite sign: must be ignored
        var flipped = NetworkFixtures.grids(40, 2, 4, 2, 1);
        for (double[] layer : flipped.layers()) {
            for (int i = 0; i < layer.length; i++) layer[i] = -layer[i];
        }
        robot.interact(() -> view.setSnapshot(NetworkFixtures.snapshot(1, NetworkFixtures.weights(2, 4, 2, 1), flipped)));
        Color left = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get().getPixelReader()
                .getColor((int) (b.x() + b.size() * 0.15), (int) b.cy());
        assertThat(left.getRed()).isGreaterThan(left.getGreen());
        robot.interact(() -> view.setSnapshot(NetworkFixtures.snapshot(2, NetworkFixtures.weights(2, 4, 2, 1), flipped)));
        left = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get().getPixelReader()
                .getColor((int) (b.x() + b.size() * 0.15), (int) b.cy());
        assertThat(left.getGreen()).isGreaterThan(left.getRed());
    }

    @Test
    void writesScreenshots(FxRobot robot) throws Exception {
        save(robot, "network-view.png");
        robot.moveTo(onLink(0, 0, 1));
        save(robot, "network-view-hover.png");
        Box b = view.currentLayout().bias(1, 0);
        robot.clickOn(screen(b.cx(), b.cy())).write("0.25x");
        robot.type(KeyCode.ENTER);
        save(robot, "network-view-edit.png");
        robot.type(KeyCode.ESCAPE);
        Experiment deep = Experiment.defaults()
                .withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ, Feature.SINX1)))
                .withNetwork(n -> n.withHidden(List.of(8, 8, 6, 6, 4, 2)));
        robot.interact(() -> {
            view.setExperiment(deep);
            view.setSnapshot(NetworkFixtures.snapshot(3, 5, 8, 8, 6, 6, 4, 2, 1));
        });
        save(robot, "network-view-deep.png");
        robot.interact(() -> {
            view.setExperiment(Experiment.defaults().withNetwork(n -> n.withHidden(java.util.Collections.nCopies(10, 32))));
            view.setSnapshot(NetworkFixtures.snapshot(4, 2, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 1));
            view.getScene().getWindow().setHeight(1000);
            view.getScene().getWindow().setWidth(1600);
        });
        save(robot, "network-view-max.png");
        robot.interact(() -> {
            view.setExperiment(Experiment.defaults());
            view.setSnapshot(NetworkFixtures.snapshot(5, 2, 4, 2, 1));
            view.setScale(1.5);
            view.setColorScale(ColorScale.ORANGE_BLUE);
        });
        save(robot, "network-view-presentation.png");
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = WaitForAsyncUtils.asyncFx(() -> view.getScene().snapshot(null)).get();
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name).toFile());
    }

}
