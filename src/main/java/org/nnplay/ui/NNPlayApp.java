package org.nnplay.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.nnplay.training.SharedMachine;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.FxFileChooserService;
import org.nnplay.ui.playground.PlaygroundWindow;
import org.nnplay.ui.playground.StartOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The JavaFX application: one window, the playground, titled after its experiment ("Untitled — NNPlay"). Started
 * through {@link org.nnplay.Launcher}; its arguments are the window's start-up flags ({@link StartOptions}).
 */
public final class NNPlayApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(NNPlayApp.class);
    public static final double DEFAULT_WIDTH = PlaygroundWindow.WIDTH;
    public static final double DEFAULT_HEIGHT = PlaygroundWindow.HEIGHT;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private Stage stage;
    private PlaygroundWindow window;

    /** Opens the window and returns when it is closed. */
    public static void launchAndWait(String[] args) {
        Application.launch(NNPlayApp.class, args);
    }

    @Override public void start(Stage stage) {
        this.stage = stage;
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));
        StartOptions options;
        try {
            options = StartOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("nnplay: " + e.getMessage());
            Platform.exit();
            return;
        }
        SharedMachine.leaveRoomForWindow();
        stage.getIcons().setAll(ICON_SIZES.stream().map(NNPlayApp::icon).filter(Objects::nonNull).toList());
        window = PlaygroundWindow.open(stage, options, new FxFileChooserService(), AppDirs.standard());
        LOG.info("NNPlay window open");
    }

    @Override public void stop() {
        if (window != null) window.close();
    }

    /** Logs the error with its stack trace and shows it to the user in plain words. */
    private void report(Throwable error) {
        LOG.error("Unexpected error", error);
        if (Platform.isFxApplicationThread()) ErrorDialog.show(stage, error);
        else Platform.runLater(() -> ErrorDialog.show(stage, error));
    }

    static Image icon(int size) {
        String path = "/assets/icons/nnplay-" + size + ".png";
        try (InputStream in = NNPlayApp.class.getResourceAsStream(path)) {
            if (in == null) {
                LOG.warn("Icon {} is missing from the build", path);
                return null;
            }
            return new Image(in);
        } catch (java.io.IOException e) {
            LOG.warn("Icon {} could not be read: {}", path, e.getMessage());
            return null;
        }
    }
}
