package org.nnplay.ui.network;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A small card with a text field for typing a weight or a bias in place. Enter applies a valid number (and closes),
 * Escape or clicking elsewhere cancels; text that is not a finite number gets the {@code error} style and is not
 * applied. Accepts "1.5", "-0.2", "−0.2" (typographic minus), "1,5" and "2e-3".
 */
final class WeightEditor {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private final VBox card = new VBox();
    private final Label title = new Label();
    private final TextField field = new TextField();
    private final Label hint = new Label();
    private DoubleConsumer commit;

    WeightEditor() {
        hint.getStyleClass().add("hint");
        title.getStyleClass().add("title");
        field.setId("weight-editor-field");
        card.getChildren().addAll(title, field, hint);
        card.getStyleClass().add("weight-editor");
        card.setManaged(false);
        card.setVisible(false);
        field.setOnAction(e -> apply());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        field.textProperty().addListener((o, a, b) -> showError(false));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                close();
            }
        });
    }

    VBox node() { return card; }

    boolean isOpen() { return card.isVisible(); }

    /** Opens the card with its top-left corner at (x, y) of the parent, kept inside {@code maxX, maxY}. */
    void open(double x, double y, double maxX, double maxY, String what, double value, DoubleConsumer onCommit) {
        commit = onCommit;
        title.setText(what);
        field.setText(format(value));
        showError(false);
        card.setVisible(true);
        card.applyCss();
        double w = card.prefWidth(-1), h = card.prefHeight(w);
        card.resizeRelocate(Math.max(0, Math.min(x, maxX - w)), Math.max(0, Math.min(y, maxY - h)), w, h);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        commit = null;
        card.setVisible(false);
    }

    private void apply() {
        Double v = parse(field.getText());
        if (v == null) {
            showError(true);
            return;
        }
        DoubleConsumer c = commit;
        close();
        if (c != null) {
            c.accept(v);
        }
    }

    private void showError(boolean error) {
        field.getStyleClass().remove("error");
        hint.getStyleClass().remove("error");
        if (error) {
            field.getStyleClass().add("error");
            hint.getStyleClass().add("error");
        }
        hint.setText(error ? "Not a number: type e.g. 1.5 or -0.2" : "Enter ↵ to apply · Esc to cancel");
    }

    /** The number typed, or null when it is not a finite decimal number. */
    static Double parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('−', '-');
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }

    /** Three decimals, or scientific notation for very small and very large magnitudes. */
    static String format(double v) {
        double a = Math.abs(v);
        if (v != 0 && (a < 1e-3 || a >= 1e5)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
