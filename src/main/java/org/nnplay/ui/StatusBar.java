package org.nnplay.ui;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.nnplay.data.DataSet;

/**
 * The line at the bottom: the data set, then the backend training runs on (JVM, ND4J CPU, ND4J CUDA) with ND4J's
 * loading state, epochs per second, and the window's frames per second. Setters are cheap when nothing changed.
 */
public final class StatusBar extends HBox {
    private final Label dataLabel = label("status-data");
    private final Label message = label("status-message");
    private final Label backend = label("status-backend");
    private final Label speed = label("status-speed");
    private final Label fps = label("status-fps");

    public StatusBar() {
        getStyleClass().add("status-bar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.getStyleClass().add("status-message");
        getChildren().addAll(dataLabel, message, spacer, backend, speed, fps);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void showData(DataSet data) {
        dataLabel.setText(data == null ? "No data set"
                : "%s  ·  %d points: %d training, %d test".formatted(
                        data.name(), data.size(), data.train().size(), data.test().size()));
    }

    /** A short message (e.g. where a file was saved); empty clears it. */
    public void showMessage(String text) { message.setText(text == null ? "" : text); }

    /** The backend in use and, while it matters, ND4J's state ("ND4J loading…"). */
    public void showBackend(String label, String nd4j) {
        set(backend, "Backend: " + label + (nd4j == null || nd4j.isBlank() ? "" : "  (" + nd4j + ")"));
    }

    public void showSpeed(double epochsPerSecond) {
        set(speed, String.format(Locale.ROOT, "%,.0f epochs/s", Math.max(0, epochsPerSecond)));
    }

    public void showFps(double framesPerSecond) {
        set(fps, String.format(Locale.ROOT, "%.0f fps", framesPerSecond));
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
    }
}
