package org.nnplay.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.nnplay.data.DataSet;
import org.nnplay.data.Domain;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Scaling;

/**
 * The plane where the decision boundary is drawn: the data set's domain with axes (ticks and the data set's own axis
 * names), the network's output as a heat map painted per pixel, the data points (training filled, test outlined) and
 * a legend. A Region owning three layers: the heat map (an image written per pixel, repainted alone when only the
 * grid changed, i.e. every frame while training), a canvas above it with grid lines, points, axes and legend
 * (redrawn at most once per pulse when anything else changed), and a light overlay for the probe, repainted alone
 * as the pointer moves. FX thread only.
 *
 * <p>Grid convention ({@link #setGrid}): {@code grid[r * n + c]} is the value at the centre of cell (r, c) of the
 * domain split into n × n cells, row 0 at the top (largest x2), column 0 at the left; this is
 * {@link org.nnplay.data.Grid}'s order, which the training service's snapshots use. What the values mean is the
 * {@link GridMode}: P(class 1), a class index, or a value.
 *
 * <p>An overlay grid ({@link #setOverlay}) is drawn instead of the output while it is set: a hovered neuron's
 * output, or the ghost boundary of weights previewed from the loss landscape, with a caption over the plot.
 */
public class BoundaryView extends Region {
    private static final Color DEFAULT_INK = Color.web("#1b1b1b");
    private static final Color PLANE = Color.WHITE;
    private static final Color GRID_LINES = Color.rgb(0, 0, 0, 0.10);

    private static final CssMetaData<BoundaryView, Color> INK = new CssMetaData<>("-nn-axis-color",
            StyleConverter.getColorConverter(), DEFAULT_INK) {
        @Override public boolean isSettable(BoundaryView v) { return !v.axisColor.isBound(); }

        @Override public StyleableProperty<Color> getStyleableProperty(BoundaryView v) { return v.axisColor; }
    };

    private final ImageView heatView = new ImageView();
    private final Canvas canvas = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    private final StyleableObjectProperty<Color> axisColor =
            new SimpleStyleableObjectProperty<>(INK, this, "axisColor", DEFAULT_INK);
    private final Legend legend = new Legend();
    private boolean legendBelow;
    private final HeatPainter heat = new HeatPainter();
    private final HeatPainter overlayHeat = new HeatPainter();
    private final PointPainter points = new PointPainter();
    private final ProbeOverlay probe = new ProbeOverlay();

    private DataSet data;
    private double[] grid;
    private int gridN;
    private GridMode mode = GridMode.PROBABILITY;
    private double[] overlay;
    private int overlayN;
    private GridMode overlayMode;
    private String overlayCaption;
    private Palette palette = Palette.RED_GREEN;
    private boolean showTest = true;
    private boolean discretize;
    private double scale = 1;
    private PlotFrame frame = new PlotFrame(0, 0, 1, 6);
    private boolean dirty = true;
    private boolean heatDirty = true;
    private long redraws;

    public BoundaryView() {
        getStyleClass().add("boundary-view");
        overlayCanvas.setMouseTransparent(true);
        heatView.setMouseTransparent(true);
        heatView.setSmooth(false);
        getChildren().addAll(heatView, canvas, overlayCanvas);
        axisColor.addListener((obs, was, now) -> invalidate());
        setMinSize(280, 260);
        setPrefSize(800, 700);
    }

    /** The data set to draw; its domain and axis names set the frame. The heat map stays until replaced. */
    public void setData(DataSet data) {
        this.data = data;
        invalidate();
    }

    public DataSet getData() { return data; }

    /** The heat map: n × n values of P(class 1) in [0, 1], row-major, row 0 at the top (see class comment). */
    public void setGrid(double[] grid, int n) { setGrid(grid, n, GridMode.PROBABILITY); }

    /** The heat map with what its values mean. */
    public void setGrid(double[] grid, int n, GridMode mode) {
        check(grid, n);
        boolean layersChange = (grid == null) != (this.grid == null) || mode != this.mode;
        this.grid = grid;
        this.gridN = grid == null ? 0 : n;
        this.mode = Objects.requireNonNull(mode);
        if (layersChange) invalidate();
        else invalidateHeat();
    }

    /** Removes the heat map. */
    public void clearGrid() { setGrid(null, 0); }

    public boolean hasGrid() { return grid != null; }

    /** Draws {@code values} instead of the output, with {@code caption} over the plot; null clears. */
    public void setOverlay(double[] values, int n, GridMode mode, String caption) {
        check(values, n);
        boolean layersChange = (values == null) != (overlay == null) || mode != overlayMode
                || !Objects.equals(caption, overlayCaption);
        overlay = values;
        overlayN = n;
        overlayMode = mode;
        overlayCaption = caption;
        if (layersChange) invalidate();
        else invalidateHeat();
    }

