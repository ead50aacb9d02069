package org.nnplay.ui.playground;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * The controls a teacher may hide for a class (the experiment's {@code view.hiddenControls}), by stable id: each
 * view registers its controls with a label; {@link #apply} hides the chosen ones (they take no space) and shows the rest.
 */
public final class ControlRegistry {
    public record Entry(String id, String label, Node node) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** Registers {@code node} as the control {@code id}; also gives the node that id when it has none. */
    public <N extends Node> N register(String id, String label, N node) {
        entries.put(id, new Entry(id, label, node));
        if (node.getId() == null) node.setId(id);
        return node;
    }

    public Collection<Entry> entries() { return entries.values(); }

    public Node node(String id) {
        Entry e = entries.get(id);
        return e == null ? null : e.node();
    }

    /** Hides exactly the controls in {@code hidden} (unknown ids are ignored). */
    public void apply(List<String> hidden) {
        for (Entry e : entries.values()) {
            boolean show = !hidden.contains(e.id());
            e.node().setVisible(show);
            e.node().setManaged(show);
        }
    }
}
