package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.nnplay.data.Domain;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.ui.plot.HeatPainter;
import org.nnplay.ui.plot.PlotFrame;
import org.nnplay.ui.plot.TextBox;

/**
 * The 2-D slice: on one canvas the heat map (the shared {@link HeatPainter}), contour lines, axes (the shared
 * {@link PlotFrame}) and colour bar, repainted when the grid, the scale, the type size or the size changes; on a
 * second canvas above it what moves: the training path coloured by its recorded loss, the current point, the
 * optimizer race and the hover marker. The plot is the largest square that leaves room for the axes and the colour
 * bar. Reports hover and clicks in slice coordinates (α, β).
 */
final class HeatmapView extends Region {
    private static final int CONTOUR_LEVELS = 10;
    private final Canvas base = new Canvas();
    /**
     * The training path, the races and the current point: a canvas exactly over the plot, so whatever leaves the plot
     * is cut off by the canvas's own edges. A clip on the full-size overlay did the same but made the software
     * renderer draw every shape through a mask, on every snapshot while training.
     */
    private final Canvas track = new Canvas();
    private final Canvas overlay = new Canvas();
    private final HeatPainter heat = new HeatPainter();
    private LandscapeGrid grid;
    private LossScale scale = LossScale.of(0, 1, false);
    private String title = "loss";
    private double[] units;
    private double fontScale = 1;
    private PlotFrame frame;
    private List<PathPoint> path = List.of();
    private PathPoint current;
    private List<RaceTrace> races = List.of();
    private double[] raceStart;
    private double[] hover;
    private String message = "Computing the landscape…";
    private List<TextBox> baseTexts = List.of();
    private List<TextBox> overlayTexts = List.of();
    private BiConsumer<Double, Double> onHover = (a, b) -> {};
    private Runnable onExit = () -> {};
    private BiConsumer<Double, Double> onClick = (a, b) -> {};

