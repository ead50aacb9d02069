package org.nnplay.ui.playground;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.StageView;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.compare.CompareListener;
import org.nnplay.ui.compare.CompareModel;
import org.nnplay.ui.compare.CompareView;

/**
 * The comparison as view 5 of the playground's stage: its own runs (a {@link CompareModel}, made the first time the
 * view is shown), which the bar drives while it has the stage, and its view. The playground's run pauses while the
 * comparison has the stage; a variant opened in the playground, an added variant and a changed comparison go back
 * through the playground's model, the one owner of the experiment.
 */
final class CompareStage implements RunControls {
    private final PlaygroundModel model;
    private final TrainingBar bar;
    private CompareModel runs;
    private CompareView view;
    private double fontScale = 1;
    private boolean dark;

    CompareStage(PlaygroundModel model, TrainingBar bar) {
        this.model = model;
        this.bar = bar;
    }

    @Override public void togglePlay() { runs().togglePlay(); }

    @Override public void stepEpoch() { runs().stepEpoch(); }

    @Override public void reset() { runs().reset(); }

    @Override public ReadOnlyBooleanProperty runningProperty() { return runs().runningProperty(); }

    /** The view, made now if it was not yet (the stage's maker for {@link StageView#COMPARE}). */
    CompareView view() {
        if (view == null) {
            view = new CompareView(runs(), new CompareListener() {
                @Override public void openInPlayground(Experiment trained) {
                    model.replace(trained.withView(model.currentExperiment().view().withStage(StageView.NORMAL)),
                            model.document().file());
                    model.document().markDirty();
                }

                @Override public void addPlaygroundRequested() {
                    try {
                        model.say(Notice.info(runs.addVariant(model.currentExperiment().withComparison(null))));
                    } catch (IllegalArgumentException e) {
                        model.say(Notice.warning(e.getMessage()));
                    }
                }

                @Override public void comparisonChanged(Comparison c) {
                    model.edit(e -> e.withComparison(c));
                }
            });
            view.setFontScale(fontScale);
            view.setDark(dark);
        }
        return view;
    }

    /** The runs, made now if they were not yet. */
    CompareModel runs() {
        if (runs == null) runs = new CompareModel(Platform::runLater);
        return runs;
    }

    /** Once per frame while the comparison has the stage: its runs' snapshots, and the bar counts the furthest run. */
    void onFrame() {
        if (runs == null) return;
        runs.tick();
        long most = 0;
        for (Snapshot v : runs.snapshotsProperty().get()) if (v != null) most = Math.max(most, v.epoch());
        bar.showEpoch(most, Double.NaN);
    }

    /**
     * The experiment {@code e} is shown: with compare on the stage the playground's run pauses, the bar drives the
     * variants, and they are (re)built when the experiment they come from is not the one open (its settings, its
     * compare block); elsewhere the variants pause and the bar drives the playground again. One speed for all runs.
     */
    void show(Experiment e, boolean onStage) {
        if (onStage) {
            CompareModel c = runs();
            if (c.base() == null || !sameRuns(c.base(), e)) {
                try {
                    c.open(e);
                } catch (IllegalArgumentException bad) {
                    model.say(Notice.warning(bad.getMessage()));
                }
            }
            if (model.runningProperty().get()) model.pause();
            bar.runsProperty().set(this);
        } else {
            if (runs != null && runs.runningProperty().get()) runs.pause();
            bar.runsProperty().set(model);
        }
        if (runs != null && runs.base() != null && e.training().speed() != runs.speedProperty().get()) {
            runs.setSpeed(e.training().speed());
        }
    }

    /** Whether the comparison built from {@code base} is the one {@code e} asks for (views and speed aside). */
    private static boolean sameRuns(Experiment base, Experiment e) {
        Experiment a = base.withView(e.view()).withTraining(base.training().withSpeed(0));
        Experiment b = e.withWeights(null).withTraining(e.training().withSpeed(0));
        return a.withWeights(null).equals(b) || e.compare() == null && a.withComparison(null).withWeights(null)
                .equals(b.withComparison(null));
    }

    void setFontScale(double s) {
        fontScale = s;
        if (view != null) view.setFontScale(s);
    }

    void setDark(boolean on) {
        dark = on;
        if (view != null) view.setDark(on);
    }

    /** The plots, one square per variant (empty while there is no view). */
    List<Node> plots() { return view == null ? List.of() : view.plots(); }

    void close() {
        if (runs != null) runs.close();
    }
}
