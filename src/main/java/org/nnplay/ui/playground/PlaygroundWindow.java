package org.nnplay.ui.playground;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.BackendChoice;
import org.nnplay.ui.files.AppDirs;
import org.nnplay.ui.files.Autosave;
import org.nnplay.ui.files.FileChooserService;
import org.nnplay.ui.files.RecentFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the playground into a stage: the model on the start-up experiment, the view, the frame loop, the autosave
 * with its crash marker, ND4J loading in the background, and the start-up flags ({@link StartOptions}). The
 * application and the window tests both open the window through {@link #open}.
 */
public final class PlaygroundWindow {
    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundWindow.class);
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    /** How often a running model is autosaved: every 20 s, or the seconds of the property {@code nnplay.autosaveSeconds}. */
    private static final long AUTOSAVE_WHILE_RUNNING_NANOS = (long) (1e9 * seconds(System.getProperty("nnplay.autosaveSeconds"), 20));

    private final Stage stage;
    private final PlaygroundModel model;
    private final PlaygroundView view;
    private final FrameLoop loop;
    private final Autosave autosave;
    private final StartupRestore restore;
    private long lastAutosave = System.nanoTime();
    private boolean closed;

    private PlaygroundWindow(Stage stage, StartOptions options, FileChooserService chooser, AppDirs dirs) {
        this.stage = stage;
        autosave = new Autosave(dirs, 1000);
        restore = new StartupRestore(autosave, dirs);
        boolean crashed = autosave.crashed();
        boolean offerRestore = crashed && options.open() == null && options.link() == null && options.lesson() == null;
        if (crashed && !offerRestore) keepCrashedSession(dirs);
        if (offerRestore) autosave.hold(); // the crashed session stays on disk until the user answers
        var lesson = options.lesson() == null ? null : Lessons.get(options.lesson());
        // a lesson that is a window of its own (scenes 9 and 10) opens over the default experiment
        Experiment first = lesson != null && lesson.hasPreset() ? Lessons.load(options.lesson()) : Experiment.defaults();
        model = new PlaygroundModel(first, Platform::runLater);
        view = new PlaygroundView(model, chooser, new RecentFiles(dirs.recentFiles()));
        loop = new FrameLoop(model, view);
        autosave.begin();

        Scene scene = new Scene(view, WIDTH, HEIGHT);
        view.attach(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.titleProperty().bind(model.document().title());
        stage.setMinWidth(1000);
        stage.setMinHeight(660);
        stage.setOnCloseRequest(e -> {
            if (!CloseGuard.confirm(stage, model, view.files())) e.consume();
            else close();
        });
        view.setOnClose(() -> {
            if (CloseGuard.confirm(stage, model, view.files())) {
                close();
                stage.close();
            }
        });
        model.revisionProperty().addListener((o, was, now) -> autosaveNow());
        model.runningProperty().addListener((o, was, on) -> { if (!on) autosaveNow(); });
        BackendChoice.loadNd4j().whenComplete((b, err) -> Platform.runLater(model::refreshBackend));
        maximiseOnSmallScreens(stage);
        stage.show();
        view.requestFocus();
        loop.start();

        if (options.open() != null) view.files().open(options.open());
        else if (options.link() != null) view.files().openLink(options.link());
        else if (offerRestore) restore.offer(stage, model);
        if (lesson != null && !lesson.hasPreset()) view.lessons().open(lesson);
        if (options.view() != null) view.showView(options.view());
        if (options.presentation()) view.setPresentation(true);
        if (options.play()) view.togglePlay(); // the runs on the stage: the playground's, or a comparison's
        if (options.printLayout()) printLayout(System.out);
        else if (options.measuresFrames()) measure(options.warmUpSeconds(), options.frameStatsSeconds(), System.out);
        else loop.setAfterFrame(this::autosaveWhileRunning);
    }

    /** The largest screen on which the window opens maximised: projectors and laptops, where every pixel counts. */
    static final double MAXIMISE_UP_TO_WIDTH = 1920;
    static final double MAXIMISE_UP_TO_HEIGHT = 1080;

    private static void maximiseOnSmallScreens(Stage stage) {
        var screen = javafx.stage.Screen.getPrimary().getBounds();
        if (screen.getWidth() <= MAXIMISE_UP_TO_WIDTH && screen.getHeight() <= MAXIMISE_UP_TO_HEIGHT) {
            stage.setMaximized(true);
        }
    }

    /**
     * {@code --print-layout}: once the window's size has settled (the window manager may maximise or go full screen a
     * little after showing), prints each main view's rectangle as a JSON line ({@link LayoutReport}) and closes.
     */
    private void printLayout(PrintStream out) {
        long[] since = {0};
        double[] size = {-1, -1};
        int[] calm = {0};
        loop.setAfterFrame(now -> {
            if (since[0] == 0) since[0] = now;
            var scene = stage.getScene();
            if (scene.getWidth() != size[0] || scene.getHeight() != size[1]) {
                size[0] = scene.getWidth();
                size[1] = scene.getHeight();
                calm[0] = 0;
                return;
            }
            if (++calm[0] < 30 || now - since[0] < 1_500_000_000L) return;
            LayoutReport.of(view).forEach(e -> out.println(e.json()));
            out.flush();
            loop.setAfterFrame(t -> { });
            close();
            stage.close();
            Platform.exit();
        });
    }

    /** Opens the playground in {@code stage}. FX thread. */
    public static PlaygroundWindow open(Stage stage, StartOptions options, FileChooserService chooser, AppDirs dirs) {
        return new PlaygroundWindow(stage, options, chooser, dirs);
    }

    public PlaygroundModel model() { return model; }

    public PlaygroundView view() { return view; }

    public FrameStats frameStats() { return loop.stats(); }

    public Stage stage() { return stage; }

    /** Stops the loop, training and background work; writes the autosave and marks a clean exit. Idempotent. */
    public void close() {
        if (closed) return;
        closed = true;
        loop.stop();
        autosave.request(model.forSaving(), model::checkpoint);
        autosave.end();
        autosave.close();
        view.dispose();
        model.close();
    }

    private void autosaveNow() {
        if (closed) return; // close() wrote the last one and shut the autosave down
        lastAutosave = System.nanoTime();
        autosave.request(model.forSaving(), model::checkpoint);
    }

    private static double seconds(String property, double fallback) {
        try {
            double s = property == null ? fallback : Double.parseDouble(property);
            return s >= 0.1 && s <= 3600 ? s : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void autosaveWhileRunning(long now) {
        if (model.runningProperty().get() && now - lastAutosave > AUTOSAVE_WHILE_RUNNING_NANOS) autosaveNow();
    }

    /** The frame-interval measurement of {@code --frame-stats}: the warm-up, then {@code seconds}, then exit. */
    private void measure(double warmUpSeconds, double seconds, PrintStream out) {
        long warmUp = Math.max(1, (long) (warmUpSeconds * 1e9));
        long[] start = {0};
        long[] firstEpoch = {0};
        ThreadCpu cpu = new ThreadCpu();
        var cpuAtStart = new java.util.concurrent.atomic.AtomicReference<java.util.Map<String, Long>>();
        loop.setAfterFrame(now -> {
            if (start[0] == 0) start[0] = now;
            if (start[0] > 0 && now - start[0] >= warmUp) {
                loop.stats().reset();
                start[0] = -now;
                firstEpoch[0] = model.service().epoch();
                cpuAtStart.set(cpu.sample());
            } else if (start[0] < 0 && now + start[0] >= seconds * 1e9) {
                var s = model.snapshotProperty().get();
                double average = (model.service().epoch() - firstEpoch[0]) / ((now + start[0]) / 1e9);
                out.printf(java.util.Locale.ROOT, "frame-stats: %s; epochs=%d, mean epochs/s=%.0f, backend=%s;"
                                + " CPU ms per frame: %s%n", loop.stats().summary(), model.service().epoch(), average,
                        s == null ? "-" : s.backend(), ThreadCpu.perFrame(cpuAtStart.get(), cpu.sample(), loop.stats().count()));
                out.flush();
                close();
                stage.close();
                Platform.exit();
            }
        });
    }

    private static void keepCrashedSession(AppDirs dirs) {
        try {
            Files.copy(dirs.autosave(), dirs.home().resolve("autosave-before-crash.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            LOG.warn("Could not keep the crashed session's autosave: {}", e.getMessage());
        }
    }
}
