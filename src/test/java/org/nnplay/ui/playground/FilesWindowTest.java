package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.experiment.ExperimentIO;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Files through the menus, with the file chooser faked: save, reopen, corrupt files, exports, lessons. */
class FilesWindowTest extends WindowTestBase {
    @TempDir Path dir;

    @Start
    void start(Stage stage) { startWindow(stage); }

    private void menu(FxRobot robot, String... path) { menuPath(robot, path); }

    /** Clicks through a menu path ("File", "Export", "Data as CSV…") as a user does. */
    static void menuPath(FxRobot robot, String... path) {
        javafx.geometry.Point2D last = null;
        for (int i = 0; i < path.length; i++) {
            javafx.scene.Node n = shown(robot, path[i]);
            javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
            if (last != null && i == path.length - 1 && path.length > 2) {
                robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 20, last.getY())); // stay on the submenu's row
            }
            last = new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
            if (i > 0 && i < path.length - 1) robot.moveTo(n);
            else robot.clickOn(n);
        }
    }

    /** The node with this text in a window that is showing (menus leave hidden copies behind). */
    static javafx.scene.Node shown(FxRobot robot, String text) {
        return robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText(text))
                .match((javafx.scene.Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.isVisible())
                .query();
    }

    @Test
    void savedThenReopenedThroughTheMenusBringsTheExperimentBack(FxRobot robot) throws Exception {
        robot.interact(() -> model().edit(e -> e.withTraining(t -> t.withLearningRate(0.1)).withName("Saved one")));
        Path file = dir.resolve("mine.json");
        chooser.answer(file);
        menu(robot, "File", "Save as…");
        assertThat(file).exists();
        assertThat(new ExperimentIO().read(file).experiment().training().learningRate()).isEqualTo(0.1);
        assertThat(model().document().isDirty()).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("mine.json — NNPlay");

        robot.interact(() -> model().edit(e -> e.withTraining(t -> t.withLearningRate(3))));
        assertThat(window.stage().getTitle()).startsWith("•");
        chooser.answer(file);
        menu(robot, "File", "Open…");
        assertThat(experiment().training().learningRate()).isEqualTo(0.1);
        assertThat(experiment().name()).isEqualTo("Saved one");
        assertThat(model().document().file()).isEqualTo(file);
        assertThat(window.view().files().recent().files()).first().isEqualTo(file.toAbsolutePath().normalize());
    }

    @Test
    void ctrlSSavesToTheDocumentsFileWithoutAsking(FxRobot robot) {
        Path file = dir.resolve("quick.json");
        chooser.answer(file);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(file).exists();
        robot.interact(() -> model().edit(e -> e.withSeed(99)));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(chooser.asked).hasSize(1);
        assertThat(model().document().isDirty()).isFalse();
    }

    @Test
    void aCorruptFileShowsWhatIsWrongAndTheExperimentStays(FxRobot robot) throws Exception {
        robot.interact(() -> model().edit(e -> e.withSeed(4242)));
        var before = experiment();
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, """
                {
                  "format": "nnplay-experiment",
                  "version": 1,
                  "data": { "dataset": "circle", "noise": 500 }
                }
                """);
        chooser.answer(bad);
        menu(robot, "File", "Open…");
        DialogPane error = robot.lookup("#open-error").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).contains("broken.json");
        assertThat(error.getContentText()).contains("broken.json").contains("line 4").contains("data.noise");
        assertThat(experiment()).isSameAs(before);
        assertThat(model().document().file()).isNull();
        robot.clickOn("OK");
    }

    @Test
    void aLessonOpensFromTheLessonsMenu(FxRobot robot) {
        menu(robot, "Lessons", "Scene 4 — Will I pass this class?");
        assertThat(experiment().data().dataset().key()).isEqualTo("pass");
        assertThat(window.view().boundary().getData().x1Label()).containsIgnoringCase("lecture");
    }

    @Test
    void theBoundaryAndTheCurvesExport(FxRobot robot) throws Exception {
        Path png = dir.resolve("boundary.png");
        Path csv = dir.resolve("curves.csv");
        robot.interact(() -> model().stepEpoch());
        waitUntil(10, () -> snapshot() != null && snapshot().epoch() >= 1);
        chooser.answer(png);
        menu(robot, "File", "Export", "Decision boundary as PNG…");
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(5_000);
        waitUntil(5, () -> window.view().curvesPanel().curves().getHistory().series().size() > 0);
        chooser.answer(csv);
        menu(robot, "File", "Export", "Learning curves as CSV…");
        assertThat(Files.readString(csv)).startsWith("epoch_from,epoch_to");
    }

    @Test
    void theDataThePredictionsAndAPyTorchScriptExport(FxRobot robot) throws Exception {
        Path data = dir.resolve("data.csv");
        Path predictions = dir.resolve("predictions.csv");
        Path script = dir.resolve("experiment.py");
        robot.interact(() -> model().stepEpoch());
        waitUntil(10, () -> snapshot() != null && snapshot().epoch() >= 1);
        chooser.answer(data);
        menu(robot, "File", "Export", "Data as CSV…");
        assertThat(Files.readAllLines(data)).hasSize(501).first().asString().startsWith("x1,x2,label");
        chooser.answer(predictions);
        menu(robot, "File", "Export", "Data with predictions as CSV…");
        assertThat(Files.readAllLines(predictions)).hasSize(501).first().asString().endsWith("prediction");
        chooser.answer(script);
        menu(robot, "File", "Export", "As a PyTorch script…");
        assertThat(Files.readString(script)).contains("nn.Sequential(").contains("optimizer.step()");
    }

    @Test
    void pointsImportFromCsvAndABadFileKeepsTheData(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,label\n1,2,0\n3,oops,1\n");
        var before = experiment();
        chooser.answer(bad);
        menu(robot, "File", "Import points from CSV…");
        waitUntil(5, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String shown = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(shown).contains("bad.csv").contains("3").contains("oops");
        robot.interact(() -> robot.lookup(".dialog-pane").query().getScene().getWindow().hide());
        assertThat(experiment()).isEqualTo(before);

        Path good = dir.resolve("good.csv");
        StringBuilder sb = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 40; i++) sb.append(i % 8 - 4).append(',').append(i / 8 - 2).append(',').append(i % 2).append('\n');
        Files.writeString(good, sb);
        chooser.answer(good);
        menu(robot, "File", "Import points from CSV…");
        waitUntil(5, () -> experiment().data().csvPoints() != null);
        assertThat(experiment().data().csvPoints()).hasSize(40);
        assertThat(experiment().data().csvName()).isEqualTo("good.csv");
    }
}
