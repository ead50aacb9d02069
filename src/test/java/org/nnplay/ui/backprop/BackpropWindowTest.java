package org.nnplay.ui.backprop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.ui.Display;
import org.nnplay.ui.Theme;
import org.nnplay.ui.files.ImageExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The backpropagation window in a real window: stepped by its buttons and keys, read off the screen. */
@ExtendWith(ApplicationExtension.class)
class BackpropWindowTest {
    private static final Path DIR = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
    private Scene scene;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new BackpropView(), 1600, 960);
        Theme.LIGHT.applyTo(scene);
        org.nnplay.ui.FxTestSupport.show(stage, scene);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void stepping_the_chain_rule_example_with_the_buttons_shows_the_lecture_numbers(FxRobot robot) throws Exception {
        assertThat(text(robot, "#bp-value-f")).isEqualTo("?");
        assertThat(disabled(robot, "#bp-backward")).as("no backward step before the forward pass").isTrue();
        robot.clickOn("#bp-forward");
        assertThat(text(robot, "#bp-caption")).isEqualTo("q = x + y = −2 + 5 = 3");
        assertThat(text(robot, "#bp-value-q")).isEqualTo("3");
        assertThat(disabled(robot, "#bp-backward")).isTrue();
        robot.clickOn("#bp-forward");
        assertThat(text(robot, "#bp-value-f")).isEqualTo("−12");
        assertThat(disabled(robot, "#bp-forward")).isTrue();
        assertThat(disabled(robot, "#bp-backward")).isFalse();

        robot.clickOn("#bp-backward");
        assertThat(text(robot, "#bp-grad-f")).isEqualTo("1");
        assertThat(text(robot, "#bp-grad-x")).isEqualTo("?");
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#bp-backward");
        }
        assertThat(text(robot, "#bp-grad-x")).isEqualTo("−4");
        assertThat(text(robot, "#bp-grad-y")).isEqualTo("−4");
        assertThat(text(robot, "#bp-grad-z")).isEqualTo("3");
        assertThat(text(robot, "#bp-grad-q")).isEqualTo("−4");
        assertThat(text(robot, "#bp-value-f")).isEqualTo("−12");
        Node edge = robot.lookup("#bp-edge-x-q").query();
        assertThat(robot.from(edge).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("∂f/∂q · ∂q/∂x", "−4 · 1 = −4");
        assertThat(text(robot, "#bp-caption")).as("x is the last node reached").isEqualTo("∂f/∂x = ∂f/∂q · ∂q/∂x = −4 · 1 = −4");
        assertThat(disabled(robot, "#bp-backward")).as("every gradient known").isTrue();
        shoot(robot, "backprop-chain.png");
    }

    @Test
    void keys_step_undo_and_reset(FxRobot robot) {
        robot.clickOn("#bp-graph-chain");
        robot.type(KeyCode.RIGHT, 3);
        assertThat(text(robot, "#bp-grad-f")).isEqualTo("1");
        assertThat(text(robot, "#bp-progress")).isEqualTo("forward 2/2 · backward 1/5");
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#bp-grad-f")).isEqualTo("?");
        assertThat(text(robot, "#bp-value-f")).isEqualTo("−12");
        robot.type(KeyCode.R);
        assertThat(text(robot, "#bp-value-f")).isEqualTo("?");
        assertThat(text(robot, "#bp-progress")).isEqualTo("forward 0/2 · backward 0/5");
    }

    @Test
    void bad_input_is_refused_next_to_the_field_and_the_old_value_kept(FxRobot robot) {
        robot.type(KeyCode.RIGHT, 2);
        robot.doubleClickOn("#bp-field-x").eraseText(4).write("abc").type(KeyCode.ENTER);
        Label error = robot.lookup("#bp-error-x").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("“abc” is not a number").contains("still −2");
        assertThat(text(robot, "#bp-value-f")).isEqualTo("−12");

        TextField x = robot.lookup("#bp-field-x").queryAs(TextField.class);
        robot.interact(() -> x.setText("−3"));
        robot.clickOn("#bp-field-x").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
        assertThat(text(robot, "#bp-value-x")).isEqualTo("−3");
        assertThat(text(robot, "#bp-value-f")).as("(−3 + 5)·(−4), replayed to the same step").isEqualTo("−8");
    }

    @Test
    void the_net_mid_backward_pass_then_an_sgd_step(FxRobot robot) throws Exception {
        robot.clickOn("#bp-graph-net");
        assertThat(robot.lookup("#bp-sgd").queryAs(Button.class).isVisible()).isTrue();
        assertThat(disabled(robot, "#bp-sgd")).isTrue();
        robot.type(KeyCode.RIGHT, 5);
        assertThat(text(robot, "#bp-caption")).isEqualTo("z1 = x1w1 + x2w3 = 0.1 + 0.15 = 0.25");
        shoot(robot, "backprop-net-forward.png");
        // the rest of the forward pass, then E, y−ŷ, y, ŷ, h2w6, h1w5, h2, w6, w5, h1, z2 and z1 (column by column)
        robot.type(KeyCode.RIGHT, 13 - 5 + 12);
        assertThat(text(robot, "#bp-value-E")).isEqualTo("0.1294");
        assertThat(text(robot, "#bp-grad-w6")).isNotEqualTo("?");
        assertThat(text(robot, "#bp-grad-x1")).isEqualTo("?");
        assertThat(text(robot, "#bp-caption")).startsWith("∂E/∂z1 = ∂E/∂h1 · ∂h1/∂z1 = ");
        assertThat(text(robot, "#bp-why")).contains("h1(1 − h1)");
        shoot(robot, "backprop-net.png");
        robot.interact(() -> Theme.DARK.applyTo(scene));
        shoot(robot, "backprop-net-dark.png");
        robot.interact(() -> Theme.LIGHT.applyTo(scene));
        robot.interact(() -> resize(1280, 800)); // a common projector
        shoot(robot, "backprop-net-1280.png");
        robot.interact(() -> resize(1600, 960));

        robot.clickOn("#bp-run-all");
        assertThat(disabled(robot, "#bp-sgd")).isFalse();
        String w5Grad = text(robot, "#bp-grad-w5");
        robot.clickOn("#bp-sgd");
        assertThat(text(robot, "#bp-sgd-w5")).startsWith("w5: 0.5 → ");
        assertThat(text(robot, "#bp-value-w5")).isNotEqualTo("0.5");
        assertThat(w5Grad).as("w5 too small: E falls as it grows").startsWith("−");
        assertThat(text(robot, "#bp-value-E")).as("a new forward pass is needed").isEqualTo("?");
        robot.clickOn("#bp-run-all");
        shoot(robot, "backprop-net-after-sgd.png");
    }

    @Test
    void the_help_menu_window_opens_once_and_wears_the_playgrounds_theme(FxRobot robot) {
        Node owner = robot.lookup("#bp-caption").query();
        robot.interact(() -> BackpropWindow.show(owner));
        robot.interact(() -> BackpropWindow.show(owner));
        List<Window> open = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage st && st.getTitle() != null && st.getTitle().contains("Backpropagation"))
                .toList();
        assertThat(open).as("one window, brought to the front the second time").hasSize(1);
        Scene shown = open.get(0).getScene();
        assertThat(shown.getStylesheets()).containsExactlyElementsOf(scene.getStylesheets());
        robot.interact(() -> Theme.DARK.applyTo(scene));
        assertThat(shown.getStylesheets()).as("follows a theme change").contains(Theme.DARK.stylesheet())
                .doesNotContain(Theme.LIGHT.stylesheet());
        robot.interact(() -> ((Stage) open.get(0)).close());
    }

    private void resize(double w, double h) {
        scene.getWindow().setWidth(w + scene.getWindow().getWidth() - scene.getWidth());
        scene.getWindow().setHeight(h + scene.getWindow().getHeight() - scene.getHeight());
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        robot.sleep(300);
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = scene.snapshot(null));
        Files.createDirectories(DIR);
        ImageExport.writePng(img[0], DIR.resolve(name));
        assertThat(DIR.resolve(name)).exists();
    }
}
