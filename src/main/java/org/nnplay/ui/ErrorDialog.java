package org.nnplay.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.nnplay.Launcher;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A friendly error message with the technical details folded away. Call on the FX thread. */
public final class ErrorDialog {
    private static boolean showing;

    private ErrorDialog() {}

    /** Shows the error unless another error dialog is already open (then the error is only logged by the caller). */
    public static void show(Window owner, Throwable error) {
        if (showing) return;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) alert.initOwner(owner);
        alert.setTitle("NNPlay");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(Launcher.message(error));

        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        VBox box = new VBox(6, new Label("Details for a bug report:"), details);
        alert.getDialogPane().setExpandableContent(box);
        alert.getDialogPane().getStyleClass().add("error-dialog");

        showing = true;
        try {
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }
}