    public void clearOverlay() {
        if (overlay != null) setOverlay(null, 0, null, null);
    }

    /** The caption of the overlay shown, or null. */
    public String getOverlayCaption() { return overlay == null ? null : overlayCaption; }

    public void setPalette(Palette palette) {
        this.palette = Objects.requireNonNull(palette);
        invalidate();
    }

    public Palette getPalette() { return palette; }

    /** Whether test points are drawn (outlined) besides the training points (filled). */
    public void setShowTest(boolean showTest) {
        this.showTest = showTest;
        invalidate();
    }

    public boolean isShowTest() { return showTest; }

    /** Two flat colours (the predicted class) instead of the smooth output. */
    public void setDiscretize(boolean d) {
        this.discretize = d;
        invalidate();
    }

    public boolean isDiscretize() { return discretize; }

    /** Presentation mode: 1 is normal, 1.5–2 for a projector (type, points, lines and margins grow). */
    public void setScale(double s) {
        this.scale = Math.clamp(s, 0.5, 4);
        invalidate();
    }

    public double getScale() { return scale; }

    /** Shows the probe at data point (x1, x2) with its text (lines separated by '\n'). */
    public void setProbe(double x1, double x2, String text) {
        probe.set(x1, x2, text);
        probe.paint(overlayCanvas, frame, scale);
    }

    /** Where the probe's read-out is drawn now, in this view's coordinates (null: no probe shown). */
    public javafx.geometry.Bounds probeBox() {
        if (!probe.shown()) return null;
        double x = frame.toX(probe.x1());
        double y = frame.toY(probe.x2());
        if (!frame.contains(x, y)) return null;
        double[] b = probe.box(frame, x, y, 9 * scale, scale);
        return new javafx.geometry.BoundingBox(b[0], b[1], b[2], b[3]);
    }

    public void clearProbe() {
        probe.clear();
        probe.paint(overlayCanvas, frame, scale);
    }

    /** The data point under local coordinates (x, y), or null outside the plot. */
    public Point2D toData(double x, double y) {
        return frame.contains(x, y) ? new Point2D(frame.fromX(x), frame.fromY(y)) : null;
    }

    /** Where the data point (x1, x2) is drawn, in this view's local coordinates. */
    public Point2D toLocal(double x1, double x2) { return new Point2D(frame.toX(x1), frame.toY(x2)); }

    /**
     * The width, at most {@code maxWidth}, at which this view {@code height} tall draws its largest plot (the legend
     * beside it if that fits, else under it): what a layout asks before it gives the view its room.
     */
    public double widthFor(double height, double maxWidth) {
        double byHeight = height - (PlotFrame.MARGIN_TOP + PlotFrame.MARGIN_BOTTOM) * scale;
        double strip = Legend.stripHeight(legendContent(), Math.max(50, byHeight), scale);
        return PlotFrame.widthFor(height, maxWidth, Legend.width(scale), strip, scale);
    }

    /** Whether the legend is drawn as a strip under the plot (a panel too narrow for its column). */
    public boolean isLegendBelow() { return legendBelow; }

    /** The current plot geometry (for overlays that draw on top, such as a probe or a path). */
    public PlotFrame frame() { return frame; }

    /** How many full redraws happened (for tests: one per pulse at most). */
    public long redraws() { return redraws; }

