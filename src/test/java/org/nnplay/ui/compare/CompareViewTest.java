package org.nnplay.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.Display;
import org.nnplay.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare view alone in a 1280 × 800 window, driven as the window drives it (a tick per frame): it trains four
 * variants and every plot changes; presentation sizes; a divergence; the chooser; a click opens a variant.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private CompareModel model;
    private CompareView view;
    private BorderPane root;
    private AnimationTimer frames;
    private final List<Experiment> opened = new CopyOnWriteArrayList<>();
    private final List<Comparison> saved = new CopyOnWriteArrayList<>();
    private int addRequests;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        model = new CompareModel(Platform::runLater);
        view = new CompareView(model, new CompareListener() {
            @Override public void openInPlayground(Experiment trained) { opened.add(trained); }

            @Override public void addPlaygroundRequested() { addRequests++; }

            @Override public void comparisonChanged(Comparison c) { saved.add(c); }
        });
        // the room the window's stage leaves the view at 1280 × 800 (menu and top bar above, margins around), kept
        // at that size whatever the screen or window manager make of the window
        root = new BorderPane(view);
        root.setPadding(new Insets(80, 25, 30, 25));
        root.setPrefSize(1280, 800);
        root.getStyleClass().add("root"); // the theme's background, as on a window's root
        Scene scene = new Scene(new javafx.scene.Group(root), 1280, 800);
        Theme.LIGHT.applyTo(scene);
        org.nnplay.ui.FxTestSupport.show(stage, scene);
        frames = new AnimationTimer() {
            @Override public void handle(long now) { model.tick(); }
        };
        frames.start();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            frames.stop();
            model.close();
        });
    }

    private void open(FxRobot robot, Experiment e) {
        robot.interact(() -> model.open(e));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fourVariantsTrainAndEveryPlotChanges(FxRobot robot) {
        open(robot, Experiment.defaults().withComparison(new Comparison(ComparedSetting.ACTIVATION,
                List.of("tanh", "relu", "linear", "sigmoid"))));
        waitUntil(() -> model.snapshotsProperty().get().stream().allMatch(s -> s != null && s.boundary() != null));
        WaitForAsyncUtils.waitForFxEvents();
        List<WritableImage> before = shots(robot);

        robot.interact(model::play);
        waitUntil(() -> model.snapshotsProperty().get().stream().allMatch(s -> s != null && s.epoch() >= 150));
        robot.interact(model::pause);
        waitUntil(() -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<WritableImage> after = shots(robot);

        assertThat(view.plots()).hasSize(4);
        for (int k = 0; k < 4; k++) {
            assertThat(changedShare(before.get(k), after.get(k))).as("plot " + (k + 1) + " changed").isGreaterThan(0.05);
        }
        assertThat(view.table().rows()).hasSize(4).allSatisfy(r -> assertThat(r.epoch.get()).isGreaterThanOrEqualTo(150));
        assertThat(view.tiles().getFirst().figuresText()).startsWith("test loss").contains("%");
        assertThat(view.chart().redraws()).isGreaterThan(1);
        screenshot(robot, "compare-4-activations");
    }

    private void screenshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                org.nnplay.ui.FxTestSupport.writeScreenshot(root.snapshot(null, null), name);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void inPresentationModeFourPlotsAreAtLeast260AndSixAtLeast200(FxRobot robot) {
        robot.interact(() -> view.setFontScale(1.25));
        open(robot, Experiment.defaults().withComparison(new Comparison(ComparedSetting.LR,
                List.of("0.003", "0.01", "0.03", "0.1"))));
        assertThat(view.getWidth()).isEqualTo(1230);
        assertThat(view.getHeight()).isEqualTo(690);
        for (Node p : view.plots()) {
            Bounds b = p.localToScene(p.getLayoutBounds());
            assertThat(b.getWidth()).isGreaterThanOrEqualTo(260).isEqualTo(b.getHeight());
            assertThat(b.getMinX()).isGreaterThanOrEqualTo(25);
            assertThat(b.getMaxX()).isLessThanOrEqualTo(1255);
        }
        assertThat(robot.lookup(".compare-tile .label").queryAllAs(Label.class))
                .allSatisfy(l -> assertThat(l.getFont().getSize()).isGreaterThanOrEqualTo(18));

        open(robot, Experiment.defaults().withComparison(new Comparison(ComparedSetting.OPTIMIZER,
                List.of("sgd", "momentum", "adagrad", "rmsprop", "adadelta", "adam"))));
        assertThat(view.plots()).hasSize(6).allSatisfy(p -> {
            Bounds b = p.localToScene(p.getLayoutBounds());
            assertThat(b.getWidth()).isGreaterThanOrEqualTo(200).isEqualTo(b.getHeight());
            assertThat(b.getMaxY()).isLessThanOrEqualTo(770);
        });
        assertThat(view.table().getLayoutBounds().getHeight()).isGreaterThan(150);
        robot.interact(model::play);
        waitUntil(() -> model.snapshotsProperty().get().stream().allMatch(s -> s != null && s.epoch() >= 100));
        robot.interact(model::pause);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        screenshot(robot, "compare-6-presentation");
        assertThat(robot.lookup("#compare-view .text").queryAllAs(javafx.scene.text.Text.class))
                .as("no text cut short").extracting(javafx.scene.text.Text::getText)
                .noneMatch(t -> t.endsWith("...") || t.endsWith("…"));
    }

    @Test
    void aDivergedVariantIsMarkedAndExplainedWhileTheOthersTrainOn(FxRobot robot) {
        open(robot, Lessons.load("06-learning-rate-good").withTraining(t -> t.withMaxEpochs(0).withSpeed(0))
                .withComparison(new Comparison(ComparedSetting.LR, List.of("0.01", "0.1", "5"))));
        robot.interact(model::play);
        waitUntil(() -> state(2) == RunState.DIVERGED);
        long epoch = snapshot(1).epoch();
        waitUntil(() -> snapshot(1).epoch() > epoch + 20);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state(0)).isEqualTo(RunState.RUNNING);
        assertThat(view.tiles().get(2).figuresText()).startsWith("diverged");
        assertThat(view.explanation()).startsWith("lr = 5: Training diverged").contains("Try a smaller learning rate")
                .doesNotContain("press play");
        assertThat(view.table().rows().get(2).status.get()).isEqualTo("diverged");
        assertThat(view.table().shown().getLast().index).as("sorted by test loss: diverged last").isEqualTo(2);
        screenshot(robot, "compare-diverged");
    }

    @Test
    void choosingASettingFillsInItsValuesAndCompareStartsThem(FxRobot robot) {
        open(robot, Lessons.load("07-optimizers"));
        robot.interact(() -> view.chooser().lookupAll("#compare-setting").forEach(n ->
                ((javafx.scene.control.ComboBox<ComparedSetting>) n).setValue(ComparedSetting.OPTIMIZER)));
        robot.clickOn("#compare-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.plots()).hasSize(6);
        assertThat(saved).singleElement().extracting(Comparison::values).asList()
                .containsExactly("sgd", "momentum", "adagrad", "rmsprop", "adadelta", "adam");

        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#compare-values").query()).setText("sgd, swish"));
        robot.clickOn("#compare-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.chooser().message()).startsWith("Optimizer: \"swish\" is not allowed");
        assertThat(view.plots()).as("nothing changed").hasSize(6);

        robot.clickOn("#compare-add-playground");
        assertThat(addRequests).isEqualTo(1);
    }

    @Test
    void clickingAPlotOpensThatVariantWithItsTrainedWeights(FxRobot robot) {
        open(robot, Experiment.defaults().withComparison(new Comparison(ComparedSetting.LR, List.of("0.03", "0.3"))));
        robot.interact(model::stepEpoch);
        waitUntil(() -> snapshot(1) != null && snapshot(1).epoch() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(view.plots().get(1));

        assertThat(opened).singleElement().satisfies(e -> {
            assertThat(e.training().learningRate()).isEqualTo(0.3);
            assertThat(e.compare()).isNull();
            assertThat(e.weights()).isNotNull();
        });
    }

    @Test
    void thePlaygroundJoinsAsAValueWhenOnlyThatSettingDiffers(FxRobot robot) {
        Experiment base = Experiment.defaults().withComparison(new Comparison(ComparedSetting.LR, List.of("0.03", "0.3")));
        open(robot, base);
        List<String> said = new ArrayList<>();
        robot.interact(() -> said.add(model.addVariant(Experiment.defaults().withTraining(t -> t.withLearningRate(0.1)))));
        assertThat(model.base().compare().values()).containsExactly("0.03", "0.3", "0.1");

        robot.interact(() -> said.add(model.addVariant(Experiment.defaults().withNetwork(n -> n.withHidden(List.of(8))))));
        assertThat(model.variantsProperty().get()).hasSize(4);
        assertThat(model.variantsProperty().get().getLast().label()).isEqualTo(CompareModel.PLAYGROUND);
        assertThat(model.base().compare().values()).hasSize(3);
        assertThat(said.get(1)).contains("not saved");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.plots()).hasSize(4);
    }

    /** The comparison lessons of scenes 7 and 11 trained to their end, as docs/compare-scene7.png and -scene11.png. */
    @Test
    void scenes7And11AsComparisonsOnTheWholeStage(FxRobot robot) {
        robot.interact(() -> {
            root.setPadding(new Insets(8));
            view.setFontScale(1.25);
        });
        for (String[] lesson : new String[][] {{"07-compare-optimizers", "compare-scene7"}, {"11-compare-l2", "compare-scene11"}}) {
            open(robot, Lessons.load(lesson[0]));
            robot.interact(() -> {
                model.setSpeed(0);
                model.play();
            });
            waitUntil(() -> model.snapshotsProperty().get().stream().allMatch(s -> s != null
                    && s.state() == RunState.STOPPED));
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(view.table().rows()).allSatisfy(r -> assertThat(r.status.get()).isEqualTo("stopped"));
            screenshot(robot, lesson[1]);
        }
    }

    private Snapshot snapshot(int k) { return model.snapshotsProperty().get().get(k); }

    private RunState state(int k) {
        Snapshot s = snapshot(k);
        return s == null ? null : s.state();
    }

    private List<WritableImage> shots(FxRobot robot) {
        List<WritableImage> out = new ArrayList<>();
        robot.interact(() -> view.plots().forEach(p -> out.add(p.snapshot(null, null))));
        return out;
    }

    /** The share of pixels whose colour differs between two pictures of one plot. */
    static double changedShare(WritableImage a, WritableImage b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long changed = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) changed++;
            }
        }
        return changed / (double) (w * h);
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
    }
}
