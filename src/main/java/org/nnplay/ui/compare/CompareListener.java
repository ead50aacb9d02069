package org.nnplay.ui.compare;

import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;

/**
 * What the compare view asks of whoever shows it; it never calls its parent. Called on the FX thread.
 */
public interface CompareListener {
    /** Open this variant in the playground: its experiment (without the comparison) with its trained weights. */
    void openInPlayground(Experiment trained);

    /** The user asked to add the playground's experiment as a variant ({@link CompareModel#addVariant}). */
    void addPlaygroundRequested();

    /** The user chose another comparison: the document's experiment should save it as its compare block. */
    default void comparisonChanged(Comparison comparison) { }
}