    /** The domain drawn: the data set's, else the playground's [-6, 6]². */
    public Domain domain() { return data == null ? Domain.square(6) : data.domain(); }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    private void invalidateHeat() {
        heatDirty = true;
        requestLayout();
    }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlayCanvas.setWidth(w);
            overlayCanvas.setHeight(h);
            dirty = true;
        }
        if (dirty) redraw();
        else if (heatDirty) drawHeat();
    }

    /**
     * One full redraw (called from layout, so at most once per pulse): the heat image, and on the canvas above it the
     * grid lines, points, axes and legend. A new grid of the same kind only repaints the heat image ({@link #drawHeat}).
     */
    private void redraw() {
        dirty = false;
        redraws++;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 20 || h < 20) return;
        double legendWidth = Legend.width(scale);
        Legend.Content content = legendContent();
        double strip = Legend.stripHeight(content, w - (PlotFrame.MARGIN_LEFT + PlotFrame.MARGIN_RIGHT) * scale, scale);
        frame = PlotFrame.layout(w, h, domain(), legendWidth, strip, scale);
        double stripWidth = w - frame.left() - PlotFrame.MARGIN_RIGHT * scale;
        double fitted = Legend.stripHeight(content, stripWidth, scale);
        if (fitted > strip) { // the strip starts under the plot's left edge: it may wrap once more than first assumed
            strip = fitted;
            frame = PlotFrame.layout(w, h, domain(), legendWidth, strip, scale);
            stripWidth = w - frame.left() - PlotFrame.MARGIN_RIGHT * scale;
        }
        drawHeat();
        if (overlay == null && grid == null) {
            g.setFill(PLANE);
            g.fillRect(frame.left(), frame.top(), frame.side(), frame.side());
        }
        frame.drawGrid(g, GRID_LINES);
        if (data != null) points.draw(g, frame, data, palette, showTest, scale);
        Color ink = axisColor.get();
        frame.drawAxes(g, ink, data == null ? "x\u2081" : data.x1Label(), data == null ? "x\u2082" : data.x2Label());
        if (overlay != null && overlayCaption != null) ProbeOverlay.banner(g, frame, overlayCaption, scale);
        boolean beside = frame.right() + legendWidth <= w;
        legendBelow = !beside && frame.legendBelow(h, strip);
        if (legendBelow) {
            legend.drawStrip(g, frame.left(), frame.bottom() + PlotFrame.MARGIN_BOTTOM * scale + 4 * scale,
                    stripWidth, ink, palette, content, scale);
        } else {
            double lx = beside ? frame.right() + 20 * scale : frame.right() - legendWidth - 6;
            legend.draw(g, lx, frame.top() + (beside ? 0 : 6), !beside, ink, palette, content, scale);
        }
        probe.paint(overlayCanvas, frame, scale);
    }

    /** Paints the heat map (the overlay's while there is one) into its image, which the ImageView shows. */
    private void drawHeat() {
        heatDirty = false;
        int side = (int) Math.round(frame.side());
        WritableImage img = null;
        if (side >= 2 && overlay != null) img = overlayHeat.paint(overlay, overlayN, overlayMode, false, palette, side);
        else if (side >= 2 && grid != null) img = heat.paint(grid, gridN, mode, discretize, palette, side);
        if (heatView.getImage() != img) heatView.setImage(img);
        heatView.relocate(Math.round(frame.left()), Math.round(frame.top()));
    }

    /** The legend's rows as drawn now: class names (or high/low value), for tests and screen readers. */
    public List<String> legendNames() { return legendContent().names(); }

    private Legend.Content legendContent() {
        boolean regression = data != null && data.type() == ProblemType.REGRESSION;
        boolean withTest = showTest && data != null && !data.test().isEmpty();
        GridMode shown = overlay != null ? overlayMode : grid != null ? mode : null;
        String value = data == null || data.labelName() == null ? "value" : data.labelName();
        String heatTitle = shown == GridMode.ACTIVATION ? "neuron output" : shown == GridMode.VALUE ? "output " + value
                : "P(" + (data == null ? "class 1" : data.className(1)) + ")";
        List<String> names = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        if (regression) {
            names.add("high " + value);
            colors.add(palette.positive());
            names.add("low " + value);
            colors.add(palette.negative());
        } else {
            int classes = data == null ? 2 : Math.max(2, data.numClasses());
            for (int i = 0; i < classes; i++) {
                int k = classes == 2 ? 1 - i : i; // two classes: class 1 on top, as the heat scale reads
                names.add(data == null ? "class " + k : data.className(k));
                colors.add(palette.classColor(k));
            }
        }
        String title = data == null || data.labelName() == null ? "Legend" : data.labelName();
        return new Legend.Content(title, names, colors, withTest, shown, heatTitle, scaleEnds(shown));
    }

    /** The heat scale's labels at −1 (or 0), the middle and 1: a value map shows the data's own values. */
    private List<String> scaleEnds(GridMode shown) {
        if (shown == GridMode.VALUE && data != null && !data.scaling().y().isIdentity()) {
            Scaling.Affine y = data.scaling().y();
            return List.of(PlotFrame.valueText(y.toData(-1)), PlotFrame.valueText(y.toData(0)), PlotFrame.valueText(y.toData(1)));
        }
        return shown == GridMode.PROBABILITY ? List.of("0", "0.5", "1") : List.of("\u22121", "0", "1");
    }

    private static void check(double[] values, int n) {
        if (values != null && (n < 1 || values.length < n * n)) {
            throw new IllegalArgumentException("grid needs n >= 1 and n * n values; got n = " + n + ", " + values.length + " values");
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
        all.add(INK);
        return List.copyOf(all);
    }

    @Override public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() { return getClassCssMetaData(); }
}
