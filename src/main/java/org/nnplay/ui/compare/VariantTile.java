package org.nnplay.ui.compare;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.nnplay.data.DataSet;
import org.nnplay.data.ProblemType;
import org.nnplay.experiment.Experiment;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;
import org.nnplay.ui.TextWidth;
import org.nnplay.ui.plot.BoundaryView;
import org.nnplay.ui.plot.GridMode;
import org.nnplay.ui.plot.Palette;

/**
 * One small multiple: a title of two lines (a swatch in the variant's colour with its value; its test loss and
 * accuracy, or that it diverged) over its live decision boundary, drawn without axes so the square is all plot.
 */
final class VariantTile extends Region {
    static final double TEXT = 15;
    private final Region swatch = new Region();
    private final Label name = new Label();
    private final Label figures = new Label();
    private final BoundaryView plot = new BoundaryView();
    private final Tooltip tip = new Tooltip();
    private final GridMode mode;
    private final boolean regression;
    private double titleHeight = 40;
    private double fs = 1;
    private String longText = "";
    private String midText = "";
    private String shortText = "";

    VariantTile(String title, Color color, Experiment experiment, DataSet data) {
        getStyleClass().add("compare-tile");
        regression = experiment.data().problem() == ProblemType.REGRESSION;
        mode = regression ? GridMode.VALUE : experiment.outputs() > 1 ? GridMode.CLASSES : GridMode.PROBABILITY;
        swatch.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,%d); -fx-background-radius: 3;",
                (int) Math.round(color.getRed() * 255), (int) Math.round(color.getGreen() * 255),
                (int) Math.round(color.getBlue() * 255)));
        swatch.setManaged(false);
        name.setText(title);
        name.getStyleClass().add("compare-tile-name");
        figures.getStyleClass().add("compare-tile-figures");
        name.setAlignment(Pos.CENTER_LEFT);
        figures.setAlignment(Pos.CENTER_LEFT);
        plot.setAxesShown(false);
        plot.setMinSize(40, 40);
        plot.setData(data);
        plot.setPalette(Palette.of(experiment.view().palette()));
        plot.setShowTest(experiment.view().showTest());
        plot.setCursor(Cursor.HAND);
        tip.setText("Click to open " + title + " in the playground with the weights it has trained");
        Tooltip.install(plot, tip);
        getChildren().addAll(swatch, name, figures, plot);
        setFigures(null, null);
    }

    BoundaryView plot() { return plot; }

    String title() { return name.getText(); }

    String figuresText() { return figures.getText(); }

    void setTitleHeight(double h) {
        titleHeight = h;
        requestLayout();
    }

    void setFontScale(double s) {
        fs = s;
        name.setFont(Font.font("System", FontWeight.BOLD, TEXT * s));
        figures.setFont(Font.font("System", TEXT * s));
        plot.setScale(s);
        fitFigures();
        requestLayout();
    }

    /** Shows the snapshot's grid at once; the words only when {@code words} (they cost a layout pass). */
    void show(Snapshot s, String explanation, boolean words) {
        if (s == null) return;
        if (s.boundary() != null) plot.setGrid(s.boundary().values(), s.boundary().n(), mode);
        if (words) setFigures(s, explanation);
    }

    private void setFigures(Snapshot s, String explanation) {
        boolean diverged = s != null && s.state() == RunState.DIVERGED;
        if (s == null) {
            longText = midText = shortText = "not started";
        } else if (diverged) {
            longText = midText = "diverged at epoch " + (s.epoch() + 1);
            shortText = "diverged";
        } else {
            var t = s.test().rows() > 0 ? s.test() : s.train();
            String loss = Figures.loss(t.dataLoss());
            String second = regression ? "RMSE " + Figures.loss(t.rmse()) : Figures.percent(t.accuracy());
            longText = (s.test().rows() > 0 ? "test loss " : "loss ") + loss + " · " + second;
            midText = "loss " + loss + " · " + second;
            shortText = loss + " · " + second;
        }
        figures.setStyle(diverged ? "-fx-text-fill: #d1001b; -fx-font-weight: bold;" : "");
        tip.setText(diverged && explanation != null ? explanation
                : "Click to open " + name.getText() + " in the playground with the weights it has trained");
        fitFigures();
    }

    private void fitFigures() {
        double room = getWidth() > 0 ? getWidth() : Double.MAX_VALUE;
        String text = shortText;
        for (String t : new String[] {midText, longText}) {
            if (TextWidth.of(t, figures.getFont()) + 4 <= room) text = t;
        }
        figures.setText(text);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double line = titleHeight / 2;
        double sw = Math.round(12 * fs);
        swatch.resizeRelocate(0, Math.round((line - sw) / 2), sw, sw);
        name.resizeRelocate(sw + 6 * fs, 0, Math.max(0, w - sw - 6 * fs), line);
        figures.resizeRelocate(0, line, w, line);
        double side = Math.min(w, getHeight() - titleHeight);
        plot.resizeRelocate(0, titleHeight, side, side);
        fitFigures();
    }
}
