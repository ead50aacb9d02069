package org.nnplay.ui.playground;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.ImageExport;

/**
 * A developer's tool for looking at the window: opens an experiment file (or a lesson id) at a given window size,
 * waits (training if {@code --play}), writes a PNG of the whole window and exits. For checking layouts at projector
 * sizes; not a test. Args: FILE.json|LESSON WIDTH HEIGHT SECONDS OUT.png [--play] [--presentation]
 */
public final class ShotTool {
    private ShotTool() {}

    public static void main(String[] args) throws Exception {
        String source = args[0];
        double w = Double.parseDouble(args[1]);
        double h = Double.parseDouble(args[2]);
        long millis = (long) (Double.parseDouble(args[3]) * 1000);
        Path out = Path.of(args[4]);
        boolean play = java.util.Arrays.asList(args).contains("--play");
        boolean presentation = java.util.Arrays.asList(args).contains("--presentation");
        boolean file = source.endsWith(".json");
        StartOptions options = new StartOptions(file ? Path.of(source) : null, file ? null : source, play, 0,
                presentation, StartOptions.DEFAULT_WARM_UP, null, false);
        Path home = Files.createTempDirectory("nnplay-shot");
        PlaygroundWindow[] window = new PlaygroundWindow[1];
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            window[0] = PlaygroundWindow.open(stage, options, new org.nnplay.ui.files.FxFileChooserService(), new AppDirs(home));
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            started.countDown();
        });
        started.await();
        Thread.sleep(millis);
        CountDownLatch shot = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                if (java.util.Arrays.asList(args).contains("--dump")) {
                    for (String id : java.util.List.of("#dashboard", "#network-view", "#curves-view", "#boundary-view")) {
                        javafx.scene.Node n = window[0].stage().getScene().lookup(id);
                        if (n != null) System.out.println(id + " " + n.localToScene(n.getLayoutBounds()));
                        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
                            if (p instanceof javafx.scene.layout.Region r) {
                                System.out.println("   " + r.getClass().getSimpleName() + " " + r.getStyleClass()
                                        + " min=" + Math.round(r.minHeight(-1)) + " h=" + Math.round(r.getHeight()));
                            }
                        }
                    }
                    System.out.println("scene " + window[0].stage().getScene().getWidth() + " x "
                            + window[0].stage().getScene().getHeight());
                }
                WritableImage img = window[0].stage().getScene().snapshot(null);
                ImageExport.writePng(img, out);
            } catch (Exception e) {
                e.printStackTrace();
            }
            window[0].close();
            shot.countDown();
        });
        shot.await();
        Platform.exit();
        System.exit(0);
    }
}
