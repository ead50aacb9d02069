package org.nnplay.ui.landscape;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.PathPoint;

/**
 * The 2-D slice: a heat map with contour lines and axes on one canvas (repainted when the grid, the scale or the size
 * changes), and on a second canvas above it what moves: the training path coloured by its recorded loss, the current
 * point, the optimizer race and the hover marker. Reports hover and clicks in slice coordinates (α, β).
 */
final class HeatmapView extends Region {
    private static final double LEFT = 84;
    private static final double BOTTOM = 62;
    private static final double TOP = 14;
    private static final double RIGHT = 14;
    private static final Font NOTE_FONT = Font.font("System", FontWeight.BOLD, 15);

    private static final double BAR_GAP = 18;
    final ColorBar bar = new ColorBar();
    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private LandscapeGrid grid;
    private LossScale scale = LossScale.of(0, 1, false);
    private PlotFrame frame;
    private List<PathPoint> path = List.of();
    private PathPoint current;
    private List<RaceTrace> races = List.of();
    private double[] raceStart;
    private double[] hover;
    private String message = "Computing the landscape…";
    private BiConsumer<Double, Double> onHover = (a, b) -> {};
    private Runnable onExit = () -> {};
    private BiConsumer<Double, Double> onClick = (a, b) -> {};

    HeatmapView() {
        getStyleClass().add("landscape-heatmap");
        overlay.setId("landscape-overlay");
        getChildren().addAll(base, overlay, bar);
        overlay.setOnMouseMoved(e -> pointer(e.getX(), e.getY(), false));
        overlay.setOnMouseDragged(e -> pointer(e.getX(), e.getY(), false));
        overlay.setOnMouseExited(e -> leave());
        overlay.setOnMouseClicked(e -> pointer(e.getX(), e.getY(), true));
        setMinSize(200, 200);
        setPrefSize(640, 600);
    }

    void setOnHover(BiConsumer<Double, Double> h) { onHover = h; }

    void setOnExit(Runnable r) { onExit = r; }

    void setOnClick(BiConsumer<Double, Double> c) { onClick = c; }

    LandscapeGrid grid() { return grid; }

    LossScale scale() { return scale; }

    /** The plot rectangle and its data ranges (null before the first grid): for tests and the race's start marker. */
    PlotFrame frame() { return frame; }

    void setGrid(LandscapeGrid g, LossScale s) {
        grid = g;
        scale = s;
        message = null;
        repaintBase();
        repaintOverlay();
    }

    /** Shown instead of the map (no grid yet, nothing to compute, an error). */
    void setMessage(String m) {
        message = m;
        if (m != null) {
            grid = null;
            hover = null;
        }
        repaintBase();
        repaintOverlay();
    }

    void setPath(List<PathPoint> p, PathPoint now) {
        path = List.copyOf(p);
        current = now;
        repaintOverlay();
    }

    void setCurrent(PathPoint now) {
        current = now;
        repaintOverlay();
    }

    void setRaces(List<RaceTrace> r, double[] start) {
        races = List.copyOf(r);
        raceStart = start == null ? null : start.clone();
        repaintOverlay();
    }

    private void pointer(double x, double y, boolean click) {
        if (grid == null || frame == null || !frame.contains(x, y)) {
            if (hover != null) leave();
            return;
        }
        double a = frame.fromX(x);
        double b = frame.fromY(y);
        hover = new double[] {a, b};
        repaintOverlay();
        if (click) {
            onClick.accept(a, b);
        } else {
            onHover.accept(a, b);
        }
    }

    private void leave() {
        hover = null;
        repaintOverlay();
        onExit.run();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != base.getWidth() || h != base.getHeight()) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            repaintBase();
            repaintOverlay();
        }
    }

    private void repaintBase() {
        GraphicsContext g = base.getGraphicsContext2D();
        double w = base.getWidth();
        double h = base.getHeight();
        g.clearRect(0, 0, w, h);
        double barW = bar.getPrefWidth();
        double side = Math.floor(Math.min(w - LEFT - RIGHT - BAR_GAP - barW, h - TOP - BOTTOM));
        if (side < 20) {
            frame = null;
            return;
        }
        double px = Math.floor(LEFT + (w - LEFT - RIGHT - BAR_GAP - barW - side) / 2);
        bar.resizeRelocate(px + side + BAR_GAP, 0, barW, h);
        if (grid == null) {
            frame = null;
            g.setFill(Color.web("#e9ebf0"));
            g.fillRect(px, TOP, side, side);
            note(g, message == null ? "" : message, px + side / 2, TOP + side / 2);
            return;
        }
        frame = new PlotFrame(px, TOP, side, side, grid.alphaMin(), grid.alphaMax(), grid.betaMin(), grid.betaMax());
        WritableImage img = HeatmapPainter.raster(grid, scale, (int) side, (int) side);
        g.drawImage(img, px, TOP);
        HeatmapPainter.contours(g, grid, scale, frame);
        frame.drawAxes(g, grid.alphaLabel(), grid.betaLabel(), null, false);
    }

    private static void note(GraphicsContext g, String text, double x, double y) {
        g.setFill(PlotFrame.MUTED);
        g.setFont(NOTE_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    private void repaintOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (frame == null || grid == null) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(frame.px, frame.py, frame.pw, frame.ph);
        g.clip();
        OverlayPainter p = new OverlayPainter(g, frame, scale);
        p.path(path);
        for (RaceTrace r : races) {
            p.race(r);
        }
        if (raceStart != null) {
            p.start(raceStart[0], raceStart[1]);
        }
        if (current != null) {
            p.current(current);
        }
        g.restore();
        if (hover != null) {
            double v = HeatmapPainter.sample(grid.losses(), grid.n(),
                    (hover[0] - grid.alphaMin()) / (grid.alphaMax() - grid.alphaMin()) * (grid.n() - 1),
                    (hover[1] - grid.betaMin()) / (grid.betaMax() - grid.betaMin()) * (grid.n() - 1));
            p.hover(hover[0], hover[1], v);
        }
    }
}
