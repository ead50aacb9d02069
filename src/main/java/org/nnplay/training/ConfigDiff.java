package org.nnplay.training;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.engine.train.TrainConfig;

/** A short description of what changed between two live settings, for the history's events. */
final class ConfigDiff {
    private ConfigDiff() {}

    /** E.g. "learning rate 0.03 → 0.1; batch size 10 → 30", or null if nothing changed. */
    static String describe(TrainConfig a, TrainConfig b) {
        List<String> parts = new ArrayList<>();
        if (a.learningRate() != b.learningRate()) {
            parts.add("learning rate " + a.learningRate() + " → " + b.learningRate());
        }
        if (a.batchSize() != b.batchSize()) {
            parts.add("batch size " + a.batchSize() + " → " + b.batchSize());
        }
        if (!a.optimizer().equals(b.optimizer())) {
            parts.add(a.optimizer().kind() == b.optimizer().kind() ? "optimizer " + b.optimizer().kind().key()
                    + " hyper-parameters" : "optimizer " + a.optimizer().kind().key() + " → " + b.optimizer().kind().key());
        }
        if (!a.schedule().equals(b.schedule())) {
            parts.add("schedule " + a.schedule().kind().key() + " → " + b.schedule().kind().key());
        }
        if (!a.regularization().equals(b.regularization())) {
            parts.add("regularization " + a.regularization().kind().key() + " " + a.regularization().rate() + " → "
                    + b.regularization().kind().key() + " " + b.regularization().rate());
        }
        if (a.clipNorm() != b.clipNorm()) {
            parts.add("gradient clipping " + a.clipNorm() + " → " + b.clipNorm());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
