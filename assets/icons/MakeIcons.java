// Draws the NNPlay icon at every size the app and the installer use.
// Run from the repository root with a JDK >= 25:  java assets/icons/MakeIcons.java
// It writes assets/icons/nnplay-<size>.png. The PNGs are committed; run this again only after changing the design.

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
static final Color BLUE = new Color(0x4a, 0x90, 0xff);
static final Color GREEN = new Color(0x2e, 0xcc, 0x5a);
static final Color RED = new Color(0xff, 0x4a, 0x4f);

void main() throws Exception {
    for (int size : SIZES) {
        File out = new File("assets/icons/nnplay-" + size + ".png");
        ImageIO.write(draw(size), "png", out);
        System.out.println("wrote " + out);
    }
}

/** A small network on a dark rounded square: two blue inputs, a hidden layer of red and green, one green output. */
BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    double s = size;
    boolean tiny = size <= 32;

    double inset = tiny ? 0 : s * 0.03;
    double box = s - 2 * inset;
    g.setPaint(new GradientPaint(0, (float) inset, new Color(0x2c, 0x35, 0x48), 0, (float) (inset + box), new Color(0x14, 0x19, 0x24)));
    g.fill(new RoundRectangle2D.Double(inset, inset, box, box, box * 0.42, box * 0.42));

    double[] xs = {0.24, 0.50, 0.76};
    double[][] ys = tiny
            ? new double[][]{{0.32, 0.68}, {0.32, 0.68}, {0.50}}
            : new double[][]{{0.34, 0.66}, {0.24, 0.50, 0.76}, {0.50}};
    Color[][] colors = tiny
            ? new Color[][]{{BLUE, BLUE}, {RED, GREEN}, {GREEN}}
            : new Color[][]{{BLUE, BLUE}, {RED, GREEN, RED}, {GREEN}};
    double r = s * (tiny ? 0.105 : 0.075);

    g.setStroke(new BasicStroke((float) Math.max(1, s * (tiny ? 0.055 : 0.022)), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(0xd8, 0xe0, 0xee, tiny ? 170 : 150));
    for (int layer = 0; layer + 1 < xs.length; layer++) {
        for (double y0 : ys[layer]) {
            for (double y1 : ys[layer + 1]) {
                g.draw(new Line2D.Double(inset + xs[layer] * box, inset + y0 * box, inset + xs[layer + 1] * box, inset + y1 * box));
            }
        }
    }
    for (int layer = 0; layer < xs.length; layer++) {
        for (int i = 0; i < ys[layer].length; i++) {
            double cx = inset + xs[layer] * box;
            double cy = inset + ys[layer][i] * box;
            g.setColor(colors[layer][i]);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            if (!tiny) {
                g.setStroke(new BasicStroke((float) (s * 0.014)));
                g.setColor(new Color(255, 255, 255, 210));
                g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            }
        }
    }
    g.dispose();
    return img;
}
