package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The settings of the top bar in one row: as many as fit, in order of priority (the open lesson's first), and the
 * rest reported as overflow for the "more" pop-over. Nothing wraps and nothing is cut: a setting is in the row
 * whole or not at all. Settings hidden for the classroom (unmanaged) take no part.
 */
final class SettingsRow extends Pane {
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private List<String> priority = List.of();
    private Set<String> allowed;
    private List<String> overflow = List.of();
    private Consumer<List<String>> onOverflow = o -> { };
    private double gap = 12;

    SettingsRow() {
        getStyleClass().add("training-settings");
    }

    /** Adds a setting under its control id, in default order. */
    void add(String id, Node field) {
        fields.put(id, field);
        getChildren().add(field);
    }

    /** The ids that come first (e.g. the lesson's settings); null or empty: the default order. */
    void setPriority(List<String> ids) {
        priority = ids == null ? List.of() : List.copyOf(ids);
        requestLayout();
    }

    /** Only these ids may be in the row (presentation mode); null: all. */
    void setAllowed(Set<String> ids) {
        allowed = ids == null ? null : Set.copyOf(ids);
        requestLayout();
    }

    void setGap(double gap) {
        this.gap = gap;
        requestLayout();
    }

    /** Told the settings that did not fit (or are not allowed), whenever that list changes. */
    void setOnOverflow(Consumer<List<String>> c) { onOverflow = c; }

    List<String> overflow() { return overflow; }

    Node field(String id) { return fields.get(id); }

    private List<String> order() {
        List<String> out = new ArrayList<>();
        for (String id : priority) if (fields.containsKey(id) && !out.contains(id)) out.add(id);
        for (String id : fields.keySet()) if (!out.contains(id)) out.add(id);
        return out;
    }

    @Override protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double x = 0;
        List<String> over = new ArrayList<>();
        boolean full = false;
        for (String id : order()) {
            Node n = fields.get(id);
            if (!n.isManaged()) continue; // hidden for the classroom
            double w = n.prefWidth(-1);
            boolean fits = !full && (allowed == null || allowed.contains(id)) && x + w <= width + 0.5;
            if (fits) {
                layoutInArea(n, x, 0, w, height, 0, HPos.LEFT, VPos.CENTER);
                x += w + gap;
            } else {
                if (allowed == null || allowed.contains(id)) full = true; // keep the priority order: no gaps filled
                over.add(id);
            }
            n.setVisible(fits);
        }
        if (!over.equals(overflow)) {
            overflow = List.copyOf(over);
            onOverflow.accept(overflow);
        }
    }

    @Override protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : fields.values()) if (n.isManaged()) w += n.prefWidth(-1) + gap;
        return w;
    }

    @Override protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : fields.values()) if (n.isManaged()) h = Math.max(h, n.prefHeight(-1));
        return h;
    }

    @Override protected double computeMinWidth(double height) { return 0; }

    @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }
}
