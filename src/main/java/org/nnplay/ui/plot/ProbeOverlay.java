package org.nnplay.ui.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The probe: a cross-hair ring at a data point and a box with the network's output there; and caption banners. */
final class ProbeOverlay {
    private boolean shown;
    private double x1;
    private double x2;
    private String text = "";

    void set(double x1, double x2, String text) {
        this.shown = true;
        this.x1 = x1;
        this.x2 = x2;
        this.text = text == null ? "" : text;
    }

    void clear() { shown = false; }

    boolean shown() { return shown; }

    double x1() { return x1; }

    double x2() { return x2; }

    void paint(Canvas canvas, PlotFrame frame, double scale) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (!shown) return;
        double x = frame.toX(x1);
        double y = frame.toY(x2);
        if (!frame.contains(x, y)) return;
        double r = 9 * scale;
        g.setStroke(Color.WHITE);
        g.setLineWidth(5 * scale);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(2 * scale);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.strokeLine(x - 2 * r, y, x - r, y);
        g.strokeLine(x + r, y, x + 2 * r, y);
        g.strokeLine(x, y - 2 * r, x, y - r);
        g.strokeLine(x, y + r, x, y + 2 * r);

        double[] box = box(frame, x, y, r, scale);
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, box[4]);
        double bx = box[0];
        double by = box[1];
        double tw = box[2];
        double th = box[3];
        g.setFill(Color.rgb(20, 22, 26, 0.88));
        g.fillRoundRect(bx, by, tw, th, 12, 12);
        g.setFill(Color.WHITE);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, bx + 10 * scale, by + 7 * scale);
    }

    /**
     * Where the read-out box goes for a probe at canvas (x, y): {x, y, width, height, font size}. Beside the point,
     * on whichever side has the room (the right first), always wholly inside the plot; when the text is wider than
     * the plot its type shrinks to fit.
     */
    double[] box(PlotFrame frame, double x, double y, double r, double scale) {
        double size = 16 * scale;
        double[] wh = measure(size, scale);
        if (wh[0] > frame.side() - 4) {
            size *= (frame.side() - 4) / wh[0];
            wh = measure(size, scale);
        }
        double tw = wh[0];
        double th = wh[1];
        double gap = 2.4 * r;
        double bx;
        if (x + gap + tw <= frame.right() - 2) bx = x + gap;
        else if (x - gap - tw >= frame.left() + 2) bx = x - gap - tw;
        else bx = x + tw / 2 <= frame.left() + frame.side() / 2 ? frame.right() - 2 - tw : frame.left() + 2;
        bx = Math.clamp(bx, frame.left() + 2, Math.max(frame.left() + 2, frame.right() - 2 - tw));
        double by = Math.clamp(y - th / 2, frame.top() + 2, Math.max(frame.top() + 2, frame.bottom() - th - 2));
        if (bx < x + r && bx + tw > x - r && by < y + r && by + th > y - r) {
            // no side had room: above or below the point, whichever has more
            by = y - frame.top() > frame.bottom() - y ? Math.max(frame.top() + 2, y - gap - th)
                    : Math.min(frame.bottom() - th - 2, y + gap);
        }
        return new double[] {bx, by, tw, th, size};
    }

    private double[] measure(double size, double scale) {
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
        return new double[] {measure.getLayoutBounds().getWidth() + 20 * scale,
                measure.getLayoutBounds().getHeight() + 14 * scale};
    }

    /** A caption over the top of the plot (what an overlay grid shows). */
    static void banner(GraphicsContext g, PlotFrame frame, String caption, double scale) {
        Font font = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 16 * scale);
        Text measure = new Text(caption);
        measure.setFont(font);
        double tw = Math.min(frame.side() - 8, measure.getLayoutBounds().getWidth() + 24 * scale);
        double th = measure.getLayoutBounds().getHeight() + 10 * scale;
        double bx = frame.left() + (frame.side() - tw) / 2;
        double by = frame.top() + 8 * scale;
        g.setFill(Color.rgb(20, 22, 26, 0.82));
        g.fillRoundRect(bx, by, tw, th, 12, 12);
        g.setFill(Color.WHITE);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, bx + tw / 2, by + 5 * scale, tw - 12 * scale);
    }
}
