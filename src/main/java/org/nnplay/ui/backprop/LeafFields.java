package org.nnplay.ui.backprop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.nnplay.engine.Tensor;

/**
 * A text field per editable number (the graph's leaves, and η for the net). A value is taken on Enter or when the
 * field loses focus; bad input (not a number, out of range) is refused with a message under the field and the
 * previous value stays in use, so the graph never shows a half-typed number.
 */
final class LeafFields extends HBox {
    /** Leaf values beyond this would only print as unreadable numbers on the graph. */
    static final double LIMIT = 1000;

    private final List<Field> fields = new ArrayList<>();
    private final Runnable changed;

    /** {@code changed} runs after every accepted value. */
    LeafFields(Runnable changed) {
        this.changed = changed;
        getStyleClass().add("bp-fields");
        setSpacing(14);
        setAlignment(Pos.TOP_LEFT);
    }

    /** One field per leaf of {@code g}, plus η when {@code eta} is not null. */
    void setGraph(BackpropGraph g, DoubleSupplier eta, DoubleConsumer setEta) {
        fields.clear();
        getChildren().clear();
        for (Tensor t : g.leaves().values()) {
            add(t.label(), t::item, v -> t.set(new double[] {v}), v -> Math.abs(v) <= LIMIT,
                    "between −1000 and 1000", "the value of leaf " + t.label());
        }
        if (eta != null) {
            add("η", eta, setEta, v -> v > 0 && v <= 10, "above 0, at most 10", "the learning rate of the SGD step");
        }
    }

    /** Shows the current values again (after an SGD step changed the weights), clearing any message. */
    void refresh() {
        fields.forEach(Field::revert);
    }

    /** Parses what a teacher types: "−2" with a true minus, "0,5" with a decimal comma. Null when not a number. */
    static Double parse(String text) {
        String s = text.trim().replace('−', '-').replace(',', '.');
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void add(String name, DoubleSupplier get, DoubleConsumer set, DoublePredicate ok, String range, String what) {
        Field f = new Field(name, get, set, ok, range);
        f.input.setTooltip(new Tooltip("Type " + what + " and press Enter"));
        fields.add(f);
        getChildren().add(f.box);
    }

    /** One number: caption, text field, and the message line that says why input was refused. */
    private final class Field {
        final TextField input = new TextField();
        final Label error = new Label();
        final VBox box;
        final DoubleSupplier get;
        final DoubleConsumer set;
        final DoublePredicate ok;
        final String range;

        Field(String name, DoubleSupplier get, DoubleConsumer set, DoublePredicate ok, String range) {
            this.get = get;
            this.set = set;
            this.ok = ok;
            this.range = range;
            Label caption = new Label(name);
            caption.getStyleClass().add("bp-field-name");
            String id = NodeBox.id(name.equals("η") ? "eta" : name);
            input.setId("bp-field-" + id);
            input.setPrefColumnCount(5);
            error.setId("bp-error-" + id);
            error.getStyleClass().add("bp-error");
            error.setWrapText(true);
            error.setMaxWidth(190);
            error.managedProperty().bind(error.visibleProperty());
            error.setVisible(false);
            input.setOnAction(e -> commit());
            input.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit();
                }
            });
            box = new VBox(2, caption, input, error);
            box.getStyleClass().add("bp-field");
            revert();
        }

        void commit() {
            double previous = get.getAsDouble();
            if (input.getText().equals(plain(previous))) {
                revert(); // unchanged: keep the exact value, not its rounded text
                return;
            }
            Double v = parse(input.getText());
            if (v == null || !ok.test(v)) {
                error.setText((v == null ? "“" + input.getText().trim() + "” is not a number" : "must be " + range)
                        + "; still " + Captions.num(previous));
                error.setVisible(true);
                NodeBox.setState(input, "bp-invalid", true);
                return;
            }
            error.setVisible(false);
            NodeBox.setState(input, "bp-invalid", false);
            if (v != previous) {
                set.accept(v);
                changed.run();
            }
            input.setText(plain(v));
        }

        void revert() {
            input.setText(plain(get.getAsDouble()));
            error.setVisible(false);
            NodeBox.setState(input, "bp-invalid", false);
        }
    }

    /** A value as it goes back into a field: exact enough to round-trip, with the true minus sign. */
    private static String plain(double v) {
        String s = v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.6g", v)
                .replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
        return s.replace('-', '−');
    }
}
