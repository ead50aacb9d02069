package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nnplay.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** View → Hyper-parameter search… opens the search on the playground's experiment and writes back through edit. */
class SearchMenuTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @Test
    void theMenuOpensTheSearchAndItsBestRateReachesThePlayground(FxRobot robot) {
        FxTestSupport.chooseMenuItem(robot, window.stage(), "menu-view", "menu-search");
        waitUntil(20, () -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "NNPlay — Hyper-parameter search".equals(s.getTitle())));
        robot.interact(() -> {
            ((Spinner<Integer>) robot.lookup("#search-trials").query()).getValueFactory().setValue(3);
            ((Spinner<Integer>) robot.lookup("#search-epochs").query()).getValueFactory().setValue(5);
        });
        robot.clickOn("#search-grid");
        robot.clickOn("#search-start");
        waitUntil(30, () -> !robot.lookup("#search-use-best").queryButton().isDisabled()
                && !robot.lookup("#search-start").queryButton().isDisabled());
        double before = experiment().training().learningRate();

        robot.clickOn("#search-use-best");

        double lr = experiment().training().learningRate();
        assertThat(lr).isNotEqualTo(before);
        assertThat(Math.log(lr)).as("one of the grid's e^-5, e^-2.5, e^0").satisfiesAnyOf(
                x -> assertThat(x).isCloseTo(-5, org.assertj.core.data.Offset.offset(0.01)),
                x -> assertThat(x).isCloseTo(-2.5, org.assertj.core.data.Offset.offset(0.01)),
                x -> assertThat(x).isCloseTo(0, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(model().document().isDirty()).isTrue();
    }
}
