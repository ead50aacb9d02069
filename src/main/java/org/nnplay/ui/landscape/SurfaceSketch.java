package org.nnplay.ui.landscape;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.PathPoint;

/**
 * The 3-D surface drawn on a canvas, for machines without JavaFX 3D (a projector laptop's basic driver, a virtual
 * display): the grid's cells as shaded quadrilaterals in perspective, far to near (painter's algorithm), the same
 * colours and heights as {@link Surface3D}, with the same drag-to-rotate and scroll-to-zoom.
 */
final class SurfaceSketch extends Region {
    private static final double SIZE = 400;
    private static final double HEIGHT = 190;
    private final Canvas canvas = new Canvas();
    private LandscapeGrid grid;
    private LossScale scale;
    private PathPoint current;
    private double fontScale = 1;
    private double yaw = Math.toRadians(-35);
    private double pitch = Math.toRadians(32);
    private double distance = 1000;
    private double lastX;
    private double lastY;

    SurfaceSketch() {
        canvas.setId("landscape-surface-sketch");
        getChildren().add(canvas);
        canvas.setOnMousePressed(e -> { lastX = e.getX(); lastY = e.getY(); });
        canvas.setOnMouseDragged(e -> {
            yaw -= Math.toRadians((e.getX() - lastX) * 0.4);
            pitch = Math.max(0, Math.min(Math.PI / 2 - 0.01, pitch + Math.toRadians((e.getY() - lastY) * 0.4)));
            lastX = e.getX();
            lastY = e.getY();
            paint();
        });
        canvas.setOnScroll(e -> {
            distance = Math.max(300, Math.min(3000, distance - e.getDeltaY() * 1.5));
            paint();
        });
    }

    void setGrid(LandscapeGrid g, LossScale s) {
        grid = g;
        scale = s;
        paint();
    }

    void setFontScale(double s) {
        fontScale = s;
        paint();
    }

    void setCurrent(PathPoint p) {
        current = p;
        paint();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    /** World (x right, y up, z back) to screen {sx, sy, depth}. */
    private double[] project(double x, double y, double z) {
        double cy = Math.cos(yaw), sy = Math.sin(yaw);
        double x1 = cy * x + sy * z;
        double z1 = -sy * x + cy * z;
        double cp = Math.cos(pitch), sp = Math.sin(pitch);
        double y2 = cp * y - sp * z1;
        double z2 = sp * y + cp * z1 + distance;
        double f = Math.min(canvas.getWidth(), canvas.getHeight()) * 1.55 / Math.max(z2, 1) * 1.0;
        return new double[] {canvas.getWidth() / 2 + x1 * f, canvas.getHeight() / 2 - y2 * f, z2};
    }

    private double height(double u) { return (Double.isNaN(u) ? 1 : u) * HEIGHT - HEIGHT / 2; }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#1c1f2a"));
        g.fillRect(0, 0, w, h);
        if (grid == null || w < 10 || h < 10) return;
        int n = grid.n();
        double[][] p = new double[n * n][];
        double[] u = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                u[j * n + i] = scale.unit(grid.loss(i, j));
                p[j * n + i] = project((i / (n - 1.0) - 0.5) * SIZE, height(u[j * n + i]), (j / (n - 1.0) - 0.5) * SIZE);
            }
        }
        int cells = (n - 1) * (n - 1);
        Integer[] order = new Integer[cells];
        double[] depth = new double[cells];
        for (int c = 0; c < cells; c++) {
            int i = c % (n - 1), j = c / (n - 1), a = j * n + i;
            depth[c] = p[a][2] + p[a + 1][2] + p[a + n][2] + p[a + n + 1][2];
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Double.compare(depth[y], depth[x]));
        floor(g);
        double cell = SIZE / (n - 1);
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int c : order) {
            int i = c % (n - 1), j = c / (n - 1), a = j * n + i;
            int[] k = {a, a + 1, a + n + 1, a + n};
            double mean = 0;
            for (int q = 0; q < 4; q++) {
                xs[q] = p[k[q]][0];
                ys[q] = p[k[q]][1];
                mean += Double.isNaN(u[k[q]]) ? 1 : u[k[q]];
            }
            // Lambert shading from the slopes along α and β, light from the upper left front
            double dx = (height(u[a + 1]) + height(u[a + n + 1]) - height(u[a]) - height(u[a + n])) / (2 * cell);
            double dz = (height(u[a + n]) + height(u[a + n + 1]) - height(u[a]) - height(u[a + 1])) / (2 * cell);
            double len = Math.sqrt(dx * dx + dz * dz + 1);
            double lambert = Math.max(0, (0.45 * dx + 0.8 + 0.4 * dz) / (len * Math.sqrt(0.45 * 0.45 + 0.8 * 0.8 + 0.4 * 0.4)));
            Color col = ColorMap.color(mean / 4).deriveColor(0, 1, 0.62 + 0.45 * lambert, 1);
            g.setFill(col);
            g.setStroke(col);
            g.setLineWidth(0.8);
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
        marker(g);
        g.setFill(Color.web("#e6e8ee"));
        g.setFont(Style.bold(fontScale));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("drag to rotate · scroll to zoom", 14 * fontScale, 10 * fontScale);
    }

    private void floor(GraphicsContext g) {
        double base = -HEIGHT / 2;
        g.setStroke(Color.rgb(230, 232, 238, 0.7));
        g.setLineWidth(1.5);
        double[][] corners = {project(-SIZE / 2, base, -SIZE / 2), project(SIZE / 2, base, -SIZE / 2),
                project(SIZE / 2, base, SIZE / 2), project(-SIZE / 2, base, SIZE / 2)};
        for (int q = 0; q < 4; q++) {
            double[] a = corners[q];
            double[] b = corners[(q + 1) % 4];
            g.strokeLine(a[0], a[1], b[0], b[1]);
        }
        g.setFill(Color.web("#e6e8ee"));
        g.setFont(Style.bold(fontScale));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double[] al = project(0, base, -SIZE / 2 - 40);
        double[] be = project(-SIZE / 2 - 40, base, 0);
        g.fillText("α", al[0], al[1]);
        g.fillText("β", be[0], be[1]);
    }

    private void marker(GraphicsContext g) {
        if (current == null || current.alpha() < grid.alphaMin() || current.alpha() > grid.alphaMax()
                || current.beta() < grid.betaMin() || current.beta() > grid.betaMax()) return;
        double gx = (current.alpha() - grid.alphaMin()) / (grid.alphaMax() - grid.alphaMin());
        double gy = (current.beta() - grid.betaMin()) / (grid.betaMax() - grid.betaMin());
        double v = grid.lossAt(current.alpha(), current.beta());
        double[] s = project((gx - 0.5) * SIZE, height(scale.unit(v)), (gy - 0.5) * SIZE);
        g.setFill(Color.web("#ff2d55"));
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        g.fillOval(s[0] - 9, s[1] - 9, 18, 18);
        g.strokeOval(s[0] - 9, s[1] - 9, 18, 18);
    }
}
