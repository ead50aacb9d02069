package org.nnplay.training;

/**
 * Told of every {@link TrainingEvent} (divergence, early stop, reset…) on the training thread, at once: keep it
 * short, and hand over to the UI thread at the edge (Platform.runLater in the view-model).
 */
@FunctionalInterface
public interface TrainingListener {
    void onEvent(TrainingEvent event);
}