    HeatmapView() {
        getStyleClass().add("landscape-heatmap");
        overlay.setId("landscape-overlay");
        track.setId("landscape-track");
        track.setMouseTransparent(true);
        track.setManaged(false);
        getChildren().addAll(base, track, overlay);
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

    /** The plot square in this view's coordinates and the slice's ranges (null before the first layout). */
    PlotFrame frame() { return frame; }

    /** What the canvases' last paint wrote, in this view's coordinates (tests: nothing cut off, nothing overlaps). */
    List<TextBox> texts() {
        List<TextBox> all = new ArrayList<>(baseTexts);
        all.addAll(overlayTexts);
        return all;
    }

    /** The grid with its colour scale and the name of the loss shown (the colour bar's title). */
    void setGrid(LandscapeGrid g, LossScale s, String lossTitle) {
        grid = g;
        scale = s;
        title = lossTitle;
        message = null;
        units = units(g, s);
        repaint();
    }

    void setFontScale(double s) {
        fontScale = s;
        repaint();
    }

    /** Shown instead of the map (no grid yet, nothing to compute, an error). */
    void setMessage(String m) {
        message = m;
        if (m != null) {
            grid = null;
            units = null;
            hover = null;
        }
        repaint();
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

    /** Positions on the colour scale, row 0 at the top (β max), as the heat painter takes them. */
    private static double[] units(LandscapeGrid g, LossScale s) {
        int n = g.n();
        double[] u = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                u[(n - 1 - j) * n + i] = s.unit(g.loss(i, j));
            }
        }
        return u;
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
            repaint();
        }
    }

    private void repaint() {
        repaintBase();
        placeTrack();
        repaintOverlay();
    }

    /** Puts the track canvas over the plot (none while there is no plot). */
    private void placeTrack() {
        boolean plot = frame != null && frame.side() >= 20;
        double x = plot ? Math.floor(frame.left()) : 0;
        double y = plot ? Math.floor(frame.top()) : 0;
        double w = plot ? Math.ceil(frame.left() + frame.width()) - x : 0;
        double h = plot ? Math.ceil(frame.top() + frame.height()) - y : 0;
        track.setWidth(w);
        track.setHeight(h);
        track.relocate(x, y);
    }

    private void repaintBase() {
        GraphicsContext g = base.getGraphicsContext2D();
        double w = base.getWidth();
        double h = base.getHeight();
        g.clearRect(0, 0, w, h);
        double fs = fontScale;
        Domain domain = grid == null ? Domain.square(1)
                : new Domain(grid.alphaMin(), grid.alphaMax(), grid.betaMin(), grid.betaMax());
        frame = PlotFrame.square(w, h, domain, ColorBar.above(fs), ColorBar.width(fs), fs);
        List<TextBox> texts = new ArrayList<>();
        if (frame.side() < 20) {
            baseTexts = texts;
            return;
        }
        if (grid == null) {
            g.setFill(Style.PLANE);
            g.fillRect(frame.left(), frame.top(), frame.side(), frame.side());
            g.setFill(Style.MUTED);
            g.setFont(Style.bold(fs));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            String note = TextBox.fit(message == null ? "" : message, g.getFont(), frame.side() - 16 * fs);
            texts.add(TextBox.fill(g, note, frame.left() + frame.side() / 2, frame.top() + frame.side() / 2));
            baseTexts = texts;
            return;
        }
        int side = (int) frame.side();
        g.drawImage(heat.paint(units, grid.n(), HeatPainter.Samples.EDGE_TO_EDGE, ColorMap.HEAT, side),
                frame.left(), frame.top());
        contours(g, frame);
        texts.addAll(frame.drawAxes(g, Style.INK, grid.alphaLabel(), grid.betaLabel()));
        texts.addAll(ColorBar.paint(g, frame.right(), frame.top(), frame.side(), w, scale, title, fs));
        baseTexts = texts;
    }

    /** Iso-lines at {@link #CONTOUR_LEVELS} levels of the scale, thin and translucent over the colours. */
    private void contours(GraphicsContext g, PlotFrame f) {
        double[] v = grid.losses();
        int n = grid.n();
        double sx = f.width() / (n - 1);
        double sy = f.height() / (n - 1);
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top(), f.width(), f.height());
        g.clip();
        g.setLineWidth(1.2 * f.scale());
        for (double level : scale.levels(CONTOUR_LEVELS)) {
            double t = scale.unit(level);
            g.setStroke(t > 0.6 ? Color.rgb(30, 20, 60, 0.55) : Color.rgb(255, 255, 255, 0.6));
            g.beginPath();
            for (Contours.Segment s : Contours.trace(v, n, level)) {
                g.moveTo(f.left() + s.x1() * sx, f.bottom() - s.y1() * sy);
                g.lineTo(f.left() + s.x2() * sx, f.bottom() - s.y2() * sy);
            }
            g.stroke();
        }
        g.restore();
    }

    private void repaintOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        GraphicsContext t = track.getGraphicsContext2D();
        t.clearRect(0, 0, track.getWidth(), track.getHeight());
        if (frame == null || grid == null) {
            overlayTexts = List.of();
            return;
        }
        t.save();
        t.translate(-track.getLayoutX(), -track.getLayoutY()); // draws in this view's coordinates, like the overlay
        OverlayPainter onPlot = new OverlayPainter(t, frame, scale);
        onPlot.path(path);
        for (RaceTrace r : races) {
            onPlot.race(r);
        }
        if (raceStart != null) {
            onPlot.start(raceStart[0], raceStart[1]);
        }
        if (current != null) {
            onPlot.current(current);
        }
        t.restore();
        OverlayPainter p = new OverlayPainter(g, frame, scale);
        if (hover != null) {
            p.hover(hover[0], hover[1], grid.lossAt(hover[0], hover[1]));
        }
        List<TextBox> texts = new ArrayList<>(onPlot.texts());
        texts.addAll(p.texts());
        overlayTexts = texts;
    }
}
