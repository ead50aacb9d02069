package org.nnplay.ui.playground;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.PopOver;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.StageView;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.StatusBar;
import org.nnplay.ui.Theme;
import org.nnplay.ui.dashboard.Dashboard;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.RecentFiles;
import org.nnplay.ui.landscape.LandscapeView;
import org.nnplay.ui.network.ColorScale;
import org.nnplay.ui.network.NetworkView;

/**
 * The playground window's content. Top: menus and the training bar. Left: the data (a strip in presentation mode).
 * Centre: the {@link StageLayout stage}, which belongs to the visuals: the network builder over the learning curves
 * and the decision boundary beside them, or any one view (the loss landscape, the comparison…) alone. Bottom: the
 * status bar. It shows what the model holds (the experiment, including which view has the stage and presentation
 * mode) and is handed each frame's snapshot by {@link #onFrame}; it changes the experiment only through the model.
 */
public final class PlaygroundView extends BorderPane implements TrainingBar.Listener, Presentation.Listener {
    private final PlaygroundModel model;
    private final ControlRegistry controls = new ControlRegistry();
    private final PointTool tool;
    private final GhostPreview ghost = new GhostPreview();
    private final NetworkView network = new NetworkView();
    private final BoundaryPanel boundary;
    private final CurvesPanel curves = new CurvesPanel();
    private final LandscapeBridge landscapeBridge;
    private LandscapeView landscape;
    private final Dashboard dashboard = new Dashboard();
    private final StatusBar status = new StatusBar();
    private final DataColumn dataColumn;
    private final FileActions files;
    private final Presentation presentation;
    private final TrainingBar bar;
    private final CompareStage compare;
    private final AppMenu menu;
    private final StageLayout stage;
    private final org.nnplay.ui.lessons.LessonPanel lessonPanel = new org.nnplay.ui.lessons.LessonPanel();
    private final LessonActions lessons;
    private final VBox top;
    private final FrameFeed feed;
    private final NetworkBridge networkEditor;
    private PopOver advancedPopOver;
    private Runnable onClose = () -> { };

    public PlaygroundView(PlaygroundModel model, FileChooserService chooser, RecentFiles recent) {
        this.model = model;
        getStyleClass().add("playground");
        getStylesheets().add(Objects.requireNonNull(PlaygroundView.class.getResource("playground.css")).toExternalForm());
        tool = new PointTool(model);
        NeuronHover hover = new NeuronHover(model);
        boundary = new BoundaryPanel(model, tool, hover, ghost, controls);
        landscapeBridge = new LandscapeBridge(model, ghost);
        files = new FileActions(model, chooser, recent, this::window, new CsvImport.Progress() {
            @Override public void show(String text, double fraction, Runnable cancel) {
                status.showTask(text, fraction, cancel);
                placeStatus();
            }

            @Override public void hide() {
                status.hideTask();
                placeStatus();
            }
        });
        presentation = new Presentation(this, this);
        network.setId("network-view");
        networkEditor = new NetworkBridge(model, hover);
        network.setEditor(networkEditor);
        dashboard.setId("dashboard");
        curves.setId("curves-panel");
        controls.register("dashboard", "Dashboard tiles", dashboard);
        controls.register("network", "Network builder", network);
        controls.register("curves", "Learning curves", curves);

        bar = new TrainingBar(model, controls, this);
        compare = new CompareStage(model, bar);
        lessons = new LessonActions(this, files, model);
        menu = new AppMenu(this, files, model);
        menu.managedProperty().bind(menu.visibleProperty());
        lessonPanel.setId("lesson-panel");
        top = new VBox(menu, bar);
        setTop(top);

        dataColumn = new DataColumn(new DataPanel(model, tool, controls));
        dataColumn.setNote(lessonPanel);
        controls.register("data-panel", "Data column", dataColumn);
        setLeft(dataColumn);

        stage = new StageLayout(dashboard, new StageSizes(boundary, curves, dashboard, presentation));
        stage.put(StageView.BUILDER, () -> network);
        stage.put(StageView.CURVES, () -> curves);
        stage.put(StageView.BOUNDARY, () -> boundary);
        stage.put(StageView.LANDSCAPE, this::landscape);
        stage.put(StageView.COMPARE, compare::view);
        stage.show(StageView.NORMAL);
        setCenter(stage);
        setBottom(status);
        feed = new FrameFeed(new FrameFeed.Views(model, stage, boundary, network, dashboard, curves, landscapeBridge,
                () -> landscape, compare, bar, status));
        maximiseOnDoubleClick(boundary.title(), StageView.BOUNDARY);
        maximiseOnDoubleClick(curves.title(), StageView.CURVES);
        maximiseOnDoubleClick(network, StageView.BUILDER);

        // the loss axis's scale is a view setting of the experiment: it opens as saved, and a switch is saved with it
        curves.curves().scaleProperty().addListener((o, was, now) -> {
            org.nnplay.experiment.CurveScale c = now == org.nnplay.ui.curves.Scale.LOG
                    ? org.nnplay.experiment.CurveScale.LOG : org.nnplay.experiment.CurveScale.LINEAR;
            if (model.currentExperiment().view().curveScale() != c) model.editView(v -> v.withCurveScale(c));
        });
        model.experimentProperty().addListener((o, was, now) -> showSettings(was, now));
        model.dataProperty().addListener((o, was, now) -> showData());
        model.noticeProperty().addListener((o, was, now) -> notify(now));
        showSettings(null, model.currentExperiment());
        showData();
    }

