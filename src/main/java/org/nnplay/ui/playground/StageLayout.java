package org.nnplay.ui.playground;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.layout.Region;
import org.nnplay.experiment.StageView;

/**
 * The window's stage: the room between the top bar, the data column and the status bar, which belongs to the
 * visuals. In the normal layout the network builder sits over the learning curves on the left and the decision
 * boundary takes the right, as wide as its square plot can use for the height; any one view can instead take the
 * whole stage. Sizes come from arithmetic on the room, not from split panes, so nothing a view shows (a huge
 * number, a long message) can push another view off the window.
 *
 * <p>Views are made when first shown ({@link #put}), so the loss landscape's workers and the comparison's runs
 * only start when someone looks at them. Which view has the stage is not this class's state: the window shows the
 * experiment's {@code view.stage} through {@link #show}.
 */
final class StageLayout extends Region {
    /** What the normal layout needs from the views: how wide the boundary must be for its plot, the curves' height. */
    interface Sizing {
        /** The width (at most {@code maxWidth}) that gives the decision boundary its largest plot at this height. */
        double boundaryWidth(double height, double maxWidth);

        /** The largest share of the stage's width the boundary may take in the normal layout. */
        double maxBoundaryShare();

        /** The curves' height for this stage height (at least what their panels need). */
        double curvesHeight(double stageHeight);

        /** The dashboard's height when it fits above the builder at this column size, else 0 (it is hidden). */
        double dashboardHeight(double columnWidth, double columnHeight);
    }

    /** The left column's share in the normal layout is never less than this (the builder's room). */
    static final double MIN_LEFT = 360;

    private final Map<StageView, Supplier<Region>> makers = new EnumMap<>(StageView.class);
    private final Map<StageView, Region> views = new EnumMap<>(StageView.class);
    private final Region dashboard;
    private final Sizing sizing;
    private StageView shown;
    private boolean dashboardShown;

    StageLayout(Region dashboard, Sizing sizing) {
        this.dashboard = Objects.requireNonNull(dashboard);
        this.sizing = Objects.requireNonNull(sizing);
        getStyleClass().add("stage-layout");
        dashboard.setManaged(false);
        dashboard.setVisible(false);
        dashboard.resize(800, 180); // TilesFX's skins divide by their size: never let them see zero
        getChildren().add(dashboard);
    }

    /** Registers the view that shows {@code v}; it is made on first use. */
    void put(StageView v, Supplier<Region> maker) {
        if (v == StageView.NORMAL) throw new IllegalArgumentException("the normal layout is not a view");
        makers.put(v, maker);
    }

    /** The view for {@code v}, made now if it was not yet. */
    Region view(StageView v) {
        return views.computeIfAbsent(v, k -> {
            Region r = Objects.requireNonNull(makers.get(k), "no view for " + k).get();
            r.setManaged(false);
            getChildren().add(r);
            return r;
        });
    }

    /** Whether the view for {@code v} was made. */
    boolean made(StageView v) { return views.containsKey(v); }

    /** Puts {@code v} on the stage (NORMAL: the builder, curves and boundary together). */
    void show(StageView v) {
        if (v == shown) return;
        shown = Objects.requireNonNull(v);
        if (v != StageView.NORMAL) view(v);
        else for (StageView part : normalParts()) view(part);
        requestLayout();
    }

    StageView shown() { return shown; }

    /** Whether {@code v} is visible now, alone or as part of the normal layout. */
    boolean visible(StageView v) {
        return shown == v || shown == StageView.NORMAL && (v == StageView.BOUNDARY || v == StageView.CURVES
                || v == StageView.BUILDER);
    }

    boolean dashboardShown() { return dashboardShown; }

    private static StageView[] normalParts() {
        return new StageView[] {StageView.BUILDER, StageView.CURVES, StageView.BOUNDARY};
    }

    @Override protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        for (Map.Entry<StageView, Region> e : views.entrySet()) {
            boolean on = visible(e.getKey());
            e.getValue().setVisible(on);
        }
        dashboardShown = false;
        if (shown != StageView.NORMAL) {
            dashboard.setVisible(false);
            views.get(shown).resizeRelocate(0, 0, w, h);
            return;
        }
        double most = Math.max(0, Math.min(w - MIN_LEFT, w * sizing.maxBoundaryShare()));
        double boundaryWidth = Math.min(most, Math.ceil(sizing.boundaryWidth(h, most)));
        double left = w - boundaryWidth;
        double curves = Math.min(h, Math.ceil(sizing.curvesHeight(h)));
        double dash = sizing.dashboardHeight(left, h - curves);
        dashboardShown = dash > 0;
        dashboard.setVisible(dashboardShown);
        if (dashboardShown) dashboard.resizeRelocate(0, 0, left, dash);
        views.get(StageView.BUILDER).resizeRelocate(0, dash, left, h - curves - dash);
        views.get(StageView.CURVES).resizeRelocate(0, h - curves, left, curves);
        views.get(StageView.BOUNDARY).resizeRelocate(left, 0, boundaryWidth, h);
    }

    @Override protected double computePrefWidth(double height) { return 1120; }

    @Override protected double computePrefHeight(double width) { return 650; }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return 0; }
}
