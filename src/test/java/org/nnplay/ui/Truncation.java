package org.nnplay.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels a user cannot read whole: every visible {@link Labeled} of a scene whose skin shows less than
 * its text (an ellipsis, or letters cut), whose text is wider than the control, or that runs out of the scene.
 * FX thread only; call after a layout pass.
 */
public final class Truncation {
    private Truncation() {}

    /** One line per truncated label: its id or class, its text, and what is wrong. */
    public static List<String> of(Parent root) {
        List<String> out = new ArrayList<>();
        root.applyCss();
        root.layout();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) return;
        if (n instanceof Labeled l) check(l, out);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) walk(c, out);
        }
    }

    private static void check(Labeled l, List<String> out) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getWidth() <= 0 || l.getScene() == null
                || l.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) return;
        Text shown = (Text) l.lookup(".text");
        String name = (l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName()) + " \"" + text + "\"";
        if (shown != null && shown.getParent() != null && !normal(shown.getText()).equals(normal(text))) {
            out.add(name + " shows \"" + shown.getText() + "\"");
            return;
        }
        if (!l.isWrapText()) {
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            double width = shown != null ? shown.getLayoutBounds().getWidth() : TextWidth.of(text, l.getFont());
            if (l.getGraphic() != null && l.getGraphic().isVisible()
                    && (l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                    || l.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
                room -= l.getGraphic().getLayoutBounds().getWidth() + l.getGraphicTextGap();
            }
            if (width > room + 1.5) {
                out.add(name + " needs " + Math.round(width) + " px in " + Math.round(room) + " px");
                return;
            }
        }
        Bounds b = l.localToScene(l.getLayoutBounds());
        double sw = l.getScene().getWidth();
        double sh = l.getScene().getHeight();
        if (b.getMinX() < -1 || b.getMaxX() > sw + 1 || b.getMinY() < -1 || b.getMaxY() > sh + 1) {
            if (!insideScroll(l)) out.add(name + " runs out of the window at " + b);
        }
    }

    /** Labels in a scroll pane may lie outside the window: the user scrolls to them. */
    private static boolean insideScroll(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane || p instanceof javafx.scene.control.ListView
                    || p instanceof javafx.scene.control.TreeView || p instanceof javafx.scene.control.TableView) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String s) { return s == null ? "" : s.replaceAll("\\s+", " ").strip(); }
}
