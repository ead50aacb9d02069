package org.nnplay.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.ui.Display;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ActivationGalleryTest {
    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(new ActivationGallery(), 1240, 560));
    }

    private static PixelReader plotOf(FxRobot robot, ActivationKind kind) throws Exception {
        Node card = robot.lookup("#activation-card-" + kind.key()).query();
        Canvas canvas = robot.from(card).lookup((java.util.function.Predicate<Node>) n -> n instanceof Canvas).queryAs(Canvas.class);
        return WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get().getPixelReader();
    }

    private static boolean near(PixelReader px, double x, double y, Color target) {
        for (int dx = -3; dx <= 3; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                Color c = px.getColor((int) x + dx, (int) y + dy);
                if (Math.abs(c.getRed() - target.getRed()) < 0.15 && Math.abs(c.getGreen() - target.getGreen()) < 0.15
                        && Math.abs(c.getBlue() - target.getBlue()) < 0.15) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void every_activation_has_a_card_with_its_curve_and_derivative_where_the_formula_puts_them(FxRobot robot) throws Exception {
        for (ActivationKind k : ActivationKind.values()) {
            assertThat(robot.lookup("#activation-card-" + k.key()).tryQuery()).as(k.key()).isPresent();
        }
        Color blue = Color.web("#1f6feb");
        Color red = Color.web("#d1495b");
        PixelReader relu = plotOf(robot, ActivationKind.RELU);
        double w = 210;
        double h = 150;
        assertThat(near(relu, ActivationGallery.toX(3, w), ActivationGallery.toY(3, h), blue)).as("relu(3) = 3").isTrue();
        assertThat(near(relu, ActivationGallery.toX(2, w), ActivationGallery.toY(1, h), red)).as("relu'(2) = 1").isTrue();
        PixelReader step = plotOf(robot, ActivationKind.STEP);
        assertThat(near(step, ActivationGallery.toX(2, w), ActivationGallery.toY(1, h), blue)).as("step(2) = 1").isTrue();
        assertThat(near(step, ActivationGallery.toX(2, w), ActivationGallery.toY(0, h), red)).as("step'(2) = 0").isTrue();
        assertThat(near(step, ActivationGallery.toX(2, w), ActivationGallery.toY(1, h), red)).as("no derivative of 1").isFalse();

        Node root = robot.lookup("#activation-card-sigmoid").query().getScene().getRoot();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get();
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", dir.resolve("activation-gallery.png").toFile());
    }
}
