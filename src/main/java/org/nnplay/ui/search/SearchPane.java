package org.nnplay.ui.search;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.search.HyperSearch;
import org.nnplay.training.search.LogRange;
import org.nnplay.training.search.SearchPlan;
import org.nnplay.training.search.SearchSpace;
import org.nnplay.training.search.Strategy;

/**
 * Scene 15's window content: the search settings (strategy, trials, epochs, the learning rate's range as exponents
 * of e), Start and Cancel with a progress bar; the scatter plot beside the results table; and the two steps the
 * lecture takes next, zoom in around the best (coarse → fine) and use the best rate in the playground. It searches
 * the experiment {@code current} gives at Start and changes it only through {@code edit}, the playground's own path.
 */
public final class SearchPane extends BorderPane {
    private final Supplier<Experiment> current;
    private final Consumer<UnaryOperator<Experiment>> edit;
    private final SearchController controller;
    private final ToggleButton random = new ToggleButton("Random");
    private final ToggleButton grid = new ToggleButton("Grid");
    private final Spinner<Integer> trials = new Spinner<>(2, 500, 20, 1);
    private final Spinner<Integer> epochs = new Spinner<>(1, 10_000, 30, 10);
    private final Spinner<Double> lo = new Spinner<>(-12.0, SearchSpace.MAX_LR_EXPONENT, -5.0, 0.5);
    private final Spinner<Double> hi = new Spinner<>(-12.0, SearchSpace.MAX_LR_EXPONENT, 0.0, 0.5);
    private final Label rangeValues = new Label();
    private final Button start = new Button("Start");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Random or grid? Press Start.");
    private final Button zoom = new Button("Zoom in (coarse → fine)");
    private final Button useBest = new Button("Use best learning rate");
    private final Button clear = new Button("Clear");
    private final ScatterPlot plot = new ScatterPlot();
    private final ResultsTable table = new ResultsTable();

    public SearchPane(Supplier<Experiment> current, Consumer<UnaryOperator<Experiment>> edit) {
        this(current, edit, new HyperSearch());
    }

    SearchPane(Supplier<Experiment> current, Consumer<UnaryOperator<Experiment>> edit, HyperSearch search) {
        this.current = current;
        this.edit = edit;
        this.controller = new SearchController(search, this::show);
        getStyleClass().add("search-pane");
        getStylesheets().add(SearchPane.class.getResource("search.css").toExternalForm());
        setTop(settings());
        SplitPane centre = new SplitPane(plot, table);
        centre.setOrientation(Orientation.HORIZONTAL);
        centre.setDividerPositions(0.52);
        setCenter(centre);
        setBottom(actions());
        wire();
        update();
    }

