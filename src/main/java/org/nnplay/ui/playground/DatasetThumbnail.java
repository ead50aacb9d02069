package org.nnplay.ui.playground;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.nnplay.data.DataSet;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.experiment.DataSettings;
import org.nnplay.ui.plot.Palette;

/** A small picture of a built-in data set: 160 of its points on a light square, in the palette's colours. */
final class DatasetThumbnail extends Canvas {
    private final DataSet data;

    DatasetThumbnail(DatasetKind kind, double size) {
        super(size, size);
        data = DataSets.generate(new DatasetSpec(kind, 160, 0, 90, 7, DataSettings.defaultClasses(kind)));
        getStyleClass().add("dataset-thumbnail");
    }

    void paint(Palette palette) {
        GraphicsContext g = getGraphicsContext2D();
        double s = getWidth();
        g.setFill(Color.web("#fbfbfc"));
        g.fillRect(0, 0, s, s);
        double r = Math.max(2, s / 26);
        var d = data.domain();
        for (Sample p : data.all()) {
            double x = (p.x1() - d.x1Min()) / d.width() * s;
            double y = (d.x2Max() - p.x2()) / d.height() * s;
            g.setFill(data.type() == ProblemType.REGRESSION ? palette.valueColor(p.y()) : palette.classColor(p.label()));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
