package org.nnplay.ui.plot;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The key beside the plot: one row per class (or high / low value for regression), training vs test marks, and the
 * heat map's colour scale with its ends labelled (P(class 1) 0–1, or the value −1–1).
 */
final class Legend {
    static final double WIDTH = 150;
    private static final double ROW = 24;
    private static final double MARK = 6.5;

    /**
     * What the legend lists: its title (the label's name, else "Legend"), class rows as (name, colour), whether test
     * points are shown, and the heat scale with its title and the labels of its ends and middle.
     */
    record Content(String title, List<String> names, List<Color> colors, boolean withTest, GridMode heat,
                   String heatTitle, List<String> ends) {}

    static double width(double scale) { return WIDTH * scale; }

    /** Height of the strip form for this content at this width: the mark rows it wraps into, the heat scale's row. */
    static double stripHeight(Content c, double width, double scale) {
        double bar = c.heat() != null && c.heat() != GridMode.CLASSES ? ROW * scale + 20 * scale : 8 * scale;
        return markRows(c, width, scale) * ROW * scale + bar;
    }

    private static int markRows(Content c, double width, double scale) {
        double[][] at = place(c, width, stripFont(scale), scale);
        return at.length == 0 ? 1 : (int) at[at.length - 1][1] + 1;
    }

    /** Where each mark of the strip goes: {x offset, row} per item, wrapping at {@code width} (measure and draw agree). */
    private static double[][] place(Content c, double width, Font font, double scale) {
        double[][] at = new double[items(c)][];
        double cx = 0;
        int row = 0;
        for (int i = 0; i < at.length; i++) {
            double need = itemWidth(itemName(c, i), font, scale);
            if (cx > 0 && cx + need > width) {
                row++;
                cx = 0;
            }
            at[i] = new double[] {cx, row};
            cx += need;
        }
        return at;
    }

    private static Font stripFont(double scale) { return Font.font(Font.getDefault().getFamily(), 15 * scale); }

    private static int items(Content c) { return c.names().size() + (c.withTest() ? 2 : 0); }

    private static String itemName(Content c, int i) {
        return i < c.names().size() ? c.names().get(i) : i == c.names().size() ? "training" : "test";
    }

    private static double itemWidth(String name, Font font, double scale) {
        return 2 * MARK * scale + 8 * scale + textWidth(name, font) + 16 * scale;
    }

    /**
     * The legend as a strip under the plot (a window too narrow for the column beside it): the class marks and
     * training/test on one row, the heat scale on the next, left-aligned at {@code x}, wrapping at {@code width}.
     */
    void drawStrip(GraphicsContext g, double x, double y, double width, Color ink, Palette palette, Content c,
                   double scale) {
        double row = ROW * scale;
        double mark = MARK * scale;
        String family = Font.getDefault().getFamily();
        Font font = stripFont(scale);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double[][] at = place(c, width, font, scale);
        double cy = y + row / 2;
        for (int i = 0; i < at.length; i++) {
            String name = itemName(c, i);
            double cx = x + at[i][0];
            cy = y + row / 2 + at[i][1] * row;
            if (i < c.names().size()) dot(g, cx + mark, cy, mark, c.colors().get(i), scale);
            else if (name.equals("training")) dot(g, cx + mark, cy, mark, Color.web("#8a8a8a"), scale);
            else testMark(g, cx + mark, cy, mark, scale);
            g.setFill(ink);
            g.fillText(name, cx + 2 * mark + 8 * scale, cy);
        }
        if (c.heat() != null && c.heat() != GridMode.CLASSES) {
            cy += row;
            g.setFill(ink);
            g.fillText(c.heatTitle(), x, cy);
            double bx = x + textWidth(c.heatTitle(), font) + 12 * scale;
            double bw = Math.min(180 * scale, x + width - bx - 4 * scale);
            if (bw > 40 * scale) {
                heatBar(g, bx, cy + 2 * scale, bw, ink, palette, c.ends(), scale, family);
            }
        }
    }

    private static double textWidth(String s, Font f) { return org.nnplay.ui.TextWidth.of(s, f); }

    private static void testMark(GraphicsContext g, double cx, double cy, double mark, double scale) {
        PointPainter.testMark(g, cx, cy, mark * 0.85, Color.web("#6a6a6a"));
    }

    void draw(GraphicsContext g, double x, double y, boolean boxed, Color ink, Palette palette, Content c, double scale) {
        double row = ROW * scale;
        double mark = MARK * scale;
        double width = WIDTH * scale;
        boolean bar = c.heat() != null && c.heat() != GridMode.CLASSES;
        int rows = 1 + c.names().size() + (c.withTest() ? 2 : 0) + (bar ? 2 : 0);
        double height = 12 * scale + rows * row;
        if (boxed) {
            g.setFill(Color.rgb(255, 255, 255, 0.88));
            g.fillRoundRect(x, y, width, height, 10, 10);
            g.setStroke(Color.rgb(0, 0, 0, 0.35));
            g.setLineWidth(1);
            g.strokeRoundRect(x, y, width, height, 10, 10);
            ink = Color.web("#1b1b1b");
        }
        String family = Font.getDefault().getFamily();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double cx = x + 12 * scale + mark;
        double tx = x + 32 * scale;
        double cy = y + 6 * scale + row / 2;
        g.setFill(ink);
        g.setFont(Font.font(family, FontWeight.BOLD, 15 * scale));
        g.fillText(c.title(), x + 10 * scale, cy, width - 16 * scale);
        g.setFont(Font.font(family, 15 * scale));
        for (int i = 0; i < c.names().size(); i++) {
            cy += row;
            dot(g, cx, cy, mark, c.colors().get(i), scale);
            g.setFill(ink);
            g.fillText(c.names().get(i), tx, cy, width - 36 * scale);
        }
        if (c.withTest()) {
            cy += row;
            dot(g, cx, cy, mark, Color.web("#8a8a8a"), scale);
            g.setFill(ink);
            g.fillText("training", tx, cy);
            cy += row;
            testMark(g, cx, cy, mark, scale);
            g.setFill(ink);
            g.fillText("test", tx, cy);
        }
        if (bar) {
            cy += row;
            g.setFill(ink);
            g.fillText(c.heatTitle(), x + 10 * scale, cy, width - 16 * scale);
            cy += row;
            heatBar(g, x + 10 * scale, cy, width - 20 * scale, ink, palette, c.ends(), scale, family);
        }
    }

    private static void heatBar(GraphicsContext g, double barX, double cy, double barW, Color ink, Palette palette,
                                List<String> ends, double scale, String family) {
        for (int i = 0; i < barW; i++) {
            g.setFill(palette.heatColor(i / (barW - 1)));
            g.fillRect(barX + i, cy - 9 * scale, 1.5, 12 * scale);
        }
        g.setStroke(Color.rgb(0, 0, 0, 0.5));
        g.setLineWidth(1);
        g.strokeRect(barX, cy - 9 * scale, barW, 12 * scale);
        g.setFill(ink);
        g.setFont(Font.font(family, 13 * scale));
        g.setTextBaseline(VPos.TOP);
        g.fillText(ends.get(0), barX, cy + 4 * scale);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(ends.get(1), barX + barW / 2, cy + 4 * scale);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ends.get(2), barX + barW, cy + 4 * scale);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
    }

    private static void dot(GraphicsContext g, double cx, double cy, double mark, Color fill, double scale) {
        g.setFill(fill);
        g.fillOval(cx - mark, cy - mark, 2 * mark, 2 * mark);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(1.2 * scale);
        g.strokeOval(cx - mark, cy - mark, 2 * mark, 2 * mark);
    }
}