    /** A double-click on {@code title} puts {@code v} alone on the stage, or back in the normal layout. */
    private void maximiseOnDoubleClick(Node title, StageView v) {
        title.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) return;
            if (v == StageView.BUILDER && e.getTarget() != network) return; // double-clicks on weights edit them
            showView(stage.shown() == v ? StageView.NORMAL : v);
            e.consume();
        });
    }

    /** Once per frame on the FX thread: the latest snapshot (possibly the same as last frame) and the frame statistics. */
    public void onFrame(Snapshot s, FrameStats stats) { feed.onFrame(s, stats); }

    /** Puts the theme on the scene and the keys on it; call once the view is in its scene. */
    public void attach(Scene scene) {
        KeyBindings.install(scene, model, tool, new KeyBindings.Actions() {
            @Override public RunControls runs() { return bar.runsProperty().get(); }

            @Override public void togglePresentation() { PlaygroundView.this.togglePresentation(); }

            @Override public boolean leavePresentation() {
                if (!model.currentExperiment().view().presentation()) return false;
                setPresentation(false);
                return true;
            }

            @Override public void showView(StageView v) { PlaygroundView.this.showView(v); }
        });
        showTheme(model.currentExperiment());
        showPresentation(model.currentExperiment());
        // presentation mode's type follows the room: going full screen or resizing the window re-scales it
        scene.widthProperty().addListener((o, was, now) -> showPresentation(model.currentExperiment()));
        scene.heightProperty().addListener((o, was, now) -> showPresentation(model.currentExperiment()));
    }

    private void showSettings(Experiment was, Experiment e) {
        controls.apply(e.view().hiddenControls());
        if (was == null || !java.util.Objects.equals(was.view().lesson(), e.view().lesson())) {
            lessonPanel.setLesson(e.view().lesson() == null ? null
                    : org.nnplay.experiment.Lessons.find(e.view().lesson()).orElse(null));
        }
        network.setExperiment(e);
        ColorScale scale = e.view().palette() == org.nnplay.experiment.Palette.BLUE_ORANGE ? ColorScale.ORANGE_BLUE : ColorScale.RED_GREEN;
        if (network.getColorScale() != scale) network.setColorScale(scale);
        showPresentation(e);
        curves.curves().setScale(e.view().curveScale() == org.nnplay.experiment.CurveScale.LOG
                ? org.nnplay.ui.curves.Scale.LOG : org.nnplay.ui.curves.Scale.LINEAR);
        if (landscape != null) landscape.setMode(e.view().landscapeMode());
        StageView v = e.view().stage();
        compare.show(e, v == StageView.COMPARE);
        stage.show(v);
        if (was == null || was.view().theme() != e.view().theme()) showTheme(e);
    }


    /** The status bar: hidden in presentation mode, except while long work shows its progress and Cancel there. */
    private void placeStatus() {
        boolean shown = !presentation.isActive() || status.showingTask();
        if (status.isVisible() == shown) return;
        status.setVisible(shown);
        status.setManaged(shown);
    }

    private void showPresentation(Experiment e) {
        boolean on = e.view().presentation();
        if (getScene() == null) return;
        boolean changed = presentation.isActive() != on;
        double scale = presentation.apply(on);
        if (!changed && scale == viewScale) return;
        viewScale = scale;
        menu.setVisible(!on);
        placeStatus();
        bar.setPresentation(on);
        dataColumn.setFolded(on);
        boundary.setPresentation(on);
        boundary.view().setScale(scale);
        network.setScale(scale);
        curves.setScale(scale);
        dashboard.setFontScale(scale);
        lessonPanel.setFontScale(scale);
        if (landscape != null) landscape.setFontScale(scale);
        compare.setFontScale(scale);
        placeLesson(on, changed);
        stage.requestLayout();
    }

    private double viewScale = 1;

    /**
     * Where the lesson's explanation goes: at the top of the data column in the normal window (the stage keeps its
     * height), and in a strip under the bar in presentation mode, folded to its title line (one click unfolds it),
     * since the data column is folded there.
     */
    private void placeLesson(boolean presentationOn, boolean changed) {
        boolean inStrip = top.getChildren().contains(lessonPanel);
        if (presentationOn && !inStrip) {
            dataColumn.setNote(null);
            top.getChildren().add(lessonPanel);
        } else if (!presentationOn && (inStrip || lessonPanel.getParent() == null)) {
            top.getChildren().remove(lessonPanel);
            dataColumn.setNote(lessonPanel);
        }
        if (changed) lessonPanel.setExpanded(!presentationOn);
    }

    private void showTheme(Experiment e) {
        boolean dark = e.view().theme() == org.nnplay.experiment.Theme.DARK;
        if (getScene() != null) (dark ? Theme.DARK : Theme.LIGHT).applyTo(getScene());
        dashboard.setDark(dark);
        network.setDark(dark);
        curves.setDark(dark);
        compare.setDark(dark);
    }

    private void showData() {
        var d = model.dataProperty().get();
        status.showData(d);
        if (d != null) network.setDomain(d.domain());
        if (landscape != null && stage.visible(StageView.LANDSCAPE)) landscape.dataChanged();
    }

    /** Plays or pauses whatever has the stage: the playground's run, or every run of the comparison. */
    void togglePlay() { bar.runsProperty().get().togglePlay(); }

    private LandscapeView landscape() {
        if (landscape == null) {
            landscape = new LandscapeView();
            landscape.setId("landscape-view");
            landscape.setSource(landscapeBridge);
            landscape.setInteraction(landscapeBridge);
            landscape.setFontScale(viewScale);
            // the mode is a view setting of the experiment: it opens as saved, and a switch is saved with it
            landscape.setMode(model.currentExperiment().view().landscapeMode());
            landscape.modeProperty().addListener((o, was, now) -> {
                if (model.currentExperiment().view().landscapeMode() != now) model.editView(v -> v.withLandscapeMode(now));
            });
        }
        return landscape;
    }

    // ---- what the bar, the keys and the menus ask for ----

    /** Puts {@code v} on the stage: a change of the experiment's view settings, so it is saved with it. */
    @Override public void showView(StageView v) {
        if (model.currentExperiment().view().stage() != v) model.editView(s -> s.withStage(v));
    }

    @Override public void togglePresentation() { setPresentation(!model.currentExperiment().view().presentation()); }

    void setPresentation(boolean on) {
        if (model.currentExperiment().view().presentation() != on) model.editView(v -> v.withPresentation(on));
    }

    @Override public void leftFullScreen() { setPresentation(false); }

    @Override public void showAdvanced() {
        if (advancedPopOver == null) {
            advancedPopOver = new PopOver(new AdvancedSheet(model));
            advancedPopOver.setTitle("Advanced settings");
            advancedPopOver.setHeaderAlwaysVisible(true);
            advancedPopOver.setDetachable(true);
            advancedPopOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        }
        Node anchor = bar.lookup("#more-settings");
        if (anchor != null && anchor.isVisible() && anchor.getScene() != null) advancedPopOver.show(anchor);
        else advancedPopOver.show(window());
    }

    private void notify(Notice n) {
        if (n == null) return;
        status.showMessage(n.text());
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

    void chooseHiddenControls() { ClassroomDialog.show(window(), controls, model); }

    void showKeys() { KeysDialog.show(window()); }

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

    CurvesPanel curvesPanel() { return curves; }

    /** The loss landscape view (made now if it was not yet). */
    LandscapeView landscapeView() { return (LandscapeView) stage.view(StageView.LANDSCAPE); }

    StageLayout stage() { return stage; }

    /** What opens a lesson: its preset, then its window (the Lessons menu, the browser and {@code --lesson}). */
    LessonActions lessons() { return lessons; }

    org.nnplay.ui.lessons.LessonPanel lessonPanel() { return lessonPanel; }

    /** The comparison's plots, one square per variant (empty while there is no comparison). */
    java.util.List<Node> comparePlots() { return compare.plots(); }

    /** The comparison's view-model (made now if it was not yet). */
    org.nnplay.ui.compare.CompareModel compareModelForTests() { return compare.runs(); }

    TrainingBar bar() { return bar; }

    AppMenu menu() { return menu; }

    DataColumn dataColumn() { return dataColumn; }

    public Dashboard dashboard() { return dashboard; }

    public StatusBar statusBar() { return status; }

    Presentation presentation() { return presentation; }

    FileActions files() { return files; }

    public ControlRegistry controls() { return controls; }

    public PointTool pointTool() { return tool; }

    public void dispose() {
        if (landscape != null) landscape.dispose();
        compare.close();
        ghost.close();
    }
}
