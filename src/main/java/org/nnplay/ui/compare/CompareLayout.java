package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the compare view's parts go for one size: the setting chooser across the top, then the small multiples
 * (each a title over a square plot, all the same size) and the learning-curve chart with the table of figures.
 * Two arrangements are tried and the one with the larger plots wins: the multiples in rows across the whole width
 * with the chart and table side by side under them, or the multiples in a grid on the left with the chart over the
 * table on the right. The chart and table get at least {@link #BAND} px of height, or {@link #COLUMN} px of width
 * (times the font scale), and whatever the plots leave. Pure geometry.
 */
record CompareLayout(Box chooser, List<Box> tiles, List<Box> plots, Box chart, Box table) {
    /** A rectangle in the view's coordinates. */
    record Box(double x, double y, double w, double h) {
        double right() { return x + w; }

        double bottom() { return y + h; }
    }

    static final double GAP = 10;
    /** Least height of the chart-and-table band under rows of plots (font scale 1). */
    static final double BAND = 200;
    /** Least width of the chart-over-table column beside a grid of plots (font scale 1). */
    static final double COLUMN = 460;

    /** The side of every plot square. */
    double side() { return plots.isEmpty() ? 0 : plots.getFirst().w(); }

    /**
     * @param chooserHeight the chooser's preferred height
     * @param titleHeight   the height of a plot's title (above its square)
     * @param fs            the font scale: gaps and least sizes grow with it
     */
    static CompareLayout plan(double width, double height, int n, double chooserHeight, double titleHeight, double fs) {
        return plan(width, height, n, chooserHeight, titleHeight, fs, 0);
    }

    /** As above, the table never narrower than {@code tableLeast} where the chart and table share a band. */
    static CompareLayout plan(double width, double height, int n, double chooserHeight, double titleHeight, double fs,
                              double tableLeast) {
        double gap = Math.round(GAP * fs);
        Box chooser = new Box(0, 0, width, chooserHeight);
        double top = chooserHeight + gap;
        double h = Math.max(0, height - top);
        if (n == 0) {
            double cw = Math.floor((width - gap) * 0.6);
            return new CompareLayout(chooser, List.of(), List.of(), new Box(0, top, cw, h),
                    new Box(cw + gap, top, width - cw - gap, h));
        }
        double bestSide = -1;
        boolean bestBeside = false;
        int bestCols = 1;
        for (int rows = 1; rows <= n; rows++) { // rows across the top, the band under them
            int cols = (n + rows - 1) / rows;
            double s = Math.min((width - (cols - 1) * gap) / cols,
                    (h - BAND * fs - rows * (titleHeight + gap)) / rows);
            if (s > bestSide + 0.5) {
                bestSide = s;
                bestCols = cols;
                bestBeside = false;
            }
        }
        for (int cols = 1; cols <= n; cols++) { // a grid on the left, the column on the right
            int rows = (n + cols - 1) / cols;
            double s = Math.min((width - COLUMN * fs - cols * gap) / cols,
                    (h - rows * titleHeight - (rows - 1) * gap) / rows);
            if (s > bestSide + 0.5) {
                bestSide = s;
                bestCols = cols;
                bestBeside = true;
            }
        }
        double side = Math.max(10, Math.floor(bestSide));
        int cols = bestCols;
        int rows = (n + cols - 1) / cols;
        double gridW = cols * side + (cols - 1) * gap;
        double gridH = rows * (titleHeight + side) + (rows - 1) * gap;
        double x0 = bestBeside ? 0 : Math.floor((width - gridW) / 2);
        List<Box> tiles = new ArrayList<>(n);
        List<Box> plots = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int c = i % cols;
            double x = x0 + c * (side + gap);
            double y = top + r * (titleHeight + side + gap);
            tiles.add(new Box(x, y, side, titleHeight + side));
            plots.add(new Box(x, y + titleHeight, side, side));
        }
        Box chart;
        Box table;
        if (bestBeside) {
            double x = gridW + gap;
            double w = width - x;
            double ch = Math.floor((h - gap) * 0.55);
            chart = new Box(x, top, w, ch);
            table = new Box(x, top + ch + gap, w, h - ch - gap);
        } else {
            double y = top + gridH + gap;
            double bh = Math.max(0, height - y);
            double cw = Math.floor(Math.min((width - gap) * 0.56, width - gap - tableLeast));
            chart = new Box(0, y, cw, bh);
            table = new Box(cw + gap, y, width - cw - gap, bh);
        }
        return new CompareLayout(chooser, List.copyOf(tiles), List.copyOf(plots), chart, table);
    }
}
