package org.nnplay.ui.playground;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Before unsaved changes would be lost (the window closes, another experiment, a lesson or imported points replace
 * them): Save, Don't save, or Cancel.
 */
final class CloseGuard {
    private CloseGuard() {}

    /** Whether the window may close now (saved, discarded, or nothing to save). */
    static boolean confirm(Window owner, PlaygroundModel model, FileActions files) {
        return confirm(owner, model, files, "Save before closing?");
    }

    /** Whether the experiment may be replaced now; {@code question} is the dialog's headline. */
    static boolean confirm(Window owner, PlaygroundModel model, FileActions files, String question) {
        if (!model.document().isDirty()) return true;
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "The experiment has unsaved changes. Save them first?",
                save, discard, ButtonType.CANCEL);
        ask.setTitle("NNPlay");
        ask.setHeaderText(question);
        ask.getDialogPane().setId("close-dialog");
        if (owner != null && owner.isShowing()) ask.initOwner(owner);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return false;
        return answer.get() == discard || files.save();
    }
}