    private Region settings() {
        random.setId("search-random");
        grid.setId("search-grid");
        random.setSelected(true);
        SegmentedButton strategy = new SegmentedButton(random, grid);
        strategy.setId("search-strategy");
        strategy.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) was.setSelected(true); // one is always chosen
        });
        trials.setId("search-trials");
        epochs.setId("search-epochs");
        lo.setId("search-lr-lo");
        hi.setId("search-lr-hi");
        for (Spinner<?> s : new Spinner<?>[] {trials, epochs, lo, hi}) {
            s.setEditable(true);
            s.setPrefWidth(104);
        }
        rangeValues.getStyleClass().add("search-muted");
        start.setId("search-start");
        start.setDefaultButton(true);
        cancel.setId("search-cancel");
        progress.setId("search-progress");
        progress.setPrefWidth(200);
        FlowPane top = new FlowPane(14, 10, group("Strategy", strategy), group("Trials", trials),
                group("Epochs each", epochs), group("Learning rate eˣ, x from", lo, new Label("to"), hi, rangeValues),
                group(null, start, cancel, progress));
        top.getStyleClass().add("search-settings");
        return top;
    }

    private Region actions() {
        zoom.setId("search-zoom");
        zoom.setTooltip(new Tooltip("Set the range around the best quarter of the last round, to search it finer"));
        useBest.setId("search-use-best");
        useBest.setTooltip(new Tooltip("Set the playground's learning rate to the best trial's"));
        clear.setId("search-clear");
        status.setId("search-status");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, zoom, useBest, clear, gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("search-actions");
        return bar;
    }

    private static HBox group(String caption, javafx.scene.Node... nodes) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_LEFT);
        if (caption != null) box.getChildren().add(new Label(caption));
        box.getChildren().addAll(nodes);
        return box;
    }

    private void wire() {
        start.setOnAction(e -> start());
        cancel.setOnAction(e -> controller.cancel());
        clear.setOnAction(e -> controller.clear());
        zoom.setOnAction(e -> {
            SearchSpace s = controller.zoomed();
            if (s == null) return;
            lo.getValueFactory().setValue(round(s.learningRate().lo()));
            hi.getValueFactory().setValue(round(Math.min(s.learningRate().hi(), SearchSpace.MAX_LR_EXPONENT)));
            status.setText("Range narrowed to e^" + LogTicks.exponent(lo.getValue()) + " … e^" + LogTicks.exponent(hi.getValue())
                    + ": train longer and press Start.");
        });
        useBest.setOnAction(e -> {
            Row best = controller.best();
            if (best == null) return;
            double lr = Double.parseDouble(LogTicks.value(best.learningRate()));
            edit.accept(x -> x.withTraining(t -> t.withLearningRate(lr)));
            status.setText("The playground now trains with learning rate " + LogTicks.value(lr) + ".");
        });
        lo.valueProperty().addListener((o, was, now) -> update());
        hi.valueProperty().addListener((o, was, now) -> update());
    }

    private static double round(double x) { return Math.round(x * 100) / 100.0; }

    private void start() {
        if (trials.getValue() == null || epochs.getValue() == null || lo.getValue() == null || hi.getValue() == null) {
            status.setText("Enter a number in every field: trials, epochs each and the learning-rate exponents.");
            return;
        }
        try {
            double a = Math.min(lo.getValue(), hi.getValue());
            double b = Math.max(lo.getValue(), hi.getValue());
            Strategy s = grid.isSelected() ? Strategy.GRID : Strategy.RANDOM;
            SearchPlan plan = new SearchPlan(s, SearchSpace.learningRate(new LogRange(a, b)), trials.getValue(),
                    epochs.getValue(), 1);
            controller.start(current.get(), plan);
        } catch (RuntimeException ex) {
            status.setText("Cannot search this experiment: " + ex.getMessage());
        }
    }

    /** Every frame of a search brings the progress only; a finished trial brings the rows too, and a redraw. */
    private void show(SearchController.State s) {
        progress.setProgress(s.progress());
        if (s.rows() == null) return;
        table.show(s.rows(), s.best());
        SearchSpace space = controller.space();
        plot.show(s.rows().stream().map(Row::result).toList(), s.best() == null ? null : s.best().result(),
                space == null ? LogRange.LECTURE_LEARNING_RATE : space.learningRate());
        if (s.status() != null) status.setText(s.status());
        update();
    }

    private void update() {
        boolean running = controller.running();
        start.setDisable(running);
        cancel.setDisable(!running);
        zoom.setDisable(running || controller.zoomed() == null);
        useBest.setDisable(controller.best() == null);
        clear.setDisable(running || table.size() == 0);
        rangeValues.setText("= " + LogTicks.value(Math.exp(lo.getValue())) + " … " + LogTicks.value(Math.exp(hi.getValue())));
    }

    /** Follows the playground's theme. */
    public void setDark(boolean dark) { plot.setDark(dark); }

    // ---- for tests ----
    ResultsTable table() { return table; }

    ScatterPlot plot() { return plot; }

    SearchController controller() { return controller; }
}
