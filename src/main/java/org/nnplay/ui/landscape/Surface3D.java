package org.nnplay.ui.landscape;

import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.PathPoint;

/**
 * The slice as a rotatable surface (JavaFX 3D): height = the loss on the colour scale (so the log option flattens
 * it the same way), coloured by a texture of the colour map (u = position on the scale), with the current point as
 * a sphere on it. Drag to rotate, scroll to zoom. Where JavaFX 3D is not supported it shows a {@link SurfaceSketch}
 * instead.
 */
final class Surface3D extends Region {
    private static final double SIZE = 400;
    private static final double HEIGHT = 190;
    private static final double MARKER = 13;

    private final Group world = new Group();
    private final Rotate tilt = new Rotate(32, Rotate.X_AXIS);
    private final Rotate spin = new Rotate(-35, Rotate.Y_AXIS);
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene sub;
    private final MeshView surface = new MeshView();
    private final Sphere marker = new Sphere(MARKER);
    private final Label hint = new Label("drag to rotate · scroll to zoom");
    private final SurfaceSketch sketch;
    private LandscapeGrid grid;
    private LossScale scale;
    private double lastX;
    private double lastY;

    Surface3D() {
        getStyleClass().add("landscape-surface");
        PhongMaterial material = new PhongMaterial(Color.WHITE);
        material.setDiffuseMap(ColorMap.texture());
        material.setSpecularColor(Color.gray(0.25));
        surface.setMaterial(material);
        surface.setCullFace(CullFace.NONE);
        marker.setMaterial(new PhongMaterial(Color.web("#ff2d55")));
        marker.setVisible(false);
        Group model = new Group(surface, marker);
        model.getTransforms().addAll(tilt, spin);
        AmbientLight ambient = new AmbientLight(Color.gray(0.36));
        PointLight sun = new PointLight(Color.gray(0.8));
        sun.setTranslateX(-300);
        sun.setTranslateY(-700);
        sun.setTranslateZ(-500);
        world.getChildren().addAll(model, ambient, sun);
        camera.setNearClip(1);
        camera.setFarClip(5000);
        camera.setTranslateZ(-1000);
        camera.setFieldOfView(35);
        sub = new SubScene(world, 400, 400, true, SceneAntialiasing.BALANCED);
        sub.setId("landscape-subscene");
        sub.setCamera(camera);
        sub.setFill(Color.web("#1c1f2a"));
        sub.setOnMousePressed(e -> { lastX = e.getSceneX(); lastY = e.getSceneY(); });
        sub.setOnMouseDragged(e -> {
            spin.setAngle(spin.getAngle() - (e.getSceneX() - lastX) * 0.4);
            tilt.setAngle(Math.max(0, Math.min(89, tilt.getAngle() + (e.getSceneY() - lastY) * 0.4)));
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        sub.setOnScroll(e -> camera.setTranslateZ(Math.max(-3000, Math.min(-300, camera.getTranslateZ() + e.getDeltaY() * 1.5))));
        hint.getStyleClass().add("landscape-surface-hint");
        hint.setAlignment(Pos.CENTER_LEFT);
        if (javafx.application.Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)) {
            sketch = null;
            getChildren().addAll(sub, hint);
        } else {
            sketch = new SurfaceSketch();
            getChildren().add(sketch);
        }
        setMinSize(200, 200);
        setPrefSize(640, 600);
    }

    void setGrid(LandscapeGrid g, LossScale s) {
        grid = g;
        scale = s;
        if (sketch != null) {
            sketch.setGrid(g, s);
            return;
        }
        int n = g.n();
        TriangleMesh mesh = new TriangleMesh();
        float[] pts = new float[n * n * 3];
        float[] tex = new float[n * n * 2];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                int k = j * n + i;
                double u = s.unit(g.loss(i, j));
                u = Double.isNaN(u) ? 1 : u;
                pts[3 * k] = (float) ((i / (n - 1.0) - 0.5) * SIZE);
                pts[3 * k + 1] = (float) (-u * HEIGHT + HEIGHT / 2);
                pts[3 * k + 2] = (float) ((j / (n - 1.0) - 0.5) * SIZE);
                tex[2 * k] = (float) (0.002 + u * 0.996);
                tex[2 * k + 1] = 0.5f;
            }
        }
        int[] faces = new int[(n - 1) * (n - 1) * 12];
        int f = 0;
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                int a = j * n + i, b = a + 1, c = a + n + 1, d = a + n;
                for (int v : new int[] {a, b, c, a, c, d}) {
                    faces[f++] = v;
                    faces[f++] = v;
                }
            }
        }
        mesh.getPoints().setAll(pts);
        mesh.getTexCoords().setAll(tex);
        mesh.getFaces().setAll(faces);
        surface.setMesh(mesh);
    }

    /** The current point on the surface (hidden when null or outside the grid). */
    void setCurrent(PathPoint p) {
        if (sketch != null) {
            sketch.setCurrent(p);
            return;
        }
        if (grid == null || p == null || p.alpha() < grid.alphaMin() || p.alpha() > grid.alphaMax()
                || p.beta() < grid.betaMin() || p.beta() > grid.betaMax()) {
            marker.setVisible(false);
            return;
        }
        double gx = (p.alpha() - grid.alphaMin()) / (grid.alphaMax() - grid.alphaMin());
        double gy = (p.beta() - grid.betaMin()) / (grid.betaMax() - grid.betaMin());
        double v = grid.lossAt(p.alpha(), p.beta());
        double u = scale.unit(v);
        marker.setTranslateX((gx - 0.5) * SIZE);
        marker.setTranslateZ((gy - 0.5) * SIZE);
        marker.setTranslateY(-(Double.isNaN(u) ? 1 : u) * HEIGHT + HEIGHT / 2 - MARKER - 2);
        marker.setVisible(true);
    }

    LandscapeGrid grid() { return grid; }

    void setFontScale(double s) {
        if (sketch != null) sketch.setFontScale(s);
    }

    @Override
    protected void layoutChildren() {
        if (sketch != null) {
            sketch.resizeRelocate(0, 0, getWidth(), getHeight());
            return;
        }
        sub.setWidth(getWidth());
        sub.setHeight(getHeight());
        hint.resizeRelocate(14, 10, getWidth() - 28, hint.prefHeight(-1));
    }
}
