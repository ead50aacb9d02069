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
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.ui.Formulas;
import org.nnplay.ui.TextWidth;

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
    private final List<Label> counts = new ArrayList<>();
    private final List<NameCell> names = new ArrayList<>();
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
        layerCount.setTooltip(new Tooltip(n + (n == 1 ? " hidden layer" : " hidden layers") + " (0 to "
                + NetworkSettings.MAX_LAYERS + ")"));
        addLayer.setDisable(n >= NetworkSettings.MAX_LAYERS);
        removeLayer.setDisable(n == 0);
        columns.clear();
        counts.clear();
        names.clear();
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
        Label count = new Label(countText(width, false));
        count.getStyleClass().add("neuron-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.setTooltip(new Tooltip(width + (width == 1 ? " neuron" : " neurons") + " in layer " + (layer + 1)));
        HBox buttons = new HBox(minus, count, plus);
        buttons.getStyleClass().add("neuron-buttons");
        buttons.setAlignment(Pos.CENTER);
        counts.add(count);

        ComboBox<ActivationKind> combo = new ComboBox<>();
        combo.setId("activation-" + layer);
        combo.getStyleClass().add("activation");
        combo.getItems().setAll(ActivationKind.values());
        combo.setConverter(NAMES);
        combo.setCellFactory(v -> new FormulaCell());
        NameCell name = new NameCell();
        combo.setButtonCell(name);
        names.add(name);
        combo.setValue(activation);
        combo.setTooltip(new Tooltip(Formulas.name(activation) + "\n" + Formulas.formula(activation)));
        combo.setVisibleRowCount(ActivationKind.values().length);
        combo.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != activation) {
                editor.get().setLayerActivation(layer, now);
            }
        });
        VBox box = new VBox(buttons, combo);
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

    /**
     * Places the bar over the hidden columns, between {@code minX} and {@code maxX} (the captions' text), and each
     * column's controls below it. A bar with too little room says "6 LAYERS" or just "6".
     */
    void layout(NetworkLayout layout, double minX, double maxX) {
        int n = hidden.size();
        double gap = layout.columnGap();
        // All the room between the captions, centred on the hidden columns as far as that room allows.
        double centre = n == 0 ? (layout.columnX(0) + layout.columnX(1)) / 2 : (layout.columnX(1) + layout.columnX(n)) / 2;
        double half = Math.min(centre - minX, maxX - centre);
        double left = centre - half;
        double right = centre + half;
        bar.setManaged(false);
        for (String text : List.of(n + (n == 1 ? " HIDDEN LAYER" : " HIDDEN LAYERS"), n + (n == 1 ? " LAYER" : " LAYERS"),
                Integer.toString(n))) {
            layerCount.setText(text);
            if (bar.prefWidth(-1) <= right - left) {
                break;
            }
        }
        bar.resizeRelocate(left, layout.topBarY(), Math.max(0, right - left), layout.topBarHeight());
        double w = Math.min(gap * 0.94, 132 * layout.scale());
        boolean narrow = w < NARROW * layout.scale();
        for (int l = 0; l < n; l++) {
            VBox box = columns.get(l);
            if (box.getStyleClass().contains("narrow") != narrow) {
                if (narrow) box.getStyleClass().add("narrow");
                else box.getStyleClass().remove("narrow");
            }
            counts.get(l).setText(countText(hidden.get(l), narrow));
            names.get(l).setShort(narrow);
            box.resizeRelocate(layout.columnX(l + 1) - w / 2, layout.controlsY(), w, layout.controlsHeight());
        }
    }

    /** Below this width (at scale 1) a column shows "8" instead of "8 neurons" and short activation names. */
    static final double NARROW = 104;

    static String countText(int width, boolean narrow) {
        return narrow ? Integer.toString(width) : width + (width == 1 ? " neuron" : " neurons");
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("round-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    private static final StringConverter<ActivationKind> NAMES = new StringConverter<>() {
        @Override public String toString(ActivationKind k) { return k == null ? "" : Formulas.name(k); }

        @Override public ActivationKind fromString(String s) {
            for (ActivationKind k : ActivationKind.values()) {
                if (Formulas.name(k).equals(s)) {
                    return k;
                }
            }
            return null;
        }
    };

    /**
     * The closed menu's text: the longest of the activation's names that fits the cell ({@link Formulas#shortNames}),
     * measured in the cell's own font; when even the shortest does not fit, it is drawn smaller, never cut.
     */
    private static final class NameCell extends ListCell<ActivationKind> {
        private boolean narrow;
        private double fitted = -1;
        private javafx.scene.text.Font base; // the cell's font before any shrinking

        void setShort(boolean s) {
            if (s != narrow) {
                narrow = s;
                fitted = -1;
                requestLayout();
            }
        }

        @Override protected void updateItem(ActivationKind k, boolean empty) {
            super.updateItem(k, empty);
            fitted = -1;
            setText(empty || k == null ? null : Formulas.name(k));
        }

        @Override protected void layoutChildren() {
            double room = getWidth() - snappedLeftInset() - snappedRightInset();
            ActivationKind k = getItem();
            if (k != null && !isEmpty() && room > 0 && room != fitted) {
                fitted = room;
                fit(k, room);
            }
            super.layoutChildren();
        }

        private void fit(ActivationKind k, double room) {
            if (getStyle() == null || getStyle().isEmpty() || base == null) base = getFont();
            setStyle(null);
            javafx.scene.text.Font font = base;
            List<String> names = Formulas.shortNames(k);
            String text = names.getLast();
            for (String n : names) {
                if (TextWidth.of(n, font) <= room) {
                    text = n;
                    break;
                }
            }
            setText(text);
            double w = TextWidth.of(text, font);
            if (w > room) {
                setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                        Math.max(6, Math.floor(font.getSize() * room / w * 10) / 10)));
            }
        }
    }

    /** A menu entry with the activation's formula as its tooltip. */
    private static final class FormulaCell extends ListCell<ActivationKind> {
        @Override protected void updateItem(ActivationKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : Formulas.name(k));
            setTooltip(empty || k == null ? null : new Tooltip(Formulas.formula(k)));
        }
    }
}
