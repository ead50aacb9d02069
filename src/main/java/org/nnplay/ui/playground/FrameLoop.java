package org.nnplay.ui.playground;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/**
 * The window's heartbeat: once per frame it records the frame time, lets the model poll the training service, and
 * hands the latest snapshot to the view. Nothing else drives the views while training.
 */
final class FrameLoop extends AnimationTimer {
    private final PlaygroundModel model;
    private final PlaygroundView view;
    private final FrameStats stats = new FrameStats();
    private LongConsumer afterFrame = t -> { };

    FrameLoop(PlaygroundModel model, PlaygroundView view) {
        this.model = model;
        this.view = view;
    }

    @Override public void handle(long now) {
        long start = System.nanoTime();
        stats.frame(now);
        model.tick();
        view.onFrame(model.snapshotProperty().get(), stats);
        stats.work(System.nanoTime() - start);
        afterFrame.accept(now);
    }

    FrameStats stats() { return stats; }

    /** Called after each frame with its time (the measurement flag and periodic autosave hook in here). */
    void setAfterFrame(LongConsumer c) { afterFrame = c; }
}
