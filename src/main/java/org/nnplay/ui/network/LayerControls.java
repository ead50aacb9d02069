package org.nnplay.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Activations;
import org.nnplay.experiment.NetworkSettings;

/**
 * The controls above the network: a bar to add or remove a hidden layer, and per hidden layer "−"/"+" for its
 * neurons, its width and its activation (the formula in a tooltip). Buttons are disabled at the limits (0 to 10
 * layers, 1 to 32 neurons). Every change goes to the editor as the full list of widths; the controls show the
 * experiment they were last given, never their own guess.
 */
final class LayerControls {
    static final int NEW_LAYER_WIDTH = 2;
    private final Supplier<NetworkEditor> editor;
    private final HBox bar = new HBox();
    private final Button addLayer = button("+", "add-layer", "Add a hidden layer");
    private final Button removeLayer = button("−", "remove-layer", "Remove the last hidden layer");
    private final Label layerCount = new Label();
    private final List<VBox> columns = new ArrayList<>();
    private List<Integer> hidden = List.of();

    LayerControls(Supplier<NetworkEditor> editor) {
        this.editor = editor;
        layerCount.getStyleClass().add("layer-count");
        bar.getStyleClass().add("layer-bar");
        bar.setAlignment(Pos.CENTER);
        bar.getChildren().addAll(addLayer, removeLayer, layerCount);
        addLayer.setOnAction(e -> change(-1, +1));
        removeLayer.setOnAction(e -> change(-1, -1));
        addLayer.getStyleClass().add("layer-button");
        removeLayer.getStyleClass().add("layer-button");
    }

    /** The bar and the per-layer columns, for the view to add as children (recreated by {@link #set}). */
    List<Node> nodes() {
        List<Node> all = new ArrayList<>(columns);
        all.add(bar);
        return all;
    }

    /** Rebuilds the controls for a network's hidden layers and their activations. */
    void set(NetworkSettings network) {
        hidden = List.copyOf(network.hidden());
        int n = hidden.size();
        layerCount.setText(n + (n == 1 ? " HIDDEN LAYER" : " HIDDEN LAYERS"));
        addLayer.setDisable(n >= NetworkSettings.MAX_LAYERS);
        removeLayer.setDisable(n == 0);
        columns.clear();
        for (int l = 0; l < n; l++) {
            columns.add(column(l, hidden.get(l), network.activationOf(l)));
        }
    }

    private VBox column(int layer, int width, ActivationKind activation) {
        Button minus = button("−", "remove-neuron-" + layer, "One neuron fewer in layer " + (layer + 1));
        Button plus = button("+", "add-neuron-" + layer, "One neuron more in layer " + (layer + 1));
        minus.setDisable(width <= NetworkSettings.NEURONS.min());
        plus.setDisable(width >= NetworkSettings.NEURONS.max());
        minus.setOnAction(e -> change(layer, -1));
        plus.setOnAction(e -> change(layer, +1));
        HBox buttons = new HBox(plus, minus);
        buttons.getStyleClass().add("neuron-buttons");
        buttons.setAlignment(Pos.CENTER);
        Label count = new Label(width + (width == 1 ? " neuron" : " neurons"));
        count.getStyleClass().add("neuron-count");

        ComboBox<ActivationKind> combo = new ComboBox<>();
        combo.setId("activation-" + layer);
        combo.getStyleClass().add("activation");
        combo.getItems().setAll(ActivationKind.values());
        combo.setConverter(NAMES);
        combo.setCellFactory(v -> new FormulaCell());
        combo.setValue(activation);
        combo.setTooltip(new Tooltip(Activations.formula(activation)));
        combo.setVisibleRowCount(ActivationKind.values().length);
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != activation) {
                editor.get().setLayerActivation(layer, now);
            }
        });
        VBox box = new VBox(buttons, count, combo);
        box.getStyleClass().add("layer-controls");
        box.setAlignment(Pos.TOP_CENTER);
        box.setManaged(false);
        return box;
    }

    /** Adds or removes a neuron of {@code layer}, or (layer −1) a whole layer, and reports the new widths. */
    private void change(int layer, int delta) {
        List<Integer> sizes = new ArrayList<>(hidden);
        if (layer < 0 && delta > 0) {
            sizes.add(NEW_LAYER_WIDTH);
        } else if (layer < 0) {
            sizes.removeLast();
        } else {
            sizes.set(layer, sizes.get(layer) + delta);
        }
        editor.get().setHidden(List.copyOf(sizes));
    }

    /** Places the bar over the hidden columns and each column's controls above it. */
    void layout(NetworkLayout layout) {
        int n = hidden.size();
        double gap = layout.columnGap();
        double left = n == 0 ? layout.columnX(0) + gap * 0.1 : layout.columnX(1) - gap / 2;
        double right = n == 0 ? layout.columnX(1) - gap * 0.1 : layout.columnX(n) + gap / 2;
        bar.setManaged(false);
        bar.resizeRelocate(left, layout.topBarY(), right - left, layout.topBarHeight());
        double w = Math.min(gap * 0.94, 132 * layout.scale());
        for (int l = 0; l < n; l++) {
            VBox box = columns.get(l);
            box.resizeRelocate(layout.columnX(l + 1) - w / 2, layout.controlsY(), w, layout.controlsHeight());
        }
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("round-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /** How activations read in the menu. */
    static String displayName(ActivationKind k) {
        return org.nnplay.engine.nn.Activations.displayName(k);
    }

    private static final StringConverter<ActivationKind> NAMES = new StringConverter<>() {
        @Override public String toString(ActivationKind k) { return k == null ? "" : displayName(k); }

        @Override public ActivationKind fromString(String s) {
            for (ActivationKind k : ActivationKind.values()) {
                if (displayName(k).equals(s)) {
                    return k;
                }
            }
            return null;
        }
    };

    /** A menu entry with the activation's formula as its tooltip. */
    private static final class FormulaCell extends ListCell<ActivationKind> {
        @Override protected void updateItem(ActivationKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : displayName(k));
            setTooltip(empty || k == null ? null : new Tooltip(Activations.formula(k)));
        }
    }
}
