package org.nnplay.ui.playground;

import java.nio.file.Path;
import java.util.Locale;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.training.BackendChoice;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.SnapshotRequest;
import org.nnplay.training.TrainingService;

/**
 * The reference for the window's training speed: the same experiment file on the training service without a
 * window, a snapshot with the same grids asked for at 60 Hz as the window does. Args: FILE.json [seconds, default 30].
 * Compare with the epochs/s that {@code --frame-stats} prints.
 */
public final class HeadlessSpeed {
    private HeadlessSpeed() {}

    public static void main(String[] args) throws Exception {
        Experiment e = new ExperimentIO().read(Path.of(args[0])).experiment();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        int res = e.view().gridResolution();
        try (TrainingService s = TrainingService.start(ExperimentSetups.of(e, BackendChoice.of(e)))) {
            s.play();
            Thread.sleep(1000);
            long e0 = s.epoch();
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < seconds * 1e9) {
                s.requestSnapshot(SnapshotRequest.grid(res, res));
                Thread.sleep(16);
            }
            double eps = (s.epoch() - e0) / ((System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "headless: %s: %.0f epochs/s (backend %s)%n", args[0], eps, BackendChoice.of(e).name());
        }
    }
}
