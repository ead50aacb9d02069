// Draws the NNPlay icon at every size the app and the installer use.
// Run from the repository root with a JDK >= 25:  java assets/icons/MakeIcons.java
// It writes assets/icons/nnplay-<size>.png, and from those PNGs nnplay.ico (Windows installer) and nnplay.icns
// (macOS installer). All are committed; run this again only after changing the design.

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
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};
static final Color BLUE = new Color(0x4a, 0x90, 0xff);
static final Color GREEN = new Color(0x2e, 0xcc, 0x5a);
static final Color RED = new Color(0xff, 0x4a, 0x4f);

void main() throws Exception {
    Map<Integer, byte[]> png = new LinkedHashMap<>();
    for (int size : SIZES) {
        File out = new File("assets/icons/nnplay-" + size + ".png");
        ImageIO.write(draw(size), "png", out);
        png.put(size, Files.readAllBytes(out.toPath()));
        System.out.println("wrote " + out);
    }
    write(Path.of("assets/icons/nnplay.ico"), ico(png));
    write(Path.of("assets/icons/nnplay.icns"), icns(png));
}

void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
    System.out.println("wrote " + file);
}

/** A Windows icon holding the PNGs up to 256 px (PNG entries, read by Windows Vista and later). */
byte[] ico(Map<Integer, byte[]> png) throws IOException {
    int[] sizes = {16, 32, 48, 64, 128, 256};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LittleEndian out = new LittleEndian(bytes);
    out.u16(0).u16(1).u16(sizes.length);                  // reserved, type 1 = icon, image count
    int offset = 6 + 16 * sizes.length;
    for (int size : sizes) {
        byte[] data = png.get(size);
        out.u8(size % 256).u8(size % 256).u8(0).u8(0);    // width, height (0 means 256), palette, reserved
        out.u16(1).u16(32).u32(data.length).u32(offset);  // planes, bits per pixel, size, where the PNG starts
        offset += data.length;
    }
    for (int size : sizes) bytes.write(png.get(size));
    return bytes.toByteArray();
}

/** A macOS icon family: PNG entries for 16–512 px at 1x and 2x (read by macOS 10.7 and later). */
byte[] icns(Map<Integer, byte[]> png) throws IOException {
    String[][] types = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"}, {"ic09", "512"},
                        {"ic11", "32"}, {"ic12", "64"}, {"ic13", "256"}, {"ic14", "512"}};
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(body);    // big-endian, as the format wants
    for (String[] t : types) {
        byte[] data = png.get(Integer.parseInt(t[1]));
        out.writeBytes(t[0]);
        out.writeInt(8 + data.length);
        out.write(data);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    DataOutputStream head = new DataOutputStream(all);
    head.writeBytes("icns");
    head.writeInt(8 + body.size());
    body.writeTo(all);
    return all.toByteArray();
}

/** Little-endian integers for the .ico header. */
record LittleEndian(ByteArrayOutputStream out) {
    LittleEndian u8(int v) { out.write(v & 0xff); return this; }
    LittleEndian u16(int v) { return u8(v).u8(v >> 8); }
    LittleEndian u32(int v) { return u16(v).u16(v >>> 16); }
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
