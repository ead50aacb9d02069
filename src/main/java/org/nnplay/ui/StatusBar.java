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
        message.getStyleClass().add("status-message");
        // a long message ends in "…" (the whole text on hover) rather than pushing the rest off the window
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox.setHgrow(message, Priority.ALWAYS);
        dataLabel.setMinWidth(0);
        dataLabel.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        getChildren().addAll(dataLabel, message, backend, speed, fps);
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

    /**
     * A message (e.g. where a file was saved); empty clears it. Its first line is shown, cut with "…" where the bar
     * is too short; the whole text shows on hover.
     */
    public void showMessage(String text) {
        String all = text == null ? "" : text.strip();
        message.setText(all.lines().findFirst().orElse(""));
        message.setTooltip(all.isEmpty() ? null : new javafx.scene.control.Tooltip(all));
    }

    /** The message label (for tests: its text may be cut, never the bar's other labels). */
    Label message() { return message; }

    /** The backend in use and, while it matters, ND4J's state ("ND4J loading…"). */
    public void showBackend(String label, String nd4j) {
        showBackend(label, nd4j, null);
    }

    /** As above, with why this backend was chosen in the tooltip (too long for a projector's status line). */
    public void showBackend(String label, String nd4j, String why) {
        set(backend, "Backend: " + label + (nd4j == null || nd4j.isBlank() ? "" : "  (" + nd4j + ")"));
        String tip = why == null || why.isBlank() ? null : why;
        javafx.scene.control.Tooltip t = backend.getTooltip();
        if (tip == null) backend.setTooltip(null);
        else if (t == null) backend.setTooltip(new javafx.scene.control.Tooltip(tip));
        else if (!tip.equals(t.getText())) t.setText(tip);
    }

    public void showSpeed(double epochsPerSecond) {
        set(speed, Double.isFinite(epochsPerSecond) ? String.format(Locale.ROOT, "%,.0f epochs/s", Math.max(0, epochsPerSecond)) : "");
    }

    public void showFps(double framesPerSecond) {
        set(fps, String.format(Locale.ROOT, "%.0f fps", framesPerSecond));
    }

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
    }
}
