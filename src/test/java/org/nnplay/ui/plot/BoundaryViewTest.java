package org.nnplay.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplay.data.DataSet;
import org.nnplay.data.Domain;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.ui.Display;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BoundaryViewTest {
    private final BoundaryView view = new BoundaryView();

    @BeforeAll
    static void display() { Display.require(); }

    @Start
    void start(Stage stage) {
        org.nnplay.ui.FxTestSupport.show(stage, new Scene(view, 700, 560));
    }

    private static DataSet pass() {
        return new DataSet("pass", ProblemType.CLASSIFICATION, 2, List.of(new Sample(25, 30, 1), new Sample(3, 5, 0)),
                List.of(), new Domain(0, 30, 0, 40), "lectures attended", "project hours");
    }

    private Color pixel(FxRobot robot, double x1, double x2) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.snapshot(null, null));
        Point2D p = view.toLocal(x1, x2);
        return img[0].getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    @Test
    void aNonSquareDomainMapsBothAxesToThePlot(FxRobot robot) {
        robot.interact(() -> view.setData(pass()));
        PlotFrame f = view.frame();
        assertThat(f.toX(0)).isEqualTo(f.left());
        assertThat(f.toX(30)).isEqualTo(f.right());
        assertThat(f.toY(40)).isEqualTo(f.top());
        assertThat(f.toY(0)).isEqualTo(f.bottom());
        assertThat(view.toData(f.left() + f.side() / 2, f.top() + f.side() / 2)).isEqualTo(new Point2D(15, 20));
        assertThat(view.toData(f.left() - 5, f.top())).isNull();
    }

    @Test
    void severalClassesAreDrawnInTheirOwnColours(FxRobot robot) {
        int n = 4;
        double[] grid = {0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 3, 3, 2, 2, 3, 3};
        robot.interact(() -> {
            view.setData(null);
            view.setGrid(grid, n, GridMode.CLASSES);
        });
        Palette p = Palette.RED_GREEN;
        assertThat(pixel(robot, -3, 3)).isEqualTo(argbColor(p.classTintArgb(0)));
        assertThat(pixel(robot, 3, 3)).isEqualTo(argbColor(p.classTintArgb(1)));
        assertThat(pixel(robot, -3, -3)).isEqualTo(argbColor(p.classTintArgb(2)));
        assertThat(pixel(robot, 3, -3)).isEqualTo(argbColor(p.classTintArgb(3)));
    }

    @Test
    void discretizedOutputHasOnlyTheTwoEndColours(FxRobot robot) {
        double[] grid = {0.3, 0.45, 0.55, 0.9};
        robot.interact(() -> {
            view.setGrid(grid, 2, GridMode.PROBABILITY);
            view.setDiscretize(true);
        });
        assertThat(pixel(robot, -3, 3).toString()).isEqualTo(argbColor(Palette.RED_GREEN.heatArgb(0)).toString());
        assertThat(pixel(robot, 3, -3).toString()).isEqualTo(argbColor(Palette.RED_GREEN.heatArgb(1)).toString());
    }

    @Test
    void aNewGridOfTheSameKindOnlyRepaintsTheHeatLayer(FxRobot robot) {
        robot.interact(() -> view.setGrid(new double[]{0, 1, 0, 1}, 2));
        robot.sleep(100);
        long before = view.redraws();
        for (int i = 0; i < 5; i++) {
            double v = i / 5.0;
            robot.interact(() -> view.setGrid(new double[]{v, v, v, v}, 2));
        }
        assertThat(view.redraws()).isEqualTo(before);
        robot.interact(() -> view.setOverlay(new double[]{-1, 1, -1, 1}, 2, GridMode.ACTIVATION, "Layer 1, neuron 2"));
        assertThat(view.getOverlayCaption()).isEqualTo("Layer 1, neuron 2");
        assertThat(view.redraws()).isEqualTo(before + 1);
    }

    private static Color argbColor(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }
}
