package org.nnplay.ui.lessons;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Scene 18: the experiment on the screen as the PyTorch script the lectures would write, in a window beside the
 * playground, large enough to read from the back row. "Refresh" takes the script again (after a setting changed);
 * "Copy" puts it on the clipboard; "Save as…" writes it to a file. One at a time.
 */
public final class ScriptWindow extends VBox {
    private static Stage open;
    private final TextArea code = new TextArea();
    private final Supplier<String> script;

    public ScriptWindow(Supplier<String> script, Runnable save) {
        this.script = script;
        getStyleClass().add("lesson-browser");
        getStylesheets().add(Objects.requireNonNull(LessonPanel.class.getResource("lessons.css")).toExternalForm());
        setId("script-window");
        code.setId("script-code");
        code.setEditable(false);
        code.setWrapText(false);
        code.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 15px;");
        VBox.setVgrow(code, Priority.ALWAYS);
        Label caption = new Label("The experiment as PyTorch code: data, nn.Sequential, loss, optimizer, training loop");
        caption.getStyleClass().add("lesson-detail-title");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Button refresh = new Button("Refresh");
        refresh.setId("script-refresh");
        refresh.setOnAction(e -> refresh());
        Button copy = new Button("Copy");
        copy.setId("script-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(code.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        Button saveButton = new Button("Save as…");
        saveButton.setId("script-save");
        saveButton.setOnAction(e -> save.run());
        HBox buttons = new HBox(10, refresh, copy, saveButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(caption, code, buttons);
        refresh();
    }

    /** Shows the script (or brings the open window to the front with the script taken again). */
    public static Stage show(Window owner, Supplier<String> script, Runnable save) {
        if (open != null) {
            ((ScriptWindow) open.getScene().getRoot()).refresh();
            open.toFront();
            return open;
        }
        ScriptWindow content = new ScriptWindow(script, save);
        Scene scene = new Scene(content, 900, 700);
        Stage stage = new Stage();
        stage.setTitle("NNPlay — PyTorch script");
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> open = null);
        open = stage;
        stage.show();
        return stage;
    }

    private void refresh() {
        double scroll = code.getScrollTop();
        code.setText(script.get());
        code.setScrollTop(scroll);
    }

    /** The script shown, for tests. */
    String text() { return code.getText(); }
}
