package org.nnplay.ui.landscape;

import java.util.function.BooleanSupplier;
import javafx.util.Duration;
import org.nnplay.engine.nn.Weights;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LossSetup;

/**
 * Turns the pointer on the slice or the line into weights for the rest of the window: hovering previews them (at
 * most ~30 times a second), leaving ends the preview, clicking loads them — or, in race mode, starts a race there.
 */
final class PointerBridge {
    /** Starts a race from (a, b) on the slice shown, on its training loss. */
    interface RaceStarter {
        void race(LandscapeRequest slice, LossSetup trainLoss, double a, double b);
    }

    private final Throttle<Weights> preview;
    private final RaceStarter race;
    private final BooleanSupplier raceMode;
    private LandscapeInteraction interaction = LandscapeInteraction.NONE;
    private LandscapeRequest slice;
    private LossSetup trainLoss;
    private LossSetup lineLoss;
    private double[] lineFrom;
    private double[] lineTo;

    PointerBridge(RaceStarter race, BooleanSupplier raceMode) {
        this.race = race;
        this.raceMode = raceMode;
        this.preview = new Throttle<>(Duration.millis(33), w -> interaction.previewWeights(w));
    }

    void setInteraction(LandscapeInteraction i) { interaction = i == null ? LandscapeInteraction.NONE : i; }

    /** The slice now shown, and the training loss a race runs on. */
    void setSlice(LandscapeRequest request, LossSetup train) {
        slice = request;
        trainLoss = train;
    }

    /** The line now shown: θ(t) = (1 − t)·from + t·to. */
    void setLine(LossSetup loss, double[] from, double[] to) {
        lineLoss = loss;
        lineFrom = from;
        lineTo = to;
    }

    void hoverSlice(double a, double b) {
        if (slice != null) preview.offer(weightsAt(slice.loss(), slice.slice().point(a, b)));
    }

    void clickSlice(double a, double b) {
        if (slice == null) return;
        if (raceMode.getAsBoolean()) {
            race.race(slice, trainLoss, a, b);
        } else {
            preview.cancel();
            interaction.loadWeights(weightsAt(slice.loss(), slice.slice().point(a, b)));
        }
    }

    void hoverLine(double t, boolean click) {
        if (lineLoss == null) return;
        double[] w = new double[lineTo.length];
        for (int k = 0; k < w.length; k++) w[k] = (1 - t) * lineFrom[k] + t * lineTo[k];
        Weights full = weightsAt(lineLoss, w);
        if (click) {
            preview.cancel();
            interaction.loadWeights(full);
        } else {
            preview.offer(full);
        }
    }

    void endHover() {
        preview.cancel();
        interaction.endPreview();
    }

    private static Weights weightsAt(LossSetup loss, double[] flat) { return loss.template().withFlat(flat); }
}
