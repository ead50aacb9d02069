package org.nnplay.ui.playground;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.nnplay.experiment.Experiment;

/**
 * A caption over a drop-down that shows one setting of the experiment and edits it through the model: the items
 * (which may depend on the experiment), their names and tooltips (a formula, where there is one).
 */
final class ChoiceField<T> extends VBox {
    private final ComboBox<T> combo = new ComboBox<>();
    private final PlaygroundModel model;
    private final Function<Experiment, List<T>> items;
    private final String caption;
    private final Function<T, String> name;
    private final Function<T, String> tip;
    private final Function<Experiment, T> read;
    private final BiFunction<Experiment, T, Experiment> write;
    private boolean updating;

    ChoiceField(String id, String caption, PlaygroundModel model, Function<Experiment, List<T>> items,
                Function<Experiment, T> read, BiFunction<Experiment, T, Experiment> write,
                Function<T, String> name, Function<T, String> tip) {
        this.model = model;
        this.items = items;
        this.read = read;
        this.write = write;
        this.caption = caption;
        this.name = name;
        this.tip = tip;
        getStyleClass().add("field");
        setId(id);
        combo.setId(id + "-choice");
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        label.setLabelFor(combo);
        combo.setCellFactory(v -> cell(name, tip));
        combo.setButtonCell(cell(name, tip));
        combo.setVisibleRowCount(12);
        combo.setFocusTraversable(false);
        combo.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null && !Objects.equals(now, read.apply(model.currentExperiment()))) {
                model.edit(e -> write.apply(e, now));
            }
        });
        model.experimentProperty().addListener((o, was, now) -> show(now));
        show(model.currentExperiment());
        getChildren().addAll(label, combo);
    }

    ComboBox<T> combo() { return combo; }

    private void show(Experiment e) {
        updating = true;
        try {
            List<T> now = items.apply(e);
            if (!combo.getItems().equals(now)) combo.getItems().setAll(now);
            T value = read.apply(e);
            combo.setValue(value);
            String t = value == null || tip == null ? null : tip.apply(value);
            combo.setTooltip(t == null ? null : tooltip(caption + ": " + name.apply(value) + "\n" + t));
        } finally {
            updating = false;
        }
    }

    static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(560);
        return tooltip;
    }

    private static <T> ListCell<T> cell(Function<T, String> name, Function<T, String> tip) {
        return new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
                String t = empty || item == null || tip == null ? null : tip.apply(item);
                if (t == null) setTooltip(null);
                else setTooltip(tooltip(t));
            }
        };
    }
}
