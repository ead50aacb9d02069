package org.nnplay.ui.plot;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.nnplay.data.DataSet;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The plane where the decision boundary is drawn: the domain [-extent, extent]² with axes, an optional heat map of
 * P(class 1), the data points (training filled, test outlined) and a legend. A Region owning one Canvas; every
 * change and every resize causes one full redraw. Call its setters on the FX thread.
 *
 * <p>Heat-map grid convention ({@link #setGrid}): {@code grid[r * n + c]} is the value at
 * x1 = {@link #gridX1 gridX1(c)}, x2 = {@link #gridX2 gridX2(r)}: row 0 is the top edge (x2 = +extent), column 0 the
 * left edge (x1 = -extent), and the n samples of a row span the domain edge to edge. Between samples the colour is
 * interpolated bilinearly, per pixel.
 */
public class BoundaryView extends Region {
    private static final Color DEFAULT_INK = Color.web("#1b1b1b");
    private static final Color POINT_OUTLINE = Color.web("#111111");
    private static final Color PLANE = Color.WHITE;
    private static final Color GRID_LINES = Color.rgb(0, 0, 0, 0.10);

    private static final CssMetaData<BoundaryView, Color> INK = new CssMetaData<>("-nn-axis-color",
            StyleConverter.getColorConverter(), DEFAULT_INK) {
        @Override public boolean isSettable(BoundaryView v) { return !v.axisColor.isBound(); }

        @Override public StyleableProperty<Color> getStyleableProperty(BoundaryView v) { return v.axisColor; }
    };

    private final Canvas canvas = new Canvas();
    private final StyleableObjectProperty<Color> axisColor =
            new SimpleStyleableObjectProperty<>(INK, this, "axisColor", DEFAULT_INK);
    private final Legend legend = new Legend();

    private DataSet data;
    private double[] grid;
    private int gridN;
    private Palette palette = Palette.RED_GREEN;
    private boolean showTest = true;
    private PlotFrame frame = new PlotFrame(0, 0, 1, 6);
    private WritableImage heat;
    private int[] heatPixels = new int[0];

    public BoundaryView() {
        getStyleClass().add("boundary-view");
        getChildren().add(canvas);
        axisColor.addListener((obs, was, now) -> redraw());
        setMinSize(320, 280);
        setPrefSize(800, 700);
    }

    /** The data set to draw; its extent and axis names set the frame. A heat map already set stays until
     * {@link #clearGrid()} or the next {@link #setGrid}. */
    public void setData(DataSet data) {
        this.data = data;
        redraw();
    }

    public DataSet getData() { return data; }

    /** The heat map: n × n values of P(class 1) in [0, 1], row-major, row 0 at the top (see class comment). */
    public void setGrid(double[] grid, int n) {
        if (grid != null && (n < 2 || grid.length < n * n)) {
            throw new IllegalArgumentException("grid needs n >= 2 and n * n values; got n = " + n + ", " + grid.length + " values");
        }
        this.grid = grid;
        this.gridN = grid == null ? 0 : n;
        redraw();
    }

    /** Removes the heat map. */
    public void clearGrid() { setGrid(null, 0); }

    public void setPalette(Palette palette) {
        this.palette = Objects.requireNonNull(palette);
        redraw();
    }

    public Palette getPalette() { return palette; }

    /** Whether test points are drawn (outlined) besides the training points (filled). */
    public void setShowTest(boolean showTest) {
        this.showTest = showTest;
        redraw();
    }

    public boolean isShowTest() { return showTest; }

    /** x1 of grid column c (0 .. n-1). */
    public static double gridX1(int c, int n, double extent) { return -extent + 2 * extent * c / (n - 1); }

    /** x2 of grid row r (0 .. n-1); row 0 is the top. */
    public static double gridX2(int r, int n, double extent) { return extent - 2 * extent * r / (n - 1); }

    /** Where the data point (x1, x2) is drawn, in this view's local coordinates. */
    public Point2D toLocal(double x1, double x2) { return new Point2D(frame.toX(x1), frame.toY(x2)); }

    /** The current plot geometry (for overlays that draw on top, such as a probe or a path). */
    public PlotFrame frame() { return frame; }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** One full redraw of everything. */
    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 20 || h < 20) return;
        double extent = data == null ? 6 : data.extent();
        frame = PlotFrame.layout(w, h, extent, Legend.WIDTH);

        if (grid != null) drawHeat(g);
        else {
            g.setFill(PLANE);
            g.fillRect(frame.left(), frame.top(), frame.side(), frame.side());
        }
        frame.drawGrid(g, GRID_LINES);
        if (data != null) drawPoints(g);
        Color ink = axisColor.get();
        frame.drawAxes(g, ink, data == null ? "x\u2081" : data.x1Label(), data == null ? "x\u2082" : data.x2Label());
        boolean legendInside = frame.right() + Legend.WIDTH > w;
        double lx = legendInside ? frame.right() - Legend.WIDTH - 6 : frame.right() + 20;
        legend.draw(g, lx, frame.top() + (legendInside ? 6 : 0), legendInside, ink, palette,
                showTest && data != null && !data.test().isEmpty(), grid != null, data != null && data.type() == ProblemType.REGRESSION);
    }

    private void drawHeat(GraphicsContext g) {
        int side = (int) Math.round(frame.side());
        if (heat == null || (int) heat.getWidth() != side) {
            heat = new WritableImage(side, side);
            heatPixels = new int[side * side];
        }
        int n = gridN;
        double scale = (n - 1) / (double) side;
        for (int py = 0; py < side; py++) {
            double gy = Math.min((py + 0.5) * scale, n - 1);
            int r0 = Math.min((int) gy, n - 2);
            double fy = gy - r0;
            for (int px = 0; px < side; px++) {
                double gx = Math.min((px + 0.5) * scale, n - 1);
                int c0 = Math.min((int) gx, n - 2);
                double fx = gx - c0;
                int i = r0 * n + c0;
                double top = grid[i] + (grid[i + 1] - grid[i]) * fx;
                double bottom = grid[i + n] + (grid[i + n + 1] - grid[i + n]) * fx;
                heatPixels[py * side + px] = palette.heatArgb(top + (bottom - top) * fy);
            }
        }
        heat.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), heatPixels, 0, side);
        g.drawImage(heat, Math.round(frame.left()), Math.round(frame.top()));
    }

    private void drawPoints(GraphicsContext g) {
        double r = Math.clamp(frame.side() / 100, 4, 8);
        g.save();
        g.beginPath();
        g.rect(frame.left(), frame.top(), frame.side(), frame.side());
        g.clip();
        if (showTest) {
            for (Sample s : data.test()) {
                double x = frame.toX(s.x1());
                double y = frame.toY(s.x2());
                g.setFill(Color.WHITE);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(POINT_OUTLINE);
                g.setLineWidth(1);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(colorOf(s));
                g.setLineWidth(Math.max(2.5, r * 0.55));
                double inner = r - g.getLineWidth() / 2 - 0.5;
                g.strokeOval(x - inner, y - inner, 2 * inner, 2 * inner);
            }
        }
        g.setLineWidth(1.2);
        g.setStroke(POINT_OUTLINE);
        for (Sample s : data.train()) {
            double x = frame.toX(s.x1());
            double y = frame.toY(s.x2());
            g.setFill(colorOf(s));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    private Color colorOf(Sample s) {
        return data.type() == ProblemType.REGRESSION ? palette.valueColor(s.y()) : palette.classColor(s.label());
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(INK);
        return List.copyOf(all);
    }

    @Override public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() { return getClassCssMetaData(); }
}
