package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nnplay.ui.files.ImageExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Help → Backpropagation, step by step opens the scene-9 window over the playground, in the playground's theme. */
class BackpropMenuTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @Test
    void the_help_menu_opens_the_backprop_window(FxRobot robot) throws Exception {
        org.nnplay.ui.FxTestSupport.chooseMenuItem(robot, window.stage(), "Help", "menu-backprop");
        Window shown = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("Backpropagation"))
                .findFirst().orElseThrow();
        assertThat(((Stage) shown).getOwner()).isSameAs(window.stage());
        assertThat(shown.getScene().getStylesheets()).containsAll(window.stage().getScene().getStylesheets());
        Label caption = robot.from(shown.getScene().getRoot()).lookup("#bp-caption").queryAs(Label.class);
        assertThat(caption.getText()).contains("Step forward");
        robot.interact(() -> {
            shown.setWidth(1600);
            shown.setHeight(960);
        });
        robot.clickOn(robot.from(shown.getScene().getRoot()).lookup("#bp-graph-net").queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.RIGHT, 13 + 12);
        assertThat(caption.getText()).startsWith("∂E/∂z1 = ");
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = shown.getScene().snapshot(null));
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageExport.writePng(img[0], dir.resolve("backprop-from-menu.png"));
    }
}
