package org.nnplay.ui.playground;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.curves.CurvesView;
import org.nnplay.ui.landscape.LandscapeView;

/**
 * Below the boundary: the learning curves and, in a second tab, the loss landscape. The landscape (and its worker
 * threads) is only created when its tab is first opened, and is only fed while it is shown; its path is recorded
 * all along by the {@link LandscapeBridge}.
 */
final class AnalysisTabs extends StackPane {
    private final TabPane pane = new TabPane();
    private final CurvesView curves = new CurvesView();
    private final LandscapeBridge bridge;
    private final Tab landscapeTab = new Tab("Landscape");
    private LandscapeView landscape;
    private final Cadence curvesCadence = new Cadence(12);
    private Runnable onLandscapeShown = () -> { };

    AnalysisTabs(PlaygroundModel model, LandscapeBridge bridge) {
        this.bridge = bridge;
        pane.getStyleClass().add("analysis-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        curves.setId("curves-view");
        Tab curvesTab = new Tab("Curves", curves);
        curvesTab.setId("tab-curves");
        landscapeTab.setId("tab-landscape");
        pane.getTabs().addAll(curvesTab, landscapeTab);
        // The curves' own toolbar sits in the free space of the tab header row, to leave the curves their height.
        Node controls = curves.controls();
        controls.getStyleClass().add("curves-controls");
        controls.visibleProperty().bind(curvesTab.selectedProperty());
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        if (controls instanceof Region r) r.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPickOnBounds(false);
        getChildren().addAll(pane, controls);
        this.controls = controls;
        landscapeTab.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                landscape();
                onLandscapeShown.run();
            }
        });
        model.dataProperty().addListener((o, was, now) -> {
            if (landscape != null && landscapeTab.isSelected()) landscape.dataChanged();
        });
    }

    private final Node controls;

    /**
     * The curves' toolbar shares the row of the tab headers: where it would run over them (a narrow window, large
     * type) its "Loss axis" caption goes, and if that is not enough the toolbar moves down over the plot's legend row.
     */
    @Override protected void layoutChildren() {
        super.layoutChildren();
        Node headers = pane.lookup(".headers-region");
        if (!(controls instanceof javafx.scene.layout.Pane bar) || headers == null || bar.getChildren().isEmpty()) return;
        Node caption = bar.getChildren().getFirst();
        double free = getWidth() - headers.getLayoutBounds().getWidth() - 16;
        boolean roomy = bar.prefWidth(-1) + (caption.isManaged() ? 0 : caption.prefWidth(-1) + 8) <= free;
        if (caption.isManaged() != roomy) {
            caption.setManaged(roomy);
            caption.setVisible(roomy);
            requestLayout();
        }
    }

    CurvesView curves() { return curves; }

    /** The landscape view, created on first use. */
    LandscapeView landscape() {
        if (landscape == null) {
            landscape = new LandscapeView();
            landscape.setId("landscape-view");
            landscape.setSource(bridge);
            landscape.setInteraction(bridge);
            landscapeTab.setContent(landscape);
        }
        return landscape;
    }

    boolean landscapeShown() { return landscape != null && landscapeTab.isSelected(); }

    void showLandscape() { pane.getSelectionModel().select(landscapeTab); }

    void setOnLandscapeShown(Runnable r) { onLandscapeShown = r; }

    /** Once per frame. */
    void onFrame(Snapshot s) {
        boolean restarted = bridge.onFrame(s);
        if (s == null) return;
        if (curvesCadence.due(s, System.nanoTime())) curves.update(s);
        if (landscapeShown()) {
            landscape.onSnapshot(s);
            if (restarted) landscape.dataChanged();
        }
    }

    void setFontScale(double scale) {
        curves.setFontScale(scale);
    }

    void setDark(boolean dark) { curves.setDark(dark); }

    void dispose() {
        if (landscape != null) landscape.dispose();
    }
}
