package org.nnplay.ui.playground;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Messages that need an answer or must not be missed, as dialogs that do not block the caller. */
final class Alerts {
    private Alerts() {}

    /** Shows an error with a headline and the details (e.g. "file, line 3, column 14, field data.noise: ..."). */
    static Alert error(Window owner, String id, String header, String details) {
        Alert a = new Alert(Alert.AlertType.ERROR, details, ButtonType.OK);
        a.setTitle("NNPlay");
        a.setHeaderText(header);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(560);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (owner != null && owner.isShowing()) a.initOwner(owner);
        a.show();
        return a;
    }
}
