package org.nnplay.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.ui.Display;
import org.nnplay.ui.Theme;
import org.nnplay.ui.Truncation;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lesson strip over a 1280-wide stage: every lesson's text whole, 60–90 px tall, one line folded. */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTest {
    private LessonPanel panel;
    private Scene scene;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        panel = new LessonPanel();
        BorderPane root = new BorderPane(new Region());
        root.setTop(panel);
        scene = new Scene(root, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        org.nnplay.ui.FxTestSupport.show(stage, scene);
    }

    private double height(FxRobot robot) {
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        return panel.getHeight();
    }

    @Test
    void everyLessonFitsAStripOf60To90PixelsAt1280WithNothingCut(FxRobot robot) {
        for (Lesson l : Lessons.all()) {
            robot.interact(() -> panel.setLesson(l));
            double h = height(robot);

            assertThat(h).as(l.id() + " expanded").isBetween(50.0, 90.0);
            assertThat(panel.getWidth()).isEqualTo(1280);
            robot.interact(() -> assertThat(Truncation.of(scene.getRoot())).as(l.id()).isEmpty());
            assertThat(panel.descriptionLabel().getText()).isEqualTo(l.description());
            assertThat(panel.lookLabel().getText()).contains(l.look());
            assertThat(panel.titleLabel().getText()).contains(l.title()).contains("Scene " + l.scene());
        }
    }

    @Test
    void foldingLeavesOneLineAndTheToggleBringsTheTextBack(FxRobot robot) {
        robot.interact(() -> panel.setLesson(Lessons.get("12-overfitting")));
        double open = height(robot);
        robot.clickOn("#lesson-toggle");
        double folded = height(robot);

        assertThat(panel.isExpanded()).isFalse();
        assertThat(folded).isLessThan(36).isLessThan(open / 2);
        assertThat(panel.descriptionLabel().isVisible()).isFalse();
        robot.clickOn("#lesson-toggle");
        assertThat(height(robot)).isEqualTo(open);
    }

    @Test
    void presentationTypeIsLargerAndStillWhole(FxRobot robot) throws Exception {
        robot.interact(() -> panel.setLesson(Lessons.get("12-overfitting")));
        double normal = height(robot);
        double font = panel.descriptionLabel().getFont().getSize();
        robot.interact(() -> panel.setFontScale(1.4));
        double large = height(robot);

        assertThat(panel.descriptionLabel().getFont().getSize()).isCloseTo(font * 1.4, org.assertj.core.data.Offset.offset(0.2));
        assertThat(panel.descriptionLabel().getFont().getSize()).isGreaterThanOrEqualTo(18);
        assertThat(large).isGreaterThan(normal);
        robot.interact(() -> assertThat(Truncation.of(scene.getRoot())).isEmpty());
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> panel.snapshot(null, null)).get();
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", dir.resolve("lesson-panel-presentation.png").toFile());
        robot.interact(() -> panel.setFontScale(1));
        WritableImage normalShot = WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().layout();
            return panel.snapshot(null, null);
        }).get();
        ImageIO.write(SwingFXUtils.fromFXImage(normalShot, null), "png", dir.resolve("lesson-panel.png").toFile());
    }

    @Test
    void noLessonHidesThePanelAndItTakesNoRoom(FxRobot robot) {
        robot.interact(() -> panel.setLesson(Lessons.get("01-perceptron")));
        assertThat(height(robot)).isPositive();
        robot.interact(() -> panel.setLesson(null));
        height(robot);

        assertThat(panel.isVisible()).isFalse();
        assertThat(panel.isManaged()).isFalse();
        assertThat(panel.getLesson()).isNull();
    }
}
