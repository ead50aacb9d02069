package org.nnplay.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Showing a test's scene, choosing from a menu by mouse, and writing screenshots from the window tests. */
public final class FxTestSupport {
    private FxTestSupport() {}

    /**
     * Shows {@code scene} in the stage at the scene's own size, in the screen's top left corner. TestFX hands every
     * test class the same primary stage, and a window whose size a test has set keeps that size for any scene shown
     * in it later: without this, a 1280 × 800 scene would take the size the test before left (480 × 300, say) and
     * controls at its right or bottom would lie outside the window.
     */
    public static void show(Stage stage, Scene scene) {
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.sizeToScene();
    }

    /**
     * Opens a menu and clicks one of its items by mouse, as a user does: each click waits until the node is under the
     * pointer (hovered). The robot's events can reach the screen before the menu's pop-up is, on a loaded machine:
     * then the click lands on the window below, the menu closes and the item never fires.
     */
    public static void clickMenuItem(FxRobot robot, String menuQuery, String itemQuery) {
        clickWhenHovered(robot, menuQuery);
        clickWhenHovered(robot, itemQuery);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void clickWhenHovered(FxRobot robot, String query) {
        Node node = robot.lookup(query).match(NodeQueryUtils.isVisible()).query();
        if (node == null) throw new AssertionError("no visible node for " + query);
        robot.moveTo(node);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, node::isHover);
        } catch (TimeoutException e) {
            throw new AssertionError(query + " is not under the pointer after 30 s", e);
        }
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
    }

    /** Writes the image as PNG into target/screenshots (system property nnplay.screenshotDir) and returns the path. */
    public static Path writeScreenshot(Image image, String name) throws IOException {
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
