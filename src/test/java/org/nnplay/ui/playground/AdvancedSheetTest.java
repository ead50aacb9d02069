package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.engine.nn.InitKind;
import org.nnplay.engine.optim.ScheduleKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.ui.Display;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View → Advanced settings: the schedule and the initialiser read with the course's names, and choosing one edits the experiment. */
@ExtendWith(ApplicationExtension.class)
class AdvancedSheetTest {
    private PlaygroundModel model;
    private AdvancedSheet sheet;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        model = new PlaygroundModel(Lessons.load("13-schedule-cosine-restarts"), javafx.application.Platform::runLater);
        sheet = new AdvancedSheet(model);
        Scene scene = new Scene(sheet, 520, 760);
        org.nnplay.ui.Theme.LIGHT.applyTo(scene);
        org.nnplay.ui.FxTestSupport.show(stage, scene);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> model.close());
    }

    private static void texts(Node n, java.util.List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) out.add(l.getText());
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
    }

    @Test
    void choicesShowCourseNamesNeverConstantNames(FxRobot robot) {
        ComboBox<?> schedule = robot.lookup("#advanced-learning-rate-schedule").queryAs(ComboBox.class);
        ComboBox<?> init = robot.lookup("#advanced-initialisation").queryAs(ComboBox.class);
        java.util.List<String> shown = new java.util.ArrayList<>();
        robot.interact(() -> texts(sheet, shown));

        assertThat(schedule.getButtonCell().getText()).isEqualTo("Cosine with warm restarts");
        assertThat(init.getButtonCell().getText()).isEqualTo("Uniform U(−a, a)");
        assertThat(shown).isNotEmpty().noneMatch(t -> t.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*") || t.equals("UNIFORM")
                || t.contains("softmax_ce"));
        robot.interact(() -> {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
                java.nio.file.Files.createDirectories(dir);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(sheet.snapshot(null, null), null),
                        "png", dir.resolve("advanced-sheet.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void choosingANamedScheduleEditsTheExperiment(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Object> schedule = robot.lookup("#advanced-learning-rate-schedule").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> init = robot.lookup("#advanced-initialisation").queryAs(ComboBox.class);
        robot.interact(() -> {
            schedule.setValue(ScheduleKind.WARMUP_LINEAR);
            init.setValue(InitKind.GLOROT_UNIFORM);
        });

        Experiment e = model.currentExperiment();
        assertThat(e.training().schedule().kind()).isEqualTo(ScheduleKind.WARMUP_LINEAR);
        assertThat(e.network().init()).isEqualTo(InitKind.GLOROT_UNIFORM);
        assertThat(schedule.getButtonCell().getText()).isEqualTo("Linear warm-up, then linear decay");
    }
}
