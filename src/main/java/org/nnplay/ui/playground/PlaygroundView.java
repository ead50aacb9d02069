package org.nnplay.ui.playground;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.PopOver;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.StatusBar;
import org.nnplay.ui.Theme;
import org.nnplay.ui.dashboard.Dashboard;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.RecentFiles;
import org.nnplay.ui.network.ColorScale;
import org.nnplay.ui.network.NetworkView;

/**
 * The playground window's content. Top: menus and the training bar. Left: the data. Centre: the dashboard row over
 * the network builder (above the learning curves and the loss landscape) and, on the right, the decision boundary.
 * Bottom: the status bar. It listens to the model for settings and is handed each frame's snapshot by
 * {@link #onFrame}; it never changes the experiment except through the model.
 */
public final class PlaygroundView extends BorderPane {
    private static final double DASHBOARD_SCALE = 0.62;
    static final double COMPACT_HEIGHT = 880;
    private double viewScale = 1;
    private final PlaygroundModel model;
    private final ControlRegistry controls = new ControlRegistry();
    private final PointTool tool;
    private final GhostPreview ghost = new GhostPreview();
    private final NetworkView network = new NetworkView();
    private final BoundaryPanel boundary;
    private final AnalysisTabs tabs;
    private final Dashboard dashboard = new Dashboard();
    private final StatusBar status = new StatusBar();
    private final DataPanel data;
    private final FileActions files;
    private final Presentation presentation;
    private final Button advanced = Icons.button("advanced", Icons.TUNE, "Advanced settings");
    private final Cadence networkCadence = new Cadence(20);
    private Snapshot networkShown;
    private final NetworkBridge networkEditor;
    private final SplitPane middle;
    private PopOver advancedPopOver;
    private long statusShown;
    private Runnable onClose = () -> { };

    public PlaygroundView(PlaygroundModel model, FileChooserService chooser, RecentFiles recent) {
        this.model = model;
        getStyleClass().add("playground");
        getStylesheets().add(Objects.requireNonNull(PlaygroundView.class.getResource("playground.css")).toExternalForm());
        tool = new PointTool(model);
        NeuronHover hover = new NeuronHover(model);
        boundary = new BoundaryPanel(model, tool, hover, ghost, controls);
        tabs = new AnalysisTabs(model, new LandscapeBridge(model, ghost));
        data = new DataPanel(model, tool, controls);
        files = new FileActions(model, chooser, recent, this::window);
        presentation = new Presentation(this, this);
        network.setId("network-view");
        network.setMinHeight(80); // the split may fold it away while the loss landscape needs the room
        // A deep network scales its nodes down instead of pushing the decision boundary off a 1280-wide projector.
        network.setMinWidth(320);
        boundary.setMinWidth(430);
        networkEditor = new NetworkBridge(model, hover);
        network.setEditor(networkEditor);
        dashboard.setId("dashboard");
        fitDashboard();
        heightProperty().addListener((o, was, now) -> fitDashboard());
        controls.register("dashboard", "Dashboard tiles", dashboard);
        controls.register("network", "Network builder", network);
        controls.register("curves", "Learning curves and landscape", tabs);

        TrainingBar bar = new TrainingBar(model, controls);
        Button present = Icons.button("presentation", Icons.FULLSCREEN, "Presentation mode: full screen, large type (F11)");
        present.setOnAction(e -> presentation.toggle());
        advanced.setOnAction(e -> showAdvanced());
        HBox extra = new HBox(8, advanced, present);
        extra.setAlignment(Pos.CENTER_RIGHT);
        bar.getChildren().add(controls.register("view-buttons", "Advanced and presentation buttons", extra));
        AppMenu menu = new AppMenu(this, files, model);
        menu.managedProperty().bind(menu.visibleProperty());
        presentation.activeProperty().addListener((o, was, on) -> {
            menu.setVisible(!on);
            bar.setStacked(on);
        });
        setTop(new VBox(menu, bar));

        ScrollPane left = new ScrollPane(data);
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.getStyleClass().add("data-scroll");
        controls.register("data-panel", "Data column", left);
        setLeft(left);

        middle = new SplitPane(network, tabs);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.6);
        tabs.setOnLandscapeShown(() -> middle.setDividerPositions(Math.min(middle.getDividerPositions()[0], 0.15)));
        SplitPane main = new SplitPane(middle, boundary);
        main.setDividerPositions(0.5);
        SplitPane.setResizableWithParent(middle, true);
        VBox centre = new VBox(dashboard, main);
        VBox.setVgrow(main, Priority.ALWAYS);
        centre.getStyleClass().add("centre");
        setCenter(centre);
        setBottom(status);

