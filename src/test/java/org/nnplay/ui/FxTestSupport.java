package org.nnplay.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing screenshots from the window tests. */
public final class FxTestSupport {
    private FxTestSupport() {}

    /** Writes the image as PNG into target/screenshots (system property nnplay.screenshotDir) and returns the path. */
    public static Path writeScreenshot(Image image, String name) throws IOException {
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
