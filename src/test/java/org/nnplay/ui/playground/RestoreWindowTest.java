package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.ui.files.AppDirs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** After a crash (a session marker and an autosave left behind) the next start offers the lost work back. */
class RestoreWindowTest extends WindowTestBase {
    private AppDirs dirs;

    @Start
    void start(Stage stage) { startWindow(stage); }

    @Override AppDirs dirs() {
        dirs = super.dirs();
        try {
            dirs.ensure();
            new ExperimentIO().write(Experiment.defaults().withName("Lost work").withSeed(777), dirs.autosave());
            Files.writeString(dirs.sessionMarker(), "12345\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dirs;
    }

    @Test
    void theCrashedSessionIsOfferedAndRestored(FxRobot robot) {
        DialogPane ask = robot.lookup("#restore-dialog").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).contains("Lost work");
        assertThat(experiment().seed()).isNotEqualTo(777);
        robot.clickOn("Restore");
        assertThat(experiment().name()).isEqualTo("Lost work");
        assertThat(experiment().seed()).isEqualTo(777);
        assertThat(Files.exists(dirs.sessionMarker())).as("this session is running").isTrue();
    }

    @Test
    void aCleanCloseLeavesNoMarkerAndKeepsTheWork(FxRobot robot) throws Exception {
        robot.clickOn("Start fresh");
        robot.interact(() -> model().edit(e -> e.withName("Today's work")));
        robot.interact(() -> window.close());
        assertThat(Files.exists(dirs.sessionMarker())).isFalse();
        assertThat(new ExperimentIO().read(dirs.autosave()).experiment().name()).isEqualTo("Today's work");
    }
}
