package org.nnplay.ui.playground;

import org.nnplay.ui.dashboard.Dashboard;

/** The stage's sizes: what the normal layout asks of the views, in normal and in presentation mode. */
record StageSizes(BoundaryPanel boundary, CurvesPanel curves, Dashboard dashboard, Presentation presentation)
        implements StageLayout.Sizing {
    /** The least height the builder keeps under the dashboard (six layers of eight neurons stay readable). */
    static final double NETWORK_ROOM = 330;

    @Override public double boundaryWidth(double height, double maxWidth) { return boundary.widthFor(height, maxWidth); }

    @Override public double maxBoundaryShare() { return presentation.isActive() ? 0.56 : 0.5; }

    @Override public double curvesHeight(double stageHeight) {
        return curves.heightFor(stageHeight, presentation.isActive());
    }

    @Override public double dashboardHeight(double columnWidth, double columnHeight) {
        return dashboard.heightFor(columnWidth, columnHeight - NETWORK_ROOM);
    }
}
