package org.nnplay.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.nnplay.data.Domain;
import org.nnplay.data.Feature;
import org.nnplay.ui.network.NetworkLayout.Box;

/**
 * One toggle tile per {@link Feature}: its label and a small heatmap of the feature over the plane. Active features
 * are outlined, inactive ones dimmed. A click asks the editor to toggle the feature and then shows the experiment's
 * state again (the owner decides); the last active feature cannot be switched off. Hovering an active tile reports
 * it as neuron {@code (0, input index)}.
 */
final class FeatureTiles {
    private static final int IMAGE = 48;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<ImageView> images = new ArrayList<>();
    private final Supplier<NetworkEditor> editor;
    private List<Feature> inputs = List.of();

    FeatureTiles(Supplier<NetworkEditor> editor) {
        this.editor = editor;
        for (Feature f : Feature.values()) {
            ImageView image = new ImageView();
            image.setSmooth(true);
            StackPane frame = new StackPane(image);
            frame.getStyleClass().add("tile-frame");
            ToggleButton b = new ToggleButton(f.label(), frame);
            b.setId("feature-" + f.key());
            b.getStyleClass().add("feature-tile");
            b.setContentDisplay(ContentDisplay.RIGHT);
            b.setAlignment(Pos.CENTER_RIGHT);
            b.setFocusTraversable(false);
            b.setOnAction(e -> click(f));
            b.hoverProperty().addListener((o, was, now) -> hover(f, now));
            buttons.add(b);
            images.add(image);
        }
    }

    List<ToggleButton> nodes() { return buttons; }

    ToggleButton button(Feature f) { return buttons.get(f.ordinal()); }

    /** Shows which features feed the network, in input order. */
    void setInputs(List<Feature> active) {
        inputs = List.copyOf(active);
        for (Feature f : Feature.values()) {
            ToggleButton b = buttons.get(f.ordinal());
            boolean on = inputs.contains(f);
            b.setSelected(on);
            String tip = on ? f.label() + " feeds the network: click to remove it"
                    : f.label() + " is not used: click to add it as an input";
            b.setTooltip(new Tooltip(on && inputs.size() == 1 ? f.label() + " is the only input: add another first"
                    : tip));
        }
    }

    /** Paints every feature's heatmap over the domain with the scale. */
    void paint(Domain domain, ColorScale scale) {
        for (Feature f : Feature.values()) {
            images.get(f.ordinal()).setImage(NeuronThumbnails.feature(f, domain, IMAGE, scale));
        }
    }

    /**
     * Places each tile: the heatmap square at its box, the label to its left. Where the rows are shorter than a line
     * of the builder's type ({@code font} px), the labels' type shrinks to the row, so a deep network's features stay
     * whole rather than cut at their tops and bottoms.
     */
    void layout(NetworkLayout layout, double font) {
        double label = layout.labelWidth();
        for (Feature f : Feature.values()) {
            Box box = layout.tile(f.ordinal());
            ToggleButton b = buttons.get(f.ordinal());
            ImageView image = images.get(f.ordinal());
            image.setFitWidth(box.size() - 2);
            image.setFitHeight(box.size() - 2);
            double size = Math.min(font, Math.floor(box.size() / 1.25 * 2) / 2);
            String style = size < font ? String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", size) : "";
            if (!style.equals(b.getStyle())) b.setStyle(style);
            // whole pixels on the left (the label column's width is fractional): a thumbnail placed between two pixels
            // is resampled and blurs
            double left = Math.floor(box.x() - label);
            b.resizeRelocate(left, box.y(), box.x() + box.size() - left, box.size());
        }
    }

    private void click(Feature f) {
        if (!(inputs.contains(f) && inputs.size() == 1)) {
            editor.get().toggleFeature(f);
        }
        setInputs(inputs);
    }

    private void hover(Feature f, boolean now) {
        int i = inputs.indexOf(f);
        if (now && i >= 0) {
            editor.get().hoverNeuron(0, i);
        } else if (!now && i >= 0) {
            editor.get().hoverEnd();
        }
    }
}
