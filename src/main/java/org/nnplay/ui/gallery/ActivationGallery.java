package org.nnplay.ui.gallery;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Activations;
import org.nnplay.ui.Formulas;

/**
 * Curriculum scene 10: every activation the engine has, each drawn with its derivative over [−4, 4] from the very
 * functions training uses ({@link UnaryFn}), with its name, the function and its derivative written out in full
 * underneath (from {@link Formulas}). The step function's flat derivative is the lesson: no gradient flows through it.
 */
public final class ActivationGallery extends Region {
    static final double RANGE = 4;
    static final double PLOT_WIDTH = 210;
    private static final Color FUNCTION = Color.web("#1f6feb");
    private static final Color DERIVATIVE = Color.web("#d1495b");
    private final GridPane grid = new GridPane();
    private double leakySlope = 0.1;

    public ActivationGallery() {
        grid.setHgap(14); // five cards of 230 px fit 1240 px: shrunk columns would wrap the formulas unevenly
        grid.setVgap(18);
        grid.setPadding(new Insets(14));
        getChildren().add(grid);
        rebuild();
    }

    /** Leaky ReLU's slope (the lectures use 0.1). */
    public void setLeakySlope(double slope) {
        this.leakySlope = slope;
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        ActivationKind[] kinds = ActivationKind.values();
        for (int i = 0; i < kinds.length; i++) {
            VBox card = card(kinds[i]);
            card.setMaxHeight(Double.MAX_VALUE); // the cards of a row share its height, tops aligned
            GridPane.setValignment(card, VPos.TOP);
            GridPane.setFillHeight(card, true);
            grid.add(card, i % 5, i / 5);
        }
    }

    private VBox card(ActivationKind kind) {
        Canvas plot = new Canvas(PLOT_WIDTH, 150);
        draw(plot.getGraphicsContext2D(), kind, plot.getWidth(), plot.getHeight());
        Label title = new Label(title(kind));
        title.setFont(Font.font(null, FontWeight.BOLD, 16));
        title.setId("activation-title-" + kind.key());
        Text function = formulaText(Formulas.function(kind, leakySlope), FUNCTION);
        function.setId("activation-function-" + kind.key());
        Text derivative = formulaText(Formulas.derivative(kind, leakySlope), DERIVATIVE);
        derivative.setId("activation-derivative-" + kind.key());
        VBox box = new VBox(6, title, new StackPane(plot), function, derivative);
        box.setId("activation-card-" + kind.key());
        box.setPadding(new Insets(10));
        box.setStyle("-fx-background-color: white; -fx-background-radius: 8; -fx-border-color: #d0d7de;"
                + " -fx-border-radius: 8;");
        return box;
    }

    static String title(ActivationKind kind) {
        return Formulas.name(kind);
    }

    /**
     * A formula in full, wrapped over as many lines as it needs (never cut), in its curve's colour. A wrapped Text,
     * not a Label: it reports its wrapped height to the grid, so every card's row is as tall as its longest formula.
     */
    private static Text formulaText(String text, Color colour) {
        Text t = new Text(text);
        t.setWrappingWidth(PLOT_WIDTH);
        t.setFill(colour.darker());
        t.setFont(Font.font(13));
        return t;
    }

    /** y range shown for every plot: wide enough for ReLU at 4, the same for all so they compare. */
    static double[] yRange() { return new double[] {-1.5, 4}; }

    /** Pixel y of value v in a plot of height h. */
    static double toY(double v, double h) {
        double[] r = yRange();
        return h - (v - r[0]) / (r[1] - r[0]) * h;
    }

    static double toX(double x, double w) { return (x + RANGE) / (2 * RANGE) * w; }

    private void draw(GraphicsContext g, ActivationKind kind, double w, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web("#c9d1d9"));
        g.setLineWidth(1);
        g.strokeLine(0, toY(0, h), w, toY(0, h));
        g.strokeLine(toX(0, w), 0, toX(0, w), h);
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("4", w - 2, toY(0, h) + 2);
        g.fillText("1", toX(0, w) - 3, toY(1, h) - 6);
        UnaryFn fn = Activations.fn(kind);
        double p = kind == ActivationKind.LEAKY_RELU ? leakySlope : Activations.param(kind, leakySlope);
        curve(g, w, h, x -> fn.apply(x, p), FUNCTION, 3);
        curve(g, w, h, x -> fn.derivative(x, fn.apply(x, p), p), DERIVATIVE, 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(FUNCTION);
        g.fillText("f(x)", 6, 4);
        g.setFill(DERIVATIVE);
        g.fillText("f′(x)", 6, 18);
    }

    private static void curve(GraphicsContext g, double w, double h, java.util.function.DoubleUnaryOperator f,
                              Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        int n = 400;
        boolean pen = false;
        for (int i = 0; i <= n; i++) {
            double x = -RANGE + 2 * RANGE * i / n;
            double y = f.applyAsDouble(x);
            double py = Math.max(-5, Math.min(h + 5, toY(y, h)));
            if (!pen) {
                g.moveTo(toX(x, w), py);
                pen = true;
            } else {
                g.lineTo(toX(x, w), py);
            }
        }
        g.stroke();
    }

    @Override protected void layoutChildren() {
        grid.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override protected double computePrefWidth(double height) { return grid.prefWidth(height); }

    @Override protected double computePrefHeight(double width) { return grid.prefHeight(width); }
}
