package org.nnplay.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;

/**
 * The row that chooses what to compare: a setting, its 2 to 8 values (typed, separated by commas; hidden layers and
 * features by "/"), Compare to start them, "Add the playground", and the latest explanation. Choosing another
 * setting fills in values worth comparing, starting from the open experiment's own. Reports through callbacks.
 */
final class SettingChooser extends HBox {
    private static final Map<ComparedSetting, String> NAMES = Map.ofEntries(
            Map.entry(ComparedSetting.ACTIVATION, "Activation"), Map.entry(ComparedSetting.LR, "Learning rate"),
            Map.entry(ComparedSetting.OPTIMIZER, "Optimizer"), Map.entry(ComparedSetting.BATCH, "Batch size"),
            Map.entry(ComparedSetting.INIT, "Initialiser"), Map.entry(ComparedSetting.REGULARIZATION, "Regularisation"),
            Map.entry(ComparedSetting.REG_RATE, "Regularisation rate λ"),
            Map.entry(ComparedSetting.HIDDEN, "Hidden layers"), Map.entry(ComparedSetting.FEATURES, "Input features"),
            Map.entry(ComparedSetting.LOSS, "Loss"), Map.entry(ComparedSetting.SCHEDULE, "Learning-rate schedule"),
            Map.entry(ComparedSetting.DROPOUT, "Dropout"));

    private final ComboBox<ComparedSetting> setting = new ComboBox<>();
    private final TextField values = new TextField();
    private final Button apply = new Button("Compare");
    private final Button addPlayground = new Button("Add the playground");
    private final Label message = new Label();
    private Experiment base;
    private boolean filling;

    SettingChooser(Consumer<String> onError, Consumer<Comparison> onCompare, Runnable onAddPlayground) {
        super(8);
        setId("compare-chooser");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 0, 4, 0));
        setting.setId("compare-setting");
        setting.getItems().setAll(ComparedSetting.values());
        setting.setVisibleRowCount(ComparedSetting.values().length);
        setting.setConverter(new StringConverter<>() {
            @Override public String toString(ComparedSetting s) { return s == null ? "" : NAMES.get(s); }

            @Override public ComparedSetting fromString(String s) { return null; }
        });
        setting.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && base != null) values.setText(join(now, now.suggestions(base)));
        });
        values.setId("compare-values");
        values.setPrefColumnCount(28);
        values.setTooltip(new Tooltip("2 to 8 values, separated by commas (hidden layers and features by /)"));
        HBox.setHgrow(values, Priority.SOMETIMES);
        apply.setId("compare-apply");
        apply.setDefaultButton(false);
        Runnable go = () -> {
            try {
                onCompare.accept(comparison());
            } catch (IllegalArgumentException e) {
                onError.accept(e.getMessage());
            }
        };
        apply.setOnAction(e -> go.run());
        values.setOnAction(e -> go.run());
        addPlayground.setId("compare-add-playground");
        addPlayground.setTooltip(new Tooltip("Train the experiment open in the playground beside these variants"));
        addPlayground.setOnAction(e -> onAddPlayground.run());
        message.setId("compare-message");
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label compare = new Label("Compare");
        for (javafx.scene.control.Control c : List.of(compare, setting, apply, addPlayground)) {
            c.setMinWidth(USE_PREF_SIZE);
        }
        values.setMinWidth(120);
        getChildren().addAll(compare, setting, values, apply, addPlayground, message);
    }

    /** Shows {@code experiment}'s comparison (setting and values) and remembers it for the suggestions. */
    void show(Experiment experiment) {
        base = experiment;
        Comparison c = experiment.compare();
        filling = true;
        setting.setValue(c == null ? ComparedSetting.LR : c.setting());
        filling = false;
        values.setText(c == null ? join(ComparedSetting.LR, ComparedSetting.LR.suggestions(experiment))
                : join(c.setting(), c.values()));
    }

    /** An explanation (a divergence, a refused value); red when {@code problem}. */
    void say(String text, boolean problem) {
        message.setText(text == null ? "" : text);
        message.setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
        message.setStyle(problem ? "-fx-text-fill: #d1001b;" : "");
    }

    String message() { return message.getText(); }

    /** The comparison typed in. */
    Comparison comparison() {
        ComparedSetting s = setting.getValue();
        if (s == null) throw new IllegalArgumentException("Choose a setting to compare.");
        List<String> v = new ArrayList<>();
        for (String part : values.getText().split(lists(s) ? "/" : ",", -1)) v.add(part.trim());
        try {
            return new Comparison(s, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NAMES.get(s) + ": " + e.getMessage()
                    .replace("values has ", "").replace("entries", "values").replace("entry", "value")
                    .replaceFirst("^values\\[\\d+\\] = ", ""), e);
        }
    }

    private static boolean lists(ComparedSetting s) { return s == ComparedSetting.HIDDEN || s == ComparedSetting.FEATURES; }

    private static String join(ComparedSetting s, List<String> v) { return String.join(lists(s) ? " / " : ", ", v); }
}
