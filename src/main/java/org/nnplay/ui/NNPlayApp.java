package org.nnplay.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/** The JavaFX application: one window, titled "NNPlay". Started through {@link org.nnplay.Launcher}. */
public final class NNPlayApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(NNPlayApp.class);
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private Stage stage;

    /** Opens the window and returns when it is closed. */
    public static void launchAndWait(String[] args) {
        Application.launch(NNPlayApp.class, args);
    }

    @Override public void start(Stage stage) {
        this.stage = stage;
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));

        Scene scene = new Scene(new MainView(theme -> theme.applyTo(stage.getScene())), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Theme.LIGHT.applyTo(scene);
        stage.setTitle("NNPlay");
        stage.getIcons().setAll(ICON_SIZES.stream().map(NNPlayApp::icon).filter(Objects::nonNull).toList());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
        LOG.info("NNPlay window open");
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
