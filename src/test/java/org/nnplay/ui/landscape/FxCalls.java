package org.nnplay.ui.landscape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** The landscape window tests' calls onto the FX thread, waits and screenshots. */
final class FxCalls {
    private FxCalls() {}

    /** Runs {@code c} on the FX thread and returns its value. */
    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks {@code s} on the FX thread until it answers non-null (a minute at most: the machine may be busy). */
    static <T> T await(Supplier<T> s) throws TimeoutException {
        AtomicReference<T> out = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            out.set(fx(s::get));
            return out.get() != null;
        });
        return out.get();
    }

    /** A snapshot of {@code n} as target/screenshots/NAME (system property nnplay.screenshotDir). */
    static void save(Node n, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Image img = fx(() -> n.snapshot(null, null));
        Path dir = Path.of(System.getProperty("nnplay.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", dir.resolve(name).toFile());
    }
}
