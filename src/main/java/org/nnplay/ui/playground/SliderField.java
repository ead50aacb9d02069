package org.nnplay.ui.playground;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A caption with the current value, over a slider. The edit is made once, when the user lets go (or with each
 * key press), not for every pixel of a drag: each one may rebuild the network.
 */
final class SliderField extends VBox {
    private final Slider slider;
    private final Label value = new Label();
    private final DoubleFunction<String> format;
    private boolean updating;

    SliderField(String id, String caption, double min, double max, double tick, DoubleFunction<String> format,
                DoubleConsumer onChange) {
        this.format = format;
        getStyleClass().add("field");
        setId(id);
        slider = new Slider(min, max, min);
        slider.setId(id + "-slider");
        slider.setMajorTickUnit(tick);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(false);
        slider.setBlockIncrement(tick);
        slider.setFocusTraversable(false);
        Label label = new Label(caption);
        label.getStyleClass().add("field-caption");
        value.getStyleClass().add("field-value");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, now) -> {
            value.setText(format.apply(now.doubleValue()));
            if (!updating && !slider.isValueChanging()) onChange.accept(now.doubleValue());
        });
        slider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!updating && !changing) onChange.accept(slider.getValue());
        });
        getChildren().addAll(new HBox(label, gap, value), slider);
    }

    void setValue(double v) {
        updating = true;
        try {
            slider.setValue(v);
            value.setText(format.apply(v));
        } finally {
            updating = false;
        }
    }

    Slider slider() { return slider; }
}
