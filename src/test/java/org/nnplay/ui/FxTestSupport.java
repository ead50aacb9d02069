package org.nnplay.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.nnplay.ui.playground.PlaygroundWindow;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Showing a test's scene, choosing from its menu bar, and writing screenshots from the window tests. */
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
     * Gives the shared primary stage the state of a new one before a playground window opens in it: not maximised,
     * not full screen, at the screen's corner, the playground's own size. A test before may have left it 1920 × 1080
     * (the stage tests), larger than the 1600 × 1000 screen: the window keeps a size a test has set, so its right side
     * lay off the screen and a click on a control there (the boundary's palette buttons) moved the pointer to the
     * screen's edge instead.
     */
    public static void resetStage(Stage stage) {
        stage.setScene(null); // the last test's window, closed, is not resized with it
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(PlaygroundWindow.WIDTH);
        stage.setHeight(PlaygroundWindow.HEIGHT);
    }

    /**
     * Chooses an item of a window's menu bar as a click on it does: the item (by id) of the menu (by id or text) is
     * fired, a check item toggled first, once a user could click it (shown, enabled). Not by mouse: under X with no
     * window manager (Xvfb in CI) the keyboard focus falls back to the root window whenever another window closes,
     * and then the pointer moving from the window into the menu's pop-up takes the window's focus; JavaFX hides the
     * pop-up at once (a focus ungrab) and the click never reaches the item. Which tests ran before decided it.
     */
    public static void chooseMenuItem(FxRobot robot, Window window, String menu, String itemId) {
        MenuItem[] found = new MenuItem[1];
        robot.interact(() -> {
            MenuBar bar = (MenuBar) window.getScene().getRoot().lookup(".menu-bar");
            Menu m = bar.getMenus().stream().filter(x -> menu.equals(x.getId()) || menu.equals(x.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu " + menu));
            found[0] = m.getItems().stream().filter(x -> itemId.equals(x.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + itemId + " in the menu " + menu));
        });
        MenuItem item = found[0];
        if (!item.isVisible() || item.isDisable()) throw new AssertionError(itemId + " cannot be clicked");
        robot.interact(() -> {
            if (item instanceof CheckMenuItem check) check.setSelected(!check.isSelected()); // as a click does
            item.fire();
        });
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
