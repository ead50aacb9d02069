package org.nnplay.ui.landscape;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/** The legend of the heat map: the colour map as a vertical bar, low loss at the bottom, with round loss values. */
final class ColorBar extends Region {
    private static final double TOP = 14;
    private static final double BOTTOM = 62;
    private static final double BAR = 22;
    private final Canvas canvas = new Canvas();
    private LossScale scale;
    private String title = "loss";

    ColorBar() {
        getStyleClass().add("landscape-colorbar");
        getChildren().add(canvas);
        setMinWidth(96);
        setPrefWidth(96);
        setMaxWidth(96);
    }

    void setScale(LossScale s, String t) {
        scale = s;
        title = t;
        paint();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double h = canvas.getHeight();
        g.clearRect(0, 0, canvas.getWidth(), h);
        if (scale == null || h < TOP + BOTTOM + 20) {
            return;
        }
        double x = 8;
        double top = TOP + 26;
        double bh = h - top - BOTTOM;
        for (int y = 0; y < bh; y++) {
            g.setFill(ColorMap.color(1 - y / (bh - 1)));
            g.fillRect(x, top + y, BAR, 1.5);
        }
        g.setStroke(PlotFrame.INK);
        g.setLineWidth(1.2);
        g.strokeRect(x, top, BAR, bh);
        g.setFill(PlotFrame.INK);
        g.setFont(PlotFrame.LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, x - 2, TOP);
        g.setFont(PlotFrame.TICK_FONT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : scale.ticks(Math.max(3, (int) (bh / 60)))) {
            double y = top + bh * (1 - scale.unit(t));
            g.strokeLine(x + BAR, y, x + BAR + 5, y);
            g.fillText(LossScale.format(t), x + BAR + 8, y);
        }
    }
}
