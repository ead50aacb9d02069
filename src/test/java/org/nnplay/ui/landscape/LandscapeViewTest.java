package org.nnplay.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nnplay.ui.landscape.FxCalls.await;
import static org.nnplay.ui.landscape.FxCalls.fx;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.RunState;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.ui.Display;
import org.nnplay.ui.plot.PlotFrame;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view on a small trained circle problem, end to end: compute, draw, hover, click, race, path, line, 3-D. */
@ExtendWith(ApplicationExtension.class)
class LandscapeViewTest {
    private CircleProblem problem;
    private LandscapeView view;
    private final List<Weights> previews = new CopyOnWriteArrayList<>();
    private final AtomicReference<Weights> loaded = new AtomicReference<>();
    private volatile int endPreviews;

    @BeforeAll
    static void display() {
        Display.require();
    }

    @Start
    void start(Stage stage) {
        problem = new CircleProblem();
        problem.train(40);
        view = new LandscapeView();
        view.setInteraction(new LandscapeInteraction() {
            @Override public void previewWeights(Weights w) { previews.add(w); }

            @Override public void endPreview() { endPreviews++; }

            @Override public void loadWeights(Weights w) { loaded.set(w); }
        });
        stage.setOnHidden(e -> view.dispose());
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(view, 1280, 860));
        view.setSource(problem);
        view.onSnapshot(problem.snapshot(RunState.PAUSED));
    }

    @Test
    void heatMapHoverAndClick(FxRobot robot) throws Exception {
        LandscapeGrid g = await(() -> complete(view.heat().grid(), 41));
        assertThat(g.alphaLabel()).startsWith("α");
        PlotFrame f = fx(() -> view.heat().frame());
        Image shot = fx(() -> view.heat().snapshot(null, null));
        // the centre is the trained weights: low loss, dark; the corners, ±1 along random directions, are higher
        double centre = brightness(shot, f.toX(0), f.toY(0));
        double corner = Math.max(Math.max(brightness(shot, f.left() + 6, f.top() + 6), brightness(shot, f.right() - 6, f.top() + 6)),
                Math.max(brightness(shot, f.left() + 6, f.bottom() - 6), brightness(shot, f.right() - 6, f.bottom() - 6)));
        assertThat(centre).isLessThan(corner);
        assertThat(g.loss(20, 20)).isLessThan(g.max());

        double[] current = problem.net.weights().flatten();
        robot.moveTo(screen(view.heat(), f.toX(0.5), f.toY(-0.4)));
        robot.moveTo(screen(view.heat(), f.toX(0.55), f.toY(-0.45)));
        await(() -> previews.isEmpty() ? null : previews.get(previews.size() - 1));
        double[] hovered = previews.get(previews.size() - 1).flatten();
        assertThat(hovered).hasSameSizeAs(current).isNotEqualTo(current);
        FxCalls.save(view, "landscape-2d.png");

        robot.clickOn(screen(view.heat(), f.toX(-0.3), f.toY(0.3)));
        Weights w = await(loaded::get);
        assertThat(w.flatten()).isNotEqualTo(current);
        robot.moveTo(screen(view, 5, 5));
        await(() -> endPreviews > 0 ? true : null);
    }

    @Test
    void optimizerRaceDrawsEveryPath(FxRobot robot) throws Exception {
        await(() -> complete(view.heat().grid(), 41));
        fx(() -> { view.raceModeProperty().set(true); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        PlotFrame f = fx(() -> view.heat().frame());
        robot.clickOn(screen(view.heat(), f.toX(-0.7), f.toY(0.75)));
        await(() -> view.race().rows().get(0).result.get().isEmpty() ? null : true);
        assertThat(loaded.get()).as("a click in race mode races, it does not load").isNull();
        Image overlay = fx(() -> view.heat().lookup("#landscape-overlay").snapshot(null, null));
        for (int k : new int[] {0, 1}) { // SGD (red) and momentum (orange)
            assertThat(count(overlay, RacePanel.COLORS[k])).as("pixels of racer " + k).isGreaterThan(30);
        }
        FxCalls.save(view, "landscape-race.png");
    }

    @Test
    void trainingPathPlaneWithExplainedVariance() throws Exception {
        fx(() -> { view.setMode(LandscapeMode.PATH); return null; });
        LandscapeGrid g = await(() -> {
            LandscapeGrid x = complete(view.heat().grid(), 41);
            return x != null && x.alphaLabel().startsWith("PC1") ? x : null;
        });
        assertThat(g.alphaLabel()).matches("PC1 \\(\\d+\\.\\d % of variance\\)");
        assertThat(g.betaLabel()).startsWith("PC2");
        FxCalls.save(view, "landscape-path.png");
    }

    @Test
    void aStepWhilePausedRecomputesAroundTheNewWeights() throws Exception {
        await(() -> complete(view.heat().grid(), 41));
        var before = fx(() -> view.controller().currentRequest());
        problem.train(1);
        fx(() -> { view.onSnapshot(problem.snapshot(RunState.PAUSED)); return null; });
        var after = fx(() -> view.controller().currentRequest());
        assertThat(after).isNotSameAs(before);
        assertThat(after.slice().center()).isEqualTo(problem.net.weights().flatten());
        fx(() -> { view.onSnapshot(problem.snapshot(RunState.PAUSED)); return null; });
        assertThat(fx(() -> view.controller().currentRequest())).isSameAs(after);
    }

    @Test
    void lineFromInitialToCurrentWeights(FxRobot robot) throws Exception {
        fx(() -> { view.setMode(LandscapeMode.LINE); return null; });
        var line = await(() -> view.line().line());
        double[] l = line.losses();
        int t0 = 10;
        int t1 = 50; // t = −0.25 + 1.5·k/60: k = 10 is t = 0, k = 50 is t = 1
        assertThat(line.alphas()[t0]).isEqualTo(0.0);
        assertThat(l[t1]).isLessThan(l[t0]); // training lowered the loss
        FxCalls.save(view, "landscape-line.png");
    }

    @Test
    void rotatableSurface(FxRobot robot) throws Exception {
        await(() -> complete(view.heat().grid(), 41));
        fx(() -> { view.setMode(LandscapeMode.SURFACE); return null; });
        await(() -> view.surface().grid());
        robot.drag(screen(view.surface(), 300, 300)).moveBy(60, 20).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        FxCalls.save(view, "landscape-3d.png");
    }

    // ---- helpers ----

    private static LandscapeGrid complete(LandscapeGrid g, int n) {
        return g != null && g.complete() && g.n() == n ? g : null;
    }



    private static Point2D screen(Node n, double x, double y) {
        return fx(() -> n.localToScreen(x, y));
    }

    private static double brightness(Image img, double x, double y) {
        return img.getPixelReader().getColor((int) x, (int) y).getBrightness();
    }

    private static int count(Image img, Color c) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = r.getColor(x, y);
                if (p.getOpacity() > 0.9 && Math.abs(p.getRed() - c.getRed()) < 0.06
                        && Math.abs(p.getGreen() - c.getGreen()) < 0.06 && Math.abs(p.getBlue() - c.getBlue()) < 0.06) {
                    n++;
                }
            }
        }
        return n;
    }

}
