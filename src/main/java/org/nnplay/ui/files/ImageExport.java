package org.nnplay.ui.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.nnplay.io.SafeFiles;

/** Views as PNG files: a snapshot of the node as it is on screen, saved through {@link SafeFiles}. FX thread. */
public final class ImageExport {
    private ImageExport() {}

    public static WritableImage snapshot(Node node) {
        SnapshotParameters p = new SnapshotParameters();
        return node.snapshot(p, null);
    }

    public static void writePng(Node node, Path file) throws IOException { writePng(snapshot(node), file); }

    public static void writePng(Image image, Path file) throws IOException {
        BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        SafeFiles.save(file, out -> {
            if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer is available");
        });
    }
}
