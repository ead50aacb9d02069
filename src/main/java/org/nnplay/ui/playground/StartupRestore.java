package org.nnplay.ui.playground;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.nnplay.experiment.LoadResult;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.Autosave;

/** After a crash: offers to restore the autosaved session (nothing the user built is lost). */
final class StartupRestore {
    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType FRESH = new ButtonType("Start fresh", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final Autosave autosave;
    private final AppDirs dirs;

    StartupRestore(Autosave autosave, AppDirs dirs) {
        this.autosave = autosave;
        this.dirs = dirs;
    }

    /** Asks (without blocking) whether to restore; restores into {@code model} on "Restore". */
    void offer(Window owner, PlaygroundModel model) {
        LoadResult saved;
        try {
            saved = autosave.restore();
        } catch (Exception e) {
            model.say(Notice.warning("The last session ended abruptly and its autosave could not be read: "
                    + PlaygroundModel.message(e)));
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "NNPlay did not close properly last time. Restore the experiment you were working on (\""
                        + saved.experiment().name() + "\")?", RESTORE, FRESH);
        ask.setTitle("NNPlay");
        ask.setHeaderText("Restore your last session?");
        ask.getDialogPane().setId("restore-dialog");
        if (owner != null && owner.isShowing()) ask.initOwner(owner);
        ask.setOnHidden(e -> {
            if (ask.getResult() == RESTORE) {
                model.replace(saved.experiment(), null);
                model.say(Notice.info("Restored the session autosaved in " + dirs.autosave()));
            }
        });
        ask.show();
    }
}
