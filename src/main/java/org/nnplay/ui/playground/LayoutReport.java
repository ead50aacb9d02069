package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.nnplay.experiment.StageView;
import org.nnplay.ui.plot.PlotFrame;

/**
 * What {@code --print-layout} prints: one JSON object per main view, {@code {"view": NAME, "x": …, "y": …,
 * "width": …, "height": …, "visible": true|false}}, in the window's scene coordinates (pixels from the top left of
 * the window's content). For the decision boundary and the landscape the rectangle is the plot's square; for the
 * curves each panel's plot area; for the others the view's bounds.
 */
final class LayoutReport {
    /** One view's rectangle. */
    record Entry(String view, Bounds bounds, boolean visible) {
        String json() {
            return String.format(Locale.ROOT, "{\"view\": \"%s\", \"x\": %.0f, \"y\": %.0f, \"width\": %.0f, "
                    + "\"height\": %.0f, \"visible\": %b}", view, bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                    bounds.getHeight(), visible);
        }
    }

    private LayoutReport() {}

    static List<Entry> of(PlaygroundView v) {
        List<Entry> out = new ArrayList<>();
        StageLayout stage = v.stage();
        PlotFrame f = v.boundary().frame();
        out.add(entry("boundary", v.boundary(), new BoundingBox(f.left(), f.top(), f.side(), f.side()),
                stage.visible(StageView.BOUNDARY)));
        var curves = v.curvesPanel().curves();
        List<Bounds> panels = curves.panelBounds();
        boolean curvesOn = stage.visible(StageView.CURVES);
        out.add(entry("curves.loss", curves, panels.isEmpty() ? null : panels.getFirst(), curvesOn && !panels.isEmpty()));
        out.add(entry("curves.accuracy", curves, panels.size() < 2 ? null : panels.get(1), curvesOn && panels.size() > 1));
        out.add(entry("builder", v.network(), null, stage.visible(StageView.BUILDER)));
        boolean landscapeOn = stage.visible(StageView.LANDSCAPE);
        if (stage.made(StageView.LANDSCAPE)) {
            var l = v.landscapeView();
            out.add(entry("landscape", l, null, landscapeOn));
        } else {
            out.add(new Entry("landscape", new BoundingBox(0, 0, 0, 0), false));
        }
        out.add(entry("dashboard", v.dashboard(), null, stage.dashboardShown()));
        int i = 1;
        for (Node plot : v.comparePlots()) {
            out.add(entry("compare." + i++, plot, null, stage.visible(StageView.COMPARE)));
        }
        return out;
    }

    /** {@code local} (in {@code node}'s coordinates; null: its layout bounds) in scene coordinates. */
    private static Entry entry(String name, Node node, Bounds local, boolean visible) {
        Bounds b = local == null ? node.getLayoutBounds() : local;
        Bounds scene = node.getScene() == null ? b : node.localToScene(b);
        boolean shown = visible && node.isVisible() && scene.getWidth() > 0 && scene.getHeight() > 0;
        return new Entry(name, scene, shown);
    }
}
