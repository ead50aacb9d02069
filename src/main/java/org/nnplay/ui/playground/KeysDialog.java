package org.nnplay.ui.playground;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every key of {@link KeyBindings#KEYS} in a table, all of it visible. */
final class KeysDialog {
    private KeysDialog() {}

    static Alert show(Window owner) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.setTitle("NNPlay");
        a.setHeaderText("Keyboard shortcuts");
        GridPane table = new GridPane();
        table.setId("keys-table");
        table.setHgap(24);
        table.setVgap(6);
        table.setPadding(new Insets(4, 8, 4, 8));
        int row = 0;
        for (String[] k : KeyBindings.KEYS) {
            Label key = new Label(k[0]);
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Label.USE_PREF_SIZE);
            Label what = new Label(k[1]);
            what.setMinWidth(Label.USE_PREF_SIZE);
            table.addRow(row++, key, what);
        }
        a.getDialogPane().setContent(table);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        a.show();
        return a;
    }
}
