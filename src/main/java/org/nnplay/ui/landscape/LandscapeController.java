package org.nnplay.ui.landscape;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import org.nnplay.experiment.LandscapeMode;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.Metrics;
import org.nnplay.training.Snapshot;
import org.nnplay.training.landscape.CancellationToken;
import org.nnplay.training.landscape.LandscapeComputer;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.LandscapeJob;
import org.nnplay.training.landscape.LandscapeListener;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LineInterpolation;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.PathPlane;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.training.landscape.Trajectory;

/**
 * The view's logic, on the FX thread: decides when to compute (with {@link RecomputePolicy}), starts the grid on the
 * {@link LandscapeComputer}, the line on a helper thread and races on the {@link RaceRunner}, cancels whatever runs
 * on every change, and shows the results through the view's methods. The FX thread never waits for the work: while
 * any is under way, an {@link AnimationTimer} reads its progress once per frame (the finest level computed so far,
 * the points done, a finished line or race), so however fast the workers report, the view changes at most once a
 * frame. Projects the trajectory and the current weights onto the shown slice.
 */
final class LandscapeController {
    private final LandscapeView view;
    private final LandscapeSettings settings;
    private final LandscapeComputer computer;
    private final boolean ownsComputer;
    private final ExecutorService aux = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape-aux");
        t.setDaemon(true);
        return t;
    });
    private final RecomputePolicy policy = new RecomputePolicy();
    private final PointerBridge pointer;
    private final PathTracker path = new PathTracker();
    private final RaceRunner racer = new RaceRunner();
    private final AnimationTimer poll = new AnimationTimer() {
        @Override public void handle(long now) { poll(); }
    };
    private LandscapeSource source;
    private LandscapeJob job;
    private LandscapeGrid shownLevel;
    private CompletableFuture<LineInterpolation> line;
    private CancellationToken lineToken = new CancellationToken();
    private CompletableFuture<RaceRunner.Outcome> race;
    private List<RacePanel.Row> racing = List.of();
    private double[] raceStart;
    private LandscapeRequest request;
    private LossSetup trainLoss;
    private SliceProjection projection;
    private LossScale scale;
    private LandscapeMode planeMode = LandscapeMode.AROUND;
    private double[] weights;
    private double currentLoss = Double.NaN;

    LandscapeController(LandscapeView view, LandscapeSettings settings, LandscapeComputer computer,
                        boolean ownsComputer) {
        this.view = view;
        this.settings = settings;
        this.computer = computer;
        this.ownsComputer = ownsComputer;
        this.pointer = new PointerBridge(this::race, view::raceMode);
    }

    PointerBridge pointer() { return pointer; }

    void setSource(LandscapeSource s) {
        source = s;
        settings.setTestAvailable(s != null && s.testLoss() != null);
        policy.reset();
        path.reset(null);
        recompute();
    }

    void setInteraction(LandscapeInteraction i) { pointer.setInteraction(i); }

    RecomputePolicy policy() { return policy; }

    LandscapeRequest currentRequest() { return request; }

    /** One frame's snapshot: moves the current point, appends the path, recomputes when the policy says so. */
    void onSnapshot(Snapshot s) {
        if (s == null || s.weights() == null) return;
        weights = s.weights().flatten();
        Metrics m = settings.testData() && s.test() != null ? s.test() : s.train();
        currentLoss = m == null ? Double.NaN : settings.withPenalty() ? m.total() : m.dataLoss();
        RecomputePolicy.Reason why = policy.onSnapshot(s.state(), s.generation(), s.steps(), weights,
                System.nanoTime());
        if (why == RecomputePolicy.Reason.RESET) {
            path.reset(null);
        }
        if (why != RecomputePolicy.Reason.NONE) {
            recompute();
        } else {
            updateMarkers(false);
        }
    }

    /** A setting changed or the user asked: compute again now. */
    void request() {
        policy.requested();
        recompute();
    }

    void dataChanged() {
        policy.dataChanged();
        recompute();
    }

    /** Stops the grid or line being computed (a race runs on). */
    void cancel() {
        computer.cancel();
        job = null;
        lineToken.cancel();
        if (line != null) line.cancel(false);
        line = null;
        view.showBusy(null, 1);
    }

    void close() {
        cancel();
        poll.stop();
        aux.shutdownNow();
        racer.close();
        if (ownsComputer) computer.close();
    }

    void modeChanged(LandscapeMode m) {
        if (m == LandscapeMode.SURFACE && view.shownGrid() != null) {
            updateMarkers(false);
            return;
        }
        if (m.slice() && m != LandscapeMode.SURFACE) planeMode = m;
        recompute();
    }

    /** Only the colours changed (the log scale): the same results, drawn again. */
    void restyle() {
        LandscapeGrid g = view.shownGrid();
        if (g != null) {
            scale = LossScale.of(g.min(), g.max(), settings.logScale());
            view.showGrid(g, scale, settings.lossTitle());
        }
        if (view.shownLine() != null) view.showLine(view.shownLine(), settings.logScale());
        updateMarkers(true);
    }

    // ---- computing ----

    void recompute() {
        cancel();
        LossSetup base;
        try {
            base = source == null ? null : source.currentLoss();
        } catch (RuntimeException e) {
            base = null;
        }
        if (base == null) {
            view.showMessage("No network to show yet.");
            return;
        }
        trainLoss = settings.trainLoss(base);
        LossSetup loss = settings.shownLoss(base, source.testLoss());
        double[] centre = base.center();
        long now = System.nanoTime();
        if (view.mode() == LandscapeMode.LINE) {
            double[] from = initial();
            if (from == null || from.length != centre.length) {
                policy.computed(centre, 1e-12, now);
                view.showMessage("Train for a few epochs: the line runs from the initial weights to the current ones.");
                return;
            }
            computeLine(loss, from, centre, now);
            return;
        }
        LandscapeRequest req;
        try {
            req = planeMode == LandscapeMode.PATH ? pathRequest(loss) : LandscapeRequest.aroundCurrent(loss,
                    settings.seed(), false, settings.range(), settings.resolution());
        } catch (IllegalStateException | IllegalArgumentException e) {
            policy.computed(centre, 1e-12, now);
            view.showMessage(planeMode == LandscapeMode.PATH
                    ? "Train for a few epochs: the path needs weights that have moved." : e.getMessage());
            return;
        }
        request = req;
        projection = new SliceProjection(req.slice()); // a new plane: path and race coordinates are stale
        path.reset(projection);
        stopRace();
        pointer.setSlice(req, trainLoss);
        double span = Math.max(req.alphaMax() - req.alphaMin(), req.betaMax() - req.betaMin()) / 2;
        policy.computed(req.slice().center(), span * projection.unitLength(), now);
        view.showBusy("Computing " + req.resolution() + " × " + req.resolution(), 0);
        job = computer.submit(req, LandscapeListener.NONE);
        shownLevel = null;
        poll.start();
    }

    private LandscapeRequest pathRequest(LossSetup loss) {
        Trajectory t = source.trajectory();
        if (t == null || t.size() < 2) throw new IllegalStateException("no path");
        PathPlane plane = PathPlane.of(t, PathPlane.DEFAULT_MARGIN, settings.seed());
        return plane.request(loss, settings.resolution());
    }

    private double[] initial() {
        Weights w = source.initialWeights();
        if (w != null) return w.flatten();
        Trajectory t = source.trajectory();
        return t == null || t.first() == null ? null : t.first().weights();
    }

    private void computeLine(LossSetup loss, double[] from, double[] to, long now) {
        double d = 0;
        for (int k = 0; k < to.length; k++) d += (to[k] - from[k]) * (to[k] - from[k]);
        policy.computed(to, Math.max(Math.sqrt(d), 1e-12), now);
        pointer.setLine(loss, from, to);
        CancellationToken token = lineToken = new CancellationToken();
        view.showBusy("Computing the line", 0);
        line = CompletableFuture.supplyAsync(() -> LineInterpolation.compute(loss, from, to, LineInterpolation.DEFAULT_MIN,
                LineInterpolation.DEFAULT_MAX, LineInterpolation.DEFAULT_POINTS, token), aux);
        poll.start();
    }

    /** Races every racer switched on in the panel from (a, b) on the slice, on the training loss. */
    private void race(LandscapeRequest slice, LossSetup loss, double a, double b) {
        racing = view.enabledRacers();
        raceStart = new double[] {a, b};
        view.showRaces(List.of(), raceStart);
        view.clearRaceResults();
        view.showRaceStatus("Racing " + racing.size() + " optimizers for " + view.raceSteps() + " steps…");
        race = racer.start(loss, slice.slice(), a, b, racing.stream().map(RacePanel.Row::racer).toList(),
                racing.stream().map(r -> r.color).toList(), view.raceSteps());
        poll.start();
    }

    /** Stops a race and clears its paths (the slice changed). */
    private void stopRace() {
        racer.cancel();
        race = null;
        raceStart = null;
        view.showRaces(List.of(), null);
        view.clearRaceResults();
    }

    // ---- results, read once per frame on the FX thread ----

    private void poll() {
        boolean busy = false;
        if (job != null) {
            boolean done = job.isDone(); // first: a job publishes its last level before it completes
            LandscapeGrid g = job.latest();
            if (g != null && g != shownLevel) {
                shownLevel = g;
                showLevel(g);
            }
            if (job.result().isCompletedExceptionally()) {
                fail(job.result());
                job = null;
            } else if (done) {
                job = null;
            } else {
                busy = true;
                view.showBusy(null, (double) job.pointsComputed() / job.totalPoints());
            }
        }
        if (line != null && line.isDone()) {
            if (!line.isCompletedExceptionally()) view.showLine(line.join(), settings.logScale());
            else fail(line);
            line = null;
        }
        if (line != null) {
            busy = true;
            view.showBusy(null, -1);
        }
        if (race != null && race.isDone()) {
            if (!race.isCompletedExceptionally()) showRace(race.join());
            race = null;
        }
        if (!busy) view.showBusy(null, 1);
        if (job == null && line == null && race == null) poll.stop();
    }

    private void fail(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (CancellationException e) {
            return; // a newer computation replaced it
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (!(cause instanceof CancellationException)) view.showMessage("Could not compute: " + cause.getMessage());
        }
    }

    private void showLevel(LandscapeGrid g) {
        scale = LossScale.of(g.min(), g.max(), settings.logScale());
        view.showGrid(g, scale, settings.lossTitle());
        updateMarkers(true);
    }

    private void showRace(RaceRunner.Outcome o) {
        if (o.error() != null) {
            view.showRaceStatus("The race failed: " + o.error());
            return;
        }
        view.showRaces(o.traces(), raceStart);
        view.showRaceResults(racing, o.results());
        view.showRaceStatus("Click again for another start. Edit η (double-click) to compare rates.");
    }

    // ---- path and current point ----

    private void updateMarkers(boolean force) {
        if (projection == null || weights == null || weights.length != projection.size()) return;
        double[] p = projection.project(weights);
        PathPoint now = new PathPoint(p[0], p[1], currentLoss);
        Trajectory t = source == null ? null : source.trajectory();
        if (force || path.changed(t)) {
            view.showPath(path.project(t), now);
        } else {
            view.showCurrent(now);
        }
    }
}
