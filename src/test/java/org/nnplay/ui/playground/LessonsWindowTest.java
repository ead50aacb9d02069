package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.ExperimentMapping;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The curriculum's scenes open as presets and show what the lecture says. */
class LessonsWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) { startWindow(stage); }

    @Test
    void theLessonsMenuListsEveryScene_windowScenesAmongThePresets(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        var menu = bar.getMenus().stream().filter(m -> "menu-lessons".equals(m.getId())).findFirst().orElseThrow();
        var texts = menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        var scenes = texts.stream().map(t -> Integer.parseInt(t.replaceAll("^Scene (\\d+).*", "$1"))).toList();
        assertThat(scenes).isSorted();
        assertThat(scenes).contains(9, 10, 15).containsAll(java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList());
        assertThat(texts).contains("Scene 9 — Backpropagation is the chain rule (window)");
        robot.interact(() -> menu.getItems().stream().filter(i -> "lesson-09-backprop".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        waitUntil(10, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage st && st.isShowing() && st.getTitle() != null
                        && st.getTitle().contains("Backpropagation")));
    }

    @Test
    void everyLessonOpensAndTrainsOnItsOwnData(FxRobot robot) {
        for (Lesson l : Lessons.list()) {
            robot.interact(() -> window.view().files().openLesson(l));
            String name = model().dataProperty().get().name();
            waitUntil(20, () -> snapshot() != null && snapshot().setup().data().name().equals(name)
                    && snapshot().boundary() != null);
            assertThat(experiment().name()).as(l.id()).isNotBlank();
            assertThat(window.view().boundary().hasGrid()).as(l.id()).isTrue();
        }
    }

    @Test
    void scene1TheProbeReadsSigmaOfMinusSixAtMinusOneTwo(FxRobot robot) {
        Lesson perceptron = Lessons.list().stream().filter(l -> l.scene() == 1).findFirst().orElseThrow();
        robot.interact(() -> window.view().files().openLesson(perceptron));
        waitUntil(20, () -> snapshot() != null && snapshot().weights() != null
                && ExperimentMapping.weights(snapshot().weights()).equals(experiment().weights()));
        String[] text = new String[1];
        robot.interact(() -> text[0] = window.view().boundaryPanel().probe(-1, 2));
        assertThat(text[0]).contains("P(class 1) = 0.00247").contains("class 0");
    }

    @Test
    void hoveringANeuronShowsItsOutputLargeInTheBoundary(FxRobot robot) {
        waitUntil(20, () -> snapshot() != null && snapshot().neurons() != null);
        robot.interact(() -> window.view().networkEditor().hoverNeuron(1, 2));
        waitUntil(5, () -> window.view().boundary().getOverlayCaption() != null);
        assertThat(window.view().boundary().getOverlayCaption()).isEqualTo("Layer 1, neuron 3 (Tanh)");
        robot.interact(() -> window.view().networkEditor().hoverEnd());
        waitUntil(5, () -> window.view().boundary().getOverlayCaption() == null);
    }

    @Test
    void aWeightTypedIntoTheBuilderReachesTheNetwork(FxRobot robot) {
        waitUntil(20, () -> snapshot() != null && snapshot().weights() != null);
        robot.interact(() -> window.view().networkEditor().setWeight(0, 1, 2, 2.5));
        assertThat(experiment().weights().layers().get(0).w()[1][2]).isEqualTo(2.5);
        waitUntil(10, () -> snapshot().weights().layers().get(0).weight(1, 2) == 2.5);
    }
}
