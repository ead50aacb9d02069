package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.link.Links;
import org.nnplay.experiment.link.NnplayLink;
import org.nnplay.experiment.link.PlaygroundLink;
import org.nnplay.training.Metric;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Links in the window: {@code --open LINK} at start, File → Open link…, Ctrl+V, File → Copy link and Copy as
 * TensorFlow Playground link; a run opened from a playground link trains and draws like any run.
 */
class LinksWindowTest extends WindowTestBase {
    static final String SPIRAL = "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=spiral"
            + "&learningRate=0.03&noise=10&networkShape=8,8,5&seed=0.27411&x=true&y=true&xSquared=true&ySquared=true"
            + "&xTimesY=true&sinX=true&sinY=true&learningRate_hide=true";
    static final String XOR = "#dataset=xor&seed=0.73519&noise=15&percTrainData=60";

    @Start
    void start(Stage stage) { startWindow(stage); }

    @Override
    StartOptions options() { return StartOptions.parse(List.of("--open", SPIRAL)); }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static void setClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void openFlagOpensAPlaygroundLinkWhoseRunTrainsAndDrawsLikeAnyOther(FxRobot robot) throws Exception {
        Experiment e = experiment();
        assertThat(e.compat()).isEqualTo(Compat.TF_PLAYGROUND);
        assertThat(e.network().hidden()).containsExactly(8, 8, 5);
        assertThat(e.view().hiddenControls()).containsExactly("learning-rate");
        assertThat(robot.lookup("#learning-rate").query().isVisible()).isFalse();
        for (String id : PlaygroundLink.controlIds()) {
            assertThat(window.view().controls().node(id)).as("the hide keys' control %s is in the window", id).isNotNull();
        }
        assertThat(model().noticeProperty().get().text()).startsWith("Opened a TensorFlow Playground link");
        TextField seed = robot.lookup("#seed").match((javafx.scene.Node n) -> n instanceof TextField).query();
        assertThat(seed.getText()).isEqualTo("0.27411");
        robot.interact(() -> model().play());
        waitUntil(20, () -> snapshot() != null && snapshot().epoch() >= 30 && snapshot().boundary() != null);
        robot.interact(() -> model().pause());
        var s = snapshot();
        assertThat(s.history().get(Metric.TRAIN_LOSS).size()).isGreaterThan(10);
        assertThat(s.neurons()).isNotNull();
        assertThat(model().dataProperty().get().train()).hasSize(250);
        assertThat(s.setup().data()).isSameAs(model().dataProperty().get());
        screenshot("links-spiral-playground.png");
    }

    private void screenshot(String name) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        javafx.scene.image.WritableImage shot = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> window.stage().getScene().getRoot().snapshot(null, null)).get();
        org.nnplay.ui.files.ImageExport.writePng(shot, dir.resolve(name));
    }

    @Test
    void theSeedFieldTakesThePlaygroundsSeedText(FxRobot robot) {
        var before = model().dataProperty().get();
        TextField seed = robot.lookup("#seed").match((javafx.scene.Node n) -> n instanceof TextField).query();
        robot.interact(() -> {
            seed.setText("0.5");
            seed.fireEvent(new javafx.event.ActionEvent()); // Enter
        });
        waitUntil(5, () -> "0.5".equals(experiment().playground().seed()));
        assertThat(model().dataProperty().get().train().get(0)).isNotEqualTo(before.train().get(0));
        assertThat(experiment().compat()).isEqualTo(Compat.TF_PLAYGROUND);
    }

    @Test
    void copyLinkGivesAnNnplayLinkThatPastesBackTheSameExperiment(FxRobot robot) {
        robot.interact(() -> model().edit(x -> x.withTraining(t -> t.withLearningRate(0.1)).withName("Shared")));
        Experiment before = experiment();
        robot.interact(() -> window.view().files().copyLink(false));
        String link = clipboard(robot);
        assertThat(link).startsWith(NnplayLink.PREFIX);
        robot.interact(() -> model().replace(Experiment.defaults(), null));
        robot.clickOn(window.view().boundary());
        ctrl(robot, KeyCode.V);
        waitUntil(5, () -> experiment().name().equals("Shared"));
        assertThat(experiment()).isEqualTo(before);
    }

    @Test
    void pastingAPlaygroundLinkOpensItAndCopyAsPlaygroundLinkGivesItBack(FxRobot robot) throws Exception {
        setClipboard(robot, XOR);
        robot.clickOn(window.view().boundary());
        ctrl(robot, KeyCode.V);
        waitUntil(5, () -> experiment().data().noise() == 15);
        assertThat(experiment().playground().seed()).isEqualTo("0.73519");
        robot.interact(() -> window.view().files().copyPlaygroundLink());
        String back = clipboard(robot);
        assertThat(back).startsWith(PlaygroundLink.BASE_URL).contains("&dataset=xor&", "&seed=0.73519&", "&noise=15&");
        assertThat(Links.read(back).experiment().withPlayground(null)).isEqualTo(experiment().withPlayground(null));

        robot.interact(() -> model().edit(x -> x.withTraining(t -> t.withOptimizer(OptimizerKind.ADAM))));
        setClipboard(robot, "unchanged");
        robot.interact(() -> window.view().files().copyPlaygroundLink());
        assertThat(clipboard(robot)).isEqualTo("unchanged");
        assertThat(model().noticeProperty().get().text())
                .startsWith("TensorFlow Playground cannot show this experiment: training.optimizer = adam");
    }

    @Test
    void openLinkAsksForALinkAndABadOneChangesNothing(FxRobot robot) {
        Experiment before = experiment();
        setClipboard(robot, "#seed=1&learningRate=0");
        robot.interact(() -> window.view().files().openLink());
        DialogPane ask = robot.lookup("#open-link").query();
        TextField field = robot.from(ask).lookup(".text-field").query();
        assertThat(field.getText()).isEqualTo("#seed=1&learningRate=0");
        robot.clickOn(robot.from(ask).lookup(".button").match(
                (javafx.scene.control.Button b) -> b.isDefaultButton()).queryButton());
        DialogPane error = robot.lookup("#open-error").query();
        assertThat(error.getContentText()).isEqualTo(
                "TensorFlow Playground link: learningRate = 0 is out of range: allowed (0, 10]");
        assertThat(experiment()).isEqualTo(before);

        setClipboard(robot, "no link here");
        robot.interact(() -> window.view().files().pasteLink());
        assertThat(model().noticeProperty().get().text()).startsWith("The clipboard holds no link");
        assertThat(experiment()).isEqualTo(before);
    }

    @Test
    void ctrlVInATextFieldStillPastesText(FxRobot robot) {
        Experiment before = experiment();
        setClipboard(robot, XOR);
        TextField seed = robot.lookup("#seed").match((javafx.scene.Node n) -> n instanceof TextField).query();
        robot.interact(seed::requestFocus); // as a click into it would (clicks land where the stage's layout puts it)
        ctrl(robot, KeyCode.V);
        assertThat(seed.getText()).contains(XOR);
        assertThat(experiment()).isEqualTo(before);
        robot.interact(() -> seed.setText("0.27411")); // leave no pending edit for when the window closes
    }
}
