package org.nnplay.ui;

import javafx.scene.layout.BorderPane;
import org.nnplay.data.DataSet;
import org.nnplay.data.Generators;
import org.nnplay.data.ProblemType;
import org.nnplay.ui.plot.BoundaryView;
import org.nnplay.ui.plot.Palette;

import java.util.function.Consumer;

/** The window's content for now: top bar, the plane in the centre, status bar. */
public final class MainView extends BorderPane {
    /** Seed of the built-in default data set, so every start shows the same points. */
    public static final long DEFAULT_SEED = 1;

    private final TopBar topBar = new TopBar();
    private final BoundaryView plane = new BoundaryView();
    private final StatusBar statusBar = new StatusBar();

    /** @param onTheme called when the user switches the theme */
    public MainView(Consumer<Theme> onTheme) {
        getStyleClass().add("main-view");
        plane.setId("boundary-view");
        setTop(topBar);
        setCenter(plane);
        setBottom(statusBar);

        topBar.showTestProperty().addListener((obs, was, now) -> plane.setShowTest(now));
        topBar.colorBlindProperty().addListener((obs, was, now) ->
                plane.setPalette(now ? Palette.BLUE_ORANGE : Palette.RED_GREEN));
        topBar.darkProperty().addListener((obs, was, now) -> onTheme.accept(now ? Theme.DARK : Theme.LIGHT));

        showData(defaultDataSet());
    }

    public void showData(DataSet data) {
        plane.setData(data);
        statusBar.showData(data);
    }

    public BoundaryView plane() { return plane; }

    /**
     * The built-in default: TensorFlow Playground's "circle" — 500 points, class 1 (green) within radius 2.5,
     * class 0 (red) on the ring 3.5–5, no noise, half of them for training, drawn on [-6, 6]².
     */
    public static DataSet defaultDataSet() {
        return Generators.split("circle", Generators.circle(500, 0, DEFAULT_SEED), 50, DEFAULT_SEED,
                ProblemType.CLASSIFICATION, 2, 6, "x\u2081", "x\u2082");
    }
}
