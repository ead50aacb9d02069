package org.nnplay.ui.playground;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.nnplay.io.SafeText;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.Autosave;

/**
 * After a crash: offers to restore the autosaved session, with its trained weights, optimizer state, epoch and
 * history (nothing the user built is lost). The autosave is held as it is while the question is open; restored work
 * is unsaved work (marked modified), so it is offered again after another crash until the user saves or discards
 * it. "Start fresh" discards it.
 */
final class StartupRestore {
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType FRESH = new ButtonType("Start fresh", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final Autosave autosave;
    private final AppDirs dirs;

    StartupRestore(Autosave autosave, AppDirs dirs) {
        this.autosave = autosave;
        this.dirs = dirs;
    }

    /**
     * Asks (without blocking) whether to restore; restores into {@code model} on "Restore". The caller has put the
     * autosave on hold ({@link Autosave#hold()}); it is released when the question is answered.
     */
    void offer(Window owner, PlaygroundModel model) {
        Autosave.Restored saved;
        try {
            saved = autosave.restore();
        } catch (Exception e) {
            autosave.release();
            model.say(Notice.warning("The last session ended abruptly and its autosave could not be read: "
                    + FileActions.why(e)));
            return;
        }
        String trained = saved.run() == null ? "" : ", trained for " + saved.run().epoch() + " epochs";
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "NNPlay did not close properly last time. Restore the experiment you were working on (\""
                        + SafeText.shown(saved.loaded().experiment().name(), 80) + "\"" + trained + ")?", RESTORE, FRESH);
        ask.setTitle("NNPlay");
        ask.setHeaderText("Restore your last session?");
        ask.getDialogPane().setId("restore-dialog");
        if (owner != null && owner.isShowing()) ask.initOwner(owner);
        ask.setOnHidden(e -> {
            if (ask.getResult() == RESTORE) {
                model.restoreSession(saved.loaded().experiment(), saved.run());
                model.say(Notice.info("Restored the session autosaved in " + dirs.autosave()
                        + (saved.run() == null ? "" : " at epoch " + saved.run().epoch())
                        + ". It is not saved yet: File → Save keeps it."));
            } else {
                autosave.discard();
            }
            autosave.release();
        });
        ask.show();
    }
}
