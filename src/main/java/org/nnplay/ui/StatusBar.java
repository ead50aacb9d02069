package org.nnplay.ui;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.nnplay.data.DataSet;

/**
 * The line at the bottom: the data set, then the backend training runs on (JVM, ND4J CPU, ND4J CUDA) with ND4J's
 * loading state, epochs per second, and the window's frames per second; while long work runs (a file being read), what
 * it is doing, how far it is, and Cancel. Setters are cheap when nothing changed.
 */
public final class StatusBar extends HBox {
    private final Label dataLabel = label("status-data");
    private final Label message = label("status-message");
    private final Label backend = label("status-backend");
    private final Label speed = label("status-speed");
    private final Label fps = label("status-fps");
    private final Label task = label("status-task");
    private final ProgressBar taskBar = new ProgressBar();
    private final Button taskCancel = new Button("Cancel");
    private final HBox taskBox = new HBox(8, task, taskBar, taskCancel);
    /** The message, or in its place while long work runs, the work's progress: one slot, so nothing else moves. */
    private final StackPane slot = new StackPane(message, taskBox);
    private Runnable cancelTask = () -> { };

    public StatusBar() {
        getStyleClass().add("status-bar");
        message.getStyleClass().add("status-message");
        // a long message ends in "…" (the whole text on hover) rather than pushing the rest off the window
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        slot.setMinWidth(0);
        slot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(slot, Priority.ALWAYS);
        dataLabel.setMinWidth(0);
        dataLabel.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        taskBar.setId("status-task-bar");
        taskBar.setPrefWidth(160);
        taskCancel.setId("status-task-cancel");
        // no taller than the bar's text, so that showing it moves nothing above the bar
        taskCancel.setStyle("-fx-padding: 0 0.6em 0 0.6em;");
        taskCancel.setMinHeight(0);
        taskCancel.prefHeightProperty().bind(dataLabel.heightProperty());
        taskBar.setStyle("-fx-padding: 0;");
        taskCancel.setOnAction(e -> cancelTask.run());
        task.setMinWidth(0);
        task.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        taskBox.setMinWidth(0);
        taskBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        taskBox.setVisible(false);
        getChildren().addAll(dataLabel, slot, backend, speed, fps);
    }

    /**
     * Long work in progress: {@code text} says what it is doing, {@code fraction} how far (negative: not known, the
     * text alone tells it), and Cancel runs {@code cancel}, in the message's place. Cheap when called again with the
     * same values, and nothing moves but the text and the bar: a change of the bar's layout costs a repaint of the
     * whole window. The bar moves by whole percents, and never without an end (an endless bar repaints at every
     * frame).
     */
    public void showTask(String text, double fraction, Runnable cancel) {
        cancelTask = cancel;
        set(task, text);
        boolean known = fraction >= 0;
        if (taskBar.isVisible() != known) taskBar.setVisible(known); // its place kept: nothing moves
        double p = known ? Math.floor(Math.min(1, fraction) * 100) / 100 : 0;
        if (taskBar.getProgress() != p) taskBar.setProgress(p);
        if (!taskBox.isVisible()) {
            taskBox.setVisible(true);
            message.setVisible(false);
        }
    }

    /** The work is over: its progress and Cancel go. */
    public void hideTask() {
        cancelTask = () -> { };
        taskBox.setVisible(false);
        message.setVisible(true);
    }

    /** Whether long work is shown. */
    public boolean showingTask() { return taskBox.isVisible(); }

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
