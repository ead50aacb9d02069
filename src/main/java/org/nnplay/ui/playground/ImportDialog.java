package org.nnplay.ui.playground;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.nnplay.data.ColumnSummary;
import org.nnplay.data.CsvTable;
import org.nnplay.data.DataLimits;
import org.nnplay.data.ImportOptions;

/**
 * The preview of a data file with more columns than x1, x2 and a label: its first rows as written, what each column
 * holds (numbers, text with its values, missing cells), and a choice of the columns for x1, x2 and the label, with
 * what that label means (classes and their names, or regression). Preselected with {@link CsvTable#guess()}.
 */
final class ImportDialog {
    private ImportDialog() {}

    /** Shows the preview and waits; empty when cancelled. */
    static Optional<ImportOptions> choose(Window owner, CsvTable table) {
        List<ColumnSummary> columns = table.columns();
        int split = table.splitColumn();
        List<String> names = columns.stream().filter(c -> c.index() != split).map(ColumnSummary::name).toList();
        ImportOptions guess = table.guess();
        ComboBox<String> x1 = combo("import-x1", names, guess.x1());
        ComboBox<String> x2 = combo("import-x2", names, guess.x2());
        ComboBox<String> label = combo("import-label", names, guess.label());
        CheckBox strict = new CheckBox("Refuse rows with a missing value (otherwise they are skipped)");
        strict.setId("import-strict");
        Label meaning = new Label();
        meaning.setId("import-meaning");
        meaning.setWrapText(true);

        GridPane choice = new GridPane(12, 8);
        choice.addRow(0, new Label("x1 (across)"), x1, new Label("x2 (up)"), x2, new Label("Label"), label);

        Dialog<ImportOptions> dialog = new Dialog<>();
        dialog.setTitle("Import points from CSV");
        dialog.setHeaderText("Choose the columns of " + table.file());
        dialog.getDialogPane().setId("import-dialog");
        String about = table.rows() + " rows, " + columns.size() + " columns, " + table.encoding() + ", "
                + separator(table.delimiter()) + (table.hasHeader() ? "" : ", no header");
        ScrollPane preview = new ScrollPane(preview(table, columns));
        preview.setPrefViewportHeight(260);
        preview.setPrefViewportWidth(720);
        dialog.getDialogPane().setContent(new VBox(10, new Label(about), preview, choice, meaning, strict));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable update = () -> {
            String why = check(columns, x1.getValue(), x2.getValue(), label.getValue());
            meaning.setText(why);
            ok.setDisable(why.startsWith("Choose"));
        };
        x1.valueProperty().addListener((o, a, b) -> update.run());
        x2.valueProperty().addListener((o, a, b) -> update.run());
        label.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
        dialog.setResultConverter(b -> b == ButtonType.OK ? new ImportOptions(x1.getValue(), x2.getValue(),
                label.getValue(), strict.isSelected(), null) : null);
        if (owner != null && owner.isShowing()) dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    private static ComboBox<String> combo(String id, List<String> names, String selected) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(names);
        c.setValue(selected);
        return c;
    }

    private static String separator(char d) {
        return d == '\t' ? "tab-separated" : d == ';' ? "semicolon-separated" : "comma-separated";
    }

    /** What the choice means, or (starting with "Choose") why it cannot be taken. */
    static String check(List<ColumnSummary> columns, String x1, String x2, String label) {
        if (x1 == null || x2 == null || label == null) return "Choose a column for x1, x2 and the label.";
        if (x1.equals(x2) || x1.equals(label) || x2.equals(label)) {
            return "Choose three different columns for x1, x2 and the label.";
        }
        for (int i = 1; i <= 2; i++) {
            String axis = i == 1 ? x1 : x2;
            ColumnSummary c = find(columns, axis);
            if (c.kind() != ColumnSummary.Kind.NUMBER) {
                return "Choose a column of numbers for x" + i + ": " + axis + " holds " + c.describe() + ".";
            }
        }
        ColumnSummary l = find(columns, label);
        if (l.kind() == ColumnSummary.Kind.EMPTY) return "Choose a label column that has values.";
        if (l.kind() == ColumnSummary.Kind.TEXT) {
            if (l.manyValues()) {
                return "Choose another label: " + label + " has more than " + DataLimits.MAX_CLASSES
                        + " names, and NNPlay tells at most " + DataLimits.MAX_CLASSES + " classes apart.";
            }
            return "Label " + label + ": " + l.values().size() + " classes (" + String.join(", ", l.values()) + ").";
        }
        return l.values().isEmpty() || l.manyValues()
                ? "Label " + label + ": numbers, trained as regression (a value at each point)."
                : "Label " + label + ": " + l.values().size() + " classes (" + String.join(", ", l.values()) + ").";
    }

    private static ColumnSummary find(List<ColumnSummary> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static GridPane preview(CsvTable table, List<ColumnSummary> columns) {
        GridPane grid = new GridPane(14, 4);
        grid.setId("import-preview");
        grid.setPadding(new Insets(6));
        for (ColumnSummary c : columns) {
            Label name = new Label(c.name());
            name.setStyle("-fx-font-weight: bold");
            Label kind = new Label(c.describe());
            kind.setStyle("-fx-opacity: 0.75");
            kind.setMaxWidth(220);
            grid.add(name, c.index(), 0);
            grid.add(kind, c.index(), 1);
        }
        int row = 2;
        for (List<String> r : table.preview()) {
            for (int i = 0; i < r.size(); i++) {
                grid.add(new Label(r.get(i)), i, row);
            }
            row++;
        }
        Label more = new Label(table.rows() > table.preview().size()
                ? "… " + (table.rows() - table.preview().size()) + " more rows" : "");
        grid.add(more, 0, row, Math.max(1, columns.size()), 1);
        return grid;
    }
}
