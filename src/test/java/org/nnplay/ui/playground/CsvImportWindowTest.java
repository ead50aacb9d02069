package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.engine.nn.LossKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Real data through File → Import: names, units and classes reach the legend, the axes and the probe, and default
 * settings learn them; a file with more columns asks which to take; a data set switch says its loss change.
 */
class CsvImportWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    private static Path corpus(String file) throws Exception {
        return Path.of(CsvImportWindowTest.class.getResource("/csv-corpus/" + file).toURI());
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void threeNamedSpeciesInMillimetresImportTrainWithDefaultsAndShowTheirNames(FxRobot robot) throws Exception {
        chooser.answer(corpus("penguins-na.csv"));
        FilesWindowTest.menuPath(robot, "File", "Import points from CSV…");
        waitUntil(5, () -> experiment().data().fromCsv());
        assertThat(experiment().training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        assertThat(status(robot)).startsWith("Imported 88 points from penguins-na.csv: 3 classes (Adelie, Gentoo,"
                + " Chinstrap)");
        var boundary = window.view().boundary();
        assertThat(boundary.getData().x1Label()).isEqualTo("bill_length_mm");
        assertThat(boundary.getData().x2Label()).isEqualTo("bill_depth_mm");
        assertThat(boundary.domain().x1Min()).as("the axes stay in millimetres").isGreaterThan(25);

        robot.interact(() -> model().play());
        waitUntil(60, () -> snapshot() != null && snapshot().epoch() >= 300);
        robot.interact(() -> model().pause());
        assertThat(snapshot().test().accuracy()).as("default settings learn the species").isGreaterThan(0.8);
        waitUntil(5, () -> boundary.legendNames().size() == 3);
        assertThat(boundary.legendNames()).containsExactly("Adelie", "Gentoo", "Chinstrap");
        robot.sleep(300);
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = boundary.snapshot(null, null));
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        org.nnplay.ui.files.ImageExport.writePng(img[0], dir.resolve("csv-import-penguins.png"));
    }

    @Test
    void aFileWithMoreColumnsAsksWhichToTake(FxRobot robot) throws Exception {
        chooser.answer(corpus("many-columns.csv"));
        FilesWindowTest.menuPath(robot, "File", "Import points from CSV…");
        waitUntil(5, () -> robot.lookup("#import-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#import-dialog").queryAs(DialogPane.class);
        assertThat(robot.lookup("#import-meaning").queryAs(Label.class).getText())
                .isEqualTo("Label species: 3 classes (Adelie, Gentoo, Chinstrap).");
        robot.interact(() -> {
            robot.lookup("#import-x1").queryAs(ComboBox.class).setValue("bill_length_mm");
            @SuppressWarnings("unchecked") ComboBox<String> x2 = robot.lookup("#import-x2").queryAs(ComboBox.class);
            x2.setValue("bill_depth_mm");
        });
        robot.clickOn((javafx.scene.Node) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(5, () -> experiment().data().fromCsv());
        assertThat(experiment().data().names().x1()).isEqualTo("bill_length_mm");
        assertThat(experiment().data().names().x2()).isEqualTo("bill_depth_mm");
        assertThat(experiment().data().names().classes()).containsExactly("Adelie", "Gentoo", "Chinstrap");
    }

    @Test
    void switchingFromBlobsToCircleSaysTheLossChangeInTheStatusBar(FxRobot robot) {
        robot.interact(() -> model().edit(e -> e.withDataset(DatasetKind.BLOBS)));
        assertThat(experiment().training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        robot.interact(() -> model().edit(e -> e.withDataset(DatasetKind.CIRCLE)));
        assertThat(experiment().training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThat(experiment().outputs()).isEqualTo(1);
        assertThat(status(robot)).isEqualTo("Loss: " + Formulas.name(LossKind.SOFTMAX_CE) + " → "
                + Formulas.name(LossKind.HALF_SQUARED) + ", the default for 2 classes.");
    }
}
