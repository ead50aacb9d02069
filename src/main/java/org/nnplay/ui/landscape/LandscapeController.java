package org.nnplay.ui.landscape;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.Snapshot;
import org.nnplay.training.landscape.CancellationToken;
import org.nnplay.training.landscape.LandscapeComputer;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.LandscapeListener;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LineInterpolation;
import org.nnplay.training.landscape.LossSetup;
import org.nnplay.training.landscape.PathPlane;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.training.landscape.Trajectory;

/**
 * The view's logic, on the FX thread: decides when to compute (with {@link RecomputePolicy}), starts the grid on the
 * {@link LandscapeComputer} and the line or a race on a helper thread, cancels whatever runs on every change, and
 * hands results (coalesced through {@link FxRelay}s) to the drawing parts. Projects the trajectory and the current
 * weights onto the shown slice.
 */
final class LandscapeController {
    private record Level(long id, LandscapeGrid grid) {}
    private record Progress(long id, double fraction) {}
    private record Result(long id, Object value) {}

    private final LandscapeView view;
    private final LandscapeComputer computer;
    private final boolean ownsComputer;
    private final ExecutorService aux = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "landscape-aux");
        t.setDaemon(true);
        return t;
    });
    private final RecomputePolicy policy = new RecomputePolicy();
    private final FxRelay<Level> levels = new FxRelay<>(this::showLevel);
    private final FxRelay<Progress> progress = new FxRelay<>(this::showProgress);
    private final FxRelay<Result> results = new FxRelay<>(this::showResult);
    final PointerBridge pointer;
    private final PathTracker path = new PathTracker();
    private final RaceRunner race;
    private LandscapeSource source;
    private long jobId;
    private CancellationToken auxToken = new CancellationToken();
    private LandscapeRequest request;
    private LossSetup trainLoss;
    private SliceProjection projection;
    private LossScale scale;
    private LandscapeMode planeMode = LandscapeMode.AROUND;
    private double[] weights;
    private double currentLoss = Double.NaN;

    LandscapeController(LandscapeView view, LandscapeComputer computer, boolean ownsComputer) {
        this.view = view;
        this.computer = computer;
        this.ownsComputer = ownsComputer;
        this.race = new RaceRunner(view.heat, view.race);
        this.pointer = new PointerBridge(race, view::raceMode);
    }

    void setSource(LandscapeSource s) {
        source = s;
        view.settings.setTestAvailable(s != null && s.testLoss() != null);
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
        var eval = view.settings.testData() && s.test() != null ? s.test() : s.train();
        currentLoss = eval == null ? Double.NaN : view.settings.withPenalty() ? eval.total() : eval.dataLoss();
        RecomputePolicy.Reason why = policy.onSnapshot(s.state(), s.generation(), s.steps(), weights, System.nanoTime());
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

    void cancel() {
        jobId++;
        computer.cancel();
        auxToken.cancel();
        view.showBusy(null, 0);
    }

    void close() {
        cancel();
        aux.shutdownNow();
        race.close();
        if (ownsComputer) computer.close();
    }

    void modeChanged(LandscapeMode m) {
        if (m == LandscapeMode.SURFACE && view.heat.grid() != null) {
            view.surface.setGrid(view.heat.grid(), scale);
            updateMarkers(false);
            return;
        }
        if (m.slice() && m != LandscapeMode.SURFACE) planeMode = m;
        recompute();
    }

    void restyle() {
        LandscapeGrid g = view.heat.grid();
        if (g != null) {
            scale = LossScale.of(g.min(), g.max(), view.settings.logScale());
            view.heat.setGrid(g, scale);
            view.bar.setScale(scale, view.settings.lossTitle());
            if (view.mode() == LandscapeMode.SURFACE) view.surface.setGrid(g, scale);
        }
        if (view.line.line() != null) view.line.setLine(view.line.line(), view.settings.logScale());
        updateMarkers(true);
    }

    // ---- computing ----

    void recompute() {
        cancel();
        long id = jobId;
        LossSetup base;
        try {
            base = source == null ? null : source.currentLoss();
        } catch (RuntimeException e) {
            base = null;
        }
        if (base == null) {
            message("No network to show yet.");
            return;
        }
        trainLoss = view.settings.trainLoss(base);
        LossSetup loss = view.settings.shownLoss(base, source.testLoss());
        double[] centre = base.center();
        long now = System.nanoTime();
        if (view.mode() == LandscapeMode.LINE) {
            double[] from = initial();
            if (from == null || from.length != centre.length) {
                policy.computed(centre, 1e-12, now);
                message("Train for a few epochs: the line runs from the initial weights to the current ones.");
                return;
            }
            computeLine(id, loss, from, centre, now);
            return;
        }
        LandscapeRequest req;
        try {
            req = planeMode == LandscapeMode.PATH ? pathRequest(loss) : LandscapeRequest.aroundCurrent(loss,
                    view.settings.seed(), false, view.settings.range(), view.settings.resolution());
        } catch (IllegalStateException | IllegalArgumentException e) {
            policy.computed(centre, 1e-12, now);
            message(planeMode == LandscapeMode.PATH
                    ? "Train for a few epochs: the path needs weights that have moved." : e.getMessage());
            return;
        }
        request = req;
        projection = new SliceProjection(req.slice()); // a new plane: path and race coordinates are stale
        path.reset(projection);
        race.cancel();
        pointer.setSlice(req, trainLoss);
        double span = Math.max(req.alphaMax() - req.alphaMin(), req.betaMax() - req.betaMin()) / 2;
        policy.computed(req.slice().center(), span * projection.unitLength(), now);
        view.showBusy("Computing " + req.resolution() + " × " + req.resolution(), 0);
        computer.submit(req, new LandscapeListener() {
            @Override public void onLevel(LandscapeGrid g) { levels.post(new Level(id, g)); }

            @Override public void onProgress(double f) { progress.post(new Progress(id, f)); }

            @Override public void onFailed(Throwable e) { results.post(new Result(id, e)); }
        });
    }

    private LandscapeRequest pathRequest(LossSetup loss) {
        Trajectory t = source.trajectory();
        if (t == null || t.size() < 2) throw new IllegalStateException("no path");
        PathPlane plane = PathPlane.of(t, PathPlane.DEFAULT_MARGIN, view.settings.seed());
        return plane.request(loss, view.settings.resolution());
    }

    private double[] initial() {
        Weights w = source.initialWeights();
        if (w != null) return w.flatten();
        Trajectory t = source.trajectory();
        return t == null || t.first() == null ? null : t.first().weights();
    }

    private void computeLine(long id, LossSetup loss, double[] from, double[] to, long now) {
        double d = 0;
        for (int k = 0; k < to.length; k++) d += (to[k] - from[k]) * (to[k] - from[k]);
        policy.computed(to, Math.max(Math.sqrt(d), 1e-12), now);
        pointer.setLine(loss, from, to);
        CancellationToken token = auxToken = new CancellationToken();
        view.showBusy("Computing the line", 0);
        aux.execute(() -> {
            try {
                results.post(new Result(id, LineInterpolation.compute(loss, from, to, LineInterpolation.DEFAULT_MIN,
                        LineInterpolation.DEFAULT_MAX, LineInterpolation.DEFAULT_POINTS, token)));
            } catch (CancellationException ignored) {
                // a newer computation replaced it
            } catch (RuntimeException e) {
                results.post(new Result(id, e));
            }
        });
    }

    // ---- results on the FX thread ----

    private void showLevel(Level lv) {
        if (lv.id() != jobId) return;
        LandscapeGrid g = lv.grid();
        scale = LossScale.of(g.min(), g.max(), view.settings.logScale());
        view.heat.setGrid(g, scale);
        view.bar.setScale(scale, view.settings.lossTitle());
        if (view.mode() == LandscapeMode.SURFACE) view.surface.setGrid(g, scale);
        if (g.complete()) view.showBusy(null, 1);
        updateMarkers(true);
    }

    private void showProgress(Progress p) {
        if (p.id() == jobId && view.busy()) view.showBusy(null, p.fraction());
    }

    private void showResult(Result r) {
        if (r.id() != jobId) return;
        switch (r.value()) {
            case LineInterpolation l -> {
                view.line.setLine(l, view.settings.logScale());
                view.showBusy(null, 1);
            }
            case Throwable e -> message("Could not compute: " + e.getMessage());
            default -> { }
        }
    }

    private void message(String m) {
        view.showBusy(null, 1);
        view.heat.setMessage(m);
        view.line.setMessage(m);
    }

    // ---- path and current point ----

    private void updateMarkers(boolean force) {
        if (projection == null || weights == null || weights.length != projection.size()) return;
        double[] p = projection.project(weights);
        PathPoint now = new PathPoint(p[0], p[1], currentLoss);
        Trajectory t = source == null ? null : source.trajectory();
        if (force || path.changed(t)) {
            view.heat.setPath(path.project(t), now);
        } else {
            view.heat.setCurrent(now);
        }
        if (view.mode() == LandscapeMode.SURFACE) view.surface.setCurrent(now);
    }
}