        model.experimentProperty().addListener((o, was, now) -> showSettings(was, now));
        model.dataProperty().addListener((o, was, now) -> showData());
        model.noticeProperty().addListener((o, was, now) -> notify(now));
        presentation.activeProperty().addListener((o, was, on) -> {
            if (model.currentExperiment().view().presentation() != on) model.edit(e -> e.withView(v -> v.withPresentation(on)));
        });
        showSettings(null, model.currentExperiment());
        showData();
    }

    /** Once per frame on the FX thread: the latest snapshot (possibly the same as last frame) and the frame statistics. */
    public void onFrame(Snapshot s, FrameStats stats) {
        if (boundary.onFrame(s)) stats.boundaryDrawn();
        if (s != null && s.neurons() != null && s != networkShown && networkCadence.due(s, System.nanoTime())) {
            networkShown = s;
            network.setSnapshot(s);
        }
        dashboard.update(s);
        tabs.onFrame(s);
        long now = System.nanoTime();
        if (now - statusShown > 250_000_000L) {
            statusShown = now;
            status.showFps(stats.fps());
            String backend = s == null ? model.backend().name() : s.backend();
            status.showBackend(BackendChoice.label(backend), BackendChoice.nd4jStatus() + " · " + BackendChoice.reason(model.currentExperiment()));
            model.refreshBackend(); // auto's measurement may have finished since: moves to the faster backend, weights kept
            status.showSpeed(s == null ? 0 : s.epochsPerSecond());
        }
    }

    /** Puts the theme on the scene and the keys on it; call once the view is in its scene. */
    public void attach(Scene scene) {
        KeyBindings.install(scene, model, tool, presentation);
        showTheme(model.currentExperiment());
    }

    private void showSettings(Experiment was, Experiment e) {
        controls.apply(e.view().hiddenControls());
        network.setExperiment(e);
        ColorScale scale = e.view().palette() == org.nnplay.experiment.Palette.BLUE_ORANGE ? ColorScale.ORANGE_BLUE : ColorScale.RED_GREEN;
        if (network.getColorScale() != scale) network.setColorScale(scale);
        if (presentation.isActive() != e.view().presentation()) presentation.activeProperty().set(e.view().presentation());
        if (was == null || was.view().theme() != e.view().theme()) showTheme(e);
    }

    private void showTheme(Experiment e) {
        boolean dark = e.view().theme() == org.nnplay.experiment.Theme.DARK;
        if (getScene() != null) (dark ? Theme.DARK : Theme.LIGHT).applyTo(getScene());
        dashboard.setDark(dark);
        network.setDark(dark);
        tabs.setDark(dark);
    }

    private void showData() {
        var d = model.dataProperty().get();
        status.showData(d);
        if (d != null) network.setDomain(d.domain());
    }

    /** The tiles give up a fifth of their height in a window under {@value #COMPACT_HEIGHT} px (a 1280 × 800 projector). */
    private void fitDashboard() {
        double compact = getHeight() > 0 && getHeight() < COMPACT_HEIGHT ? 0.8 : 1;
        double s = viewScale * DASHBOARD_SCALE * compact;
        if (dashboard.getFontScale() != s) dashboard.setFontScale(s);
    }

    /** Scales the canvas views (presentation mode); type in controls follows the style class. */
    void scaleViews(double scale) {
        boundary.view().setScale(scale);
        network.setScale(scale);
        tabs.setFontScale(scale);
        viewScale = scale;
        fitDashboard();
        if (!tabs.landscapeShown()) middle.setDividerPositions(0.6);
    }

    private void notify(Notice n) {
        if (n == null) return;
        status.showMessage(n.text().lines().findFirst().orElse(""));
        Window w = window();
        if (w == null || !w.isShowing()) return;
        Notifications note = Notifications.create().owner(w).text(n.text()).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(n.level() == Notice.Level.INFO ? 4 : 8))
                .threshold(3, Notifications.create().owner(w).title("NNPlay").text("Several messages: see the status bar"));
        switch (n.level()) {
            case INFO -> note.showInformation();
            case WARNING -> note.showWarning();
            case ERROR -> note.showError();
        }
    }

    void showAdvanced() {
        if (advancedPopOver == null) {
            advancedPopOver = new PopOver(new AdvancedSheet(model));
            advancedPopOver.setTitle("Advanced settings");
            advancedPopOver.setHeaderAlwaysVisible(true);
            advancedPopOver.setDetachable(true);
            advancedPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        }
        if (advanced.isVisible() && advanced.getScene() != null) advancedPopOver.show(advanced);
        else advancedPopOver.show(window());
    }

    void chooseHiddenControls() { ClassroomDialog.show(window(), controls, model); }

    void showKeys() {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        a.setTitle("NNPlay");
        a.setHeaderText("Keyboard shortcuts");
        javafx.scene.control.Label keys = new javafx.scene.control.Label(KeyBindings.HELP);
        keys.setStyle("-fx-font-family: monospace;");
        a.getDialogPane().setContent(keys);
        if (window() != null) a.initOwner(window());
        a.show();
    }

    void setOnClose(Runnable r) { onClose = r; }

    void requestClose() { onClose.run(); }

    Window window() { return getScene() == null ? null : getScene().getWindow(); }

    // ---- parts, for the app, exports and tests ----

    public PlaygroundModel model() { return model; }

    BoundaryPanel boundaryPanel() { return boundary; }

    /** What the network builder's edits and hovers go to (tests drive it directly). */
    NetworkBridge networkEditor() { return networkEditor; }

    /** The decision boundary plot. */
    public org.nnplay.ui.plot.BoundaryView boundary() { return boundary.view(); }

    public NetworkView network() { return network; }

    AnalysisTabs tabs() { return tabs; }

    public Dashboard dashboard() { return dashboard; }

    public StatusBar statusBar() { return status; }

    Presentation presentation() { return presentation; }

    FileActions files() { return files; }

    public ControlRegistry controls() { return controls; }

    public PointTool pointTool() { return tool; }

    public void dispose() {
        tabs.dispose();
        ghost.close();
    }
}
