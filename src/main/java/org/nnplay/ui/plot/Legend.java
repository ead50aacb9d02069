package org.nnplay.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The small key beside the plot: class colours, training vs test marks, and the heat-map scale when one is shown. */
final class Legend {
    static final double WIDTH = 150;
    private static final double ROW = 26;
    private static final double MARK = 6.5;

    void draw(GraphicsContext g, double x, double y, boolean boxed, Color ink, Palette palette,
              boolean withTest, boolean withHeat, boolean regression) {
        int rows = 3 + (withTest ? 2 : 0) + (withHeat ? 2 : 0);
        double height = 12 + rows * ROW;
        if (boxed) {
            g.setFill(Color.rgb(255, 255, 255, 0.88));
            g.fillRoundRect(x, y, WIDTH, height, 10, 10);
            g.setStroke(Color.rgb(0, 0, 0, 0.35));
            g.setLineWidth(1);
            g.strokeRoundRect(x, y, WIDTH, height, 10, 10);
            ink = Color.web("#1b1b1b");
        }
        String family = Font.getDefault().getFamily();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double cx = x + 12 + MARK;
        double tx = x + 32;
        double cy = y + 6 + ROW / 2;

        g.setFill(ink);
        g.setFont(Font.font(family, FontWeight.BOLD, 15));
        g.fillText("Legend", x + 10, cy);
        g.setFont(Font.font(family, 15));
        cy += ROW;
        dot(g, cx, cy, regression ? palette.positive() : palette.classColor(1));
        g.setFill(ink);
        g.fillText(regression ? "high value" : "class 1", tx, cy);
        cy += ROW;
        dot(g, cx, cy, regression ? palette.negative() : palette.classColor(0));
        g.setFill(ink);
        g.fillText(regression ? "low value" : "class 0", tx, cy);
        if (withTest) {
            cy += ROW;
            dot(g, cx, cy, Color.web("#8a8a8a"));
            g.setFill(ink);
            g.fillText("training", tx, cy);
            cy += ROW;
            g.setFill(Color.WHITE);
            g.fillOval(cx - MARK, cy - MARK, 2 * MARK, 2 * MARK);
            g.setStroke(Color.web("#111111"));
            g.setLineWidth(1);
            g.strokeOval(cx - MARK, cy - MARK, 2 * MARK, 2 * MARK);
            g.setStroke(Color.GRAY);
            g.setLineWidth(3);
            g.strokeOval(cx - MARK + 2, cy - MARK + 2, 2 * MARK - 4, 2 * MARK - 4);
            g.setFill(ink);
            g.fillText("test", tx, cy);
        }
        if (withHeat) {
            cy += ROW;
            g.setFill(ink);
            g.fillText("P(class 1)", x + 10, cy);
            cy += ROW;
            double barX = x + 10;
            double barW = WIDTH - 20;
            for (int i = 0; i < barW; i++) {
                g.setFill(palette.heatColor(i / (barW - 1)));
                g.fillRect(barX + i, cy - 9, 1.5, 12);
            }
            g.setStroke(Color.rgb(0, 0, 0, 0.5));
            g.setLineWidth(1);
            g.strokeRect(barX, cy - 9, barW, 12);
            g.setFill(ink);
            g.setFont(Font.font(family, 13));
            g.setTextBaseline(VPos.TOP);
            g.fillText("0", barX, cy + 4);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("0.5", barX + barW / 2, cy + 4);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText("1", barX + barW, cy + 4);
        }
    }

    private static void dot(GraphicsContext g, double cx, double cy, Color fill) {
        g.setFill(fill);
        g.fillOval(cx - MARK, cy - MARK, 2 * MARK, 2 * MARK);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(1.2);
        g.strokeOval(cx - MARK, cy - MARK, 2 * MARK, 2 * MARK);
    }
}
