package org.nnplay.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.ui.landscape.FxCalls.await;
import static org.nnplay.ui.landscape.FxCalls.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.training.RunState;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.ui.Display;
import org.nnplay.ui.Formulas;
import org.nnplay.ui.plot.TextBox;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view alone in the room the window's stage gives it at 1280 × 800 (1240 × 660: the whole stage) and in its
 * share of the normal layout (600 × 660): the plot and the race's map are at least 420 px square where the issue asks
 * for it, every text is 14 px or more (18 px or more with the presentation font scale), and no text is cut off by an
 * edge or runs into another. Measured from the live scene graph and from what the canvases drew; screenshots land in
 * target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class LandscapeLayoutTest {
    private static final double MIN_PLOT = 420;
    private Stage stage;
    private LandscapeView view;
    private CircleProblem problem;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage s) {
        stage = s;
        problem = new CircleProblem();
        problem.train(30);
    }

    @AfterEach
    void dispose() {
        if (view != null) fx(() -> { view.dispose(); return null; });
    }

    /** A fresh view alone in a w × h scene, computed around the trained weights. */
    private void show(double w, double h, double fontScale) throws Exception {
        fx(() -> {
            view = new LandscapeView();
            view.setFontScale(fontScale);
            stage.setScene(new Scene(view, w, h));
            stage.sizeToScene();
            stage.show();
            view.setSource(problem);
            view.onSnapshot(problem.snapshot(RunState.PAUSED));
            return null;
        });
        await(() -> {
            LandscapeGrid g = view.shownGrid();
            return g != null && g.complete() && !view.busy() ? g : null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.getWidth())).isEqualTo(w);
        assertThat(fx(() -> view.getHeight())).isEqualTo(h);
    }

    @Test
    void theWholeStageGivesALargePlotAndRaceMapWithEveryTextReadable() throws Exception {
        show(1240, 660, 1);
        FxCalls.save(view, "landscape-1240x660.png");
        Bounds plot = fx(() -> view.plotBounds());
        assertThat(plot.getWidth()).isGreaterThanOrEqualTo(MIN_PLOT);
        assertThat(plot.getHeight()).isEqualTo(plot.getWidth());
        assertThat(fx(() -> view.raceMapBounds())).as("no race shown").isNull();
        readable(14);

        fx(() -> { view.raceModeProperty().set(true); return null; });
        FxCalls.save(view, "landscape-race-1240x660.png");
        Bounds map = fx(() -> view.raceMapBounds());
        assertThat(map.getWidth()).isGreaterThanOrEqualTo(MIN_PLOT);
        assertThat(map.getHeight()).isEqualTo(map.getWidth());
        Bounds table = fx(() -> sceneBounds(view.lookup("#landscape-race-table")));
        assertThat(table.getMinX()).as("the table beside the map").isGreaterThanOrEqualTo(map.getMaxX());
        assertThat(racerNamesShown()).as("every racer's row in view").hasSize(7);
        readable(14);
    }

    @Test
    void itsShareOfTheNormalLayoutStillGivesAPlotOf420() throws Exception {
        show(600, 660, 1);
        FxCalls.save(view, "landscape-600x660.png");
        Bounds plot = fx(() -> view.plotBounds());
        assertThat(plot.getWidth()).isGreaterThanOrEqualTo(MIN_PLOT);
        assertThat(plot.getHeight()).isEqualTo(plot.getWidth());
        assertThat(toolbarRows()).as("the toolbar wraps instead of cutting its controls").isGreaterThan(1);
        readable(14);

        fx(() -> { view.raceModeProperty().set(true); return null; });
        FxCalls.save(view, "landscape-race-600x660.png");
        Bounds map = fx(() -> view.raceMapBounds());
        Bounds table = fx(() -> sceneBounds(view.lookup("#landscape-race-table")));
        assertThat(table.getMinY()).as("too narrow for both side by side: the table under the map")
                .isGreaterThanOrEqualTo(map.getMaxY());
        assertThat(map.getWidth()).isGreaterThan(150);
        readable(14);
    }

    @Test
    void presentationTypeIsAtLeast18PixelsAndStillFits() throws Exception {
        show(1240, 660, 1.25);
        FxCalls.save(view, "landscape-1240x660-presentation.png");
        readable(18);
        fx(() -> { view.setMode(LandscapeMode.LINE); return null; });
        await(() -> view.shownLine());
        FxCalls.save(view, "landscape-line-1240x660-presentation.png");
        assertThat(fx(() -> view.plotBounds()).getHeight()).isGreaterThan(300);
        readable(18);
    }

    @Test
    void progressShowsOverThePlotOnlyWhenAComputationIsSlow() throws Exception {
        show(600, 660, 1);
        Node busy = fx(() -> view.lookup(".landscape-busy"));
        fx(() -> { view.showBusy("Computing 81 × 81", 0.25); return null; });
        assertThat(fx(busy::isVisible)).as("not at once: a quick recompute would flicker").isFalse();
        Thread.sleep(400);
        fx(() -> { view.showBusy(null, 0.5); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(busy::isVisible)).isTrue();
        FxCalls.save(view, "landscape-busy-600x660.png");
        Bounds b = fx(() -> sceneBounds(busy));
        Bounds plot = fx(() -> view.plotBounds());
        assertThat(b.getMinY()).as("over the top of the plot's area").isLessThan(plot.getMinY());
        assertThat(b.getMaxX()).isLessThanOrEqualTo(600);
        assertThat(fx(() -> texts(busy)).stream().map(Text::getText)).contains("Computing 81 × 81 … 50 %", "Cancel");
        fx(() -> { view.showBusy(null, 1); return null; });
        assertThat(fx(busy::isVisible)).isFalse();
    }

    // ---- checks ----

    /**
     * Every text the scene graph shows and every text the plot's canvas drew is at least {@code px} pixels, lies
     * wholly inside the view (or its canvas), is not shortened to "…", and the canvas's texts do not run into each
     * other.
     */
    private void readable(double px) {
        Bounds all = fx(() -> view.localToScene(view.getLayoutBounds()));
        for (Text t : fx(() -> texts(view))) {
            String what = "\"" + t.getText() + "\"";
            assertThat(t.getFont().getSize()).as(what).isGreaterThanOrEqualTo(px);
            Bounds b = fx(() -> t.localToScene(t.getLayoutBounds()));
            assertThat(b.getMinX()).as(what + " left edge").isGreaterThanOrEqualTo(all.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(what + " right edge").isLessThanOrEqualTo(all.getMaxX() + 0.5);
            assertThat(b.getMinY()).as(what + " top").isGreaterThanOrEqualTo(all.getMinY() - 0.5);
            assertThat(b.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(all.getMaxY() + 0.5);
            assertThat(t.getText()).as(what + " not shortened").doesNotEndWith("…").doesNotEndWith("...");
        }
        List<TextBox> drawn = fx(() -> view.canvasTexts());
        double[] canvas = fx(() -> new double[] {view.plotCanvasWidth(), view.plotCanvasHeight()});
        assertThat(drawn).as("the plot's texts").hasSizeGreaterThan(8);
        for (TextBox t : drawn) {
            assertThat(t.fontSize()).as(t.text()).isGreaterThanOrEqualTo(px);
            assertThat(t.inside(canvas[0], canvas[1])).as(t + " inside the canvas " + canvas[0] + " × " + canvas[1])
                    .isTrue();
            assertThat(t.text()).as(t.text() + " not shortened").doesNotEndWith("…");
        }
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                assertThat(drawn.get(i).overlaps(drawn.get(j), 1)).as(drawn.get(i) + " and " + drawn.get(j)).isFalse();
            }
        }
    }

    /** The visible text nodes under {@code n} (labels, buttons, fields, table cells). */
    private static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        if (!n.isVisible()) return out;
        if (n instanceof Text t && !t.getText().isBlank()) out.add(t);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) out.addAll(texts(c));
        }
        return out;
    }

    private List<String> racerNamesShown() {
        Node table = fx(() -> view.lookup("#landscape-race-table"));
        Bounds tb = fx(() -> sceneBounds(table));
        List<String> names = new ArrayList<>();
        for (Text t : fx(() -> texts(table))) {
            Bounds b = fx(() -> t.localToScene(t.getLayoutBounds()));
            boolean racer = view.race().rows().stream().anyMatch(r -> Formulas.name(r.kind).equals(t.getText()));
            if (racer && b.getMaxY() <= tb.getMaxY() + 0.5 && b.getMinY() >= tb.getMinY() - 0.5) names.add(t.getText());
        }
        return names;
    }

    private int toolbarRows() {
        return fx(() -> {
            Parent bar = (Parent) view.lookup(".landscape-toolbar");
            return (int) bar.getChildrenUnmodifiable().stream().map(c -> Math.round(c.getLayoutY())).distinct().count();
        });
    }

    private static Bounds sceneBounds(Node n) { return n.localToScene(n.getLayoutBounds()); }



}
