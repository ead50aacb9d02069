package org.nnplay.ui.search;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Every trial as a row, sortable by any column (numbers sort as numbers; a diverged trial's NaN sorts after them and
 * reads "diverged"). Sorted by test loss at first, so the best is on top; the best row is bold and starred.
 */
final class ResultsTable extends TableView<Row> {
    static final PseudoClass BEST = PseudoClass.getPseudoClass("best");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private Row best;

    ResultsTable() {
        setId("search-table");
        SortedList<Row> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("Press Start: each trial appears here as it finishes."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, Integer> trial = new TableColumn<>("Trial");
        trial.setId("col-trial");
        trial.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().trial()));
        trial.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                Row r = empty ? null : getTableRow().getItem();
                setText(empty || v == null ? null : (r != null && r.equals(best) ? "★ " : "") + (r == null ? v : r.round() + "." + v));
            }
        });
        trial.setComparator(Comparator.naturalOrder());
        TableColumn<Row, String> strategy = new TableColumn<>("Kind");
        strategy.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(org.nnplay.ui.Formulas.name(c.getValue().result().trial().strategy())));
        TableColumn<Row, Double> test = number("Test loss", "col-test", Row::testLoss, true);
        trial.setPrefWidth(70);
        strategy.setPrefWidth(80);
        TableColumn<Row, Double> lr = number("Learning rate", "col-lr", Row::learningRate, false);
        lr.setPrefWidth(124);
        TableColumn<Row, Double> train = number("Train loss", "col-train", Row::trainLoss, true);
        train.setPrefWidth(104);
        test.setPrefWidth(104);
        getColumns().addAll(List.of(trial, strategy, lr, train, test, percent()));
        getSortOrder().add(test);
        setRowFactory(t -> new TableRow<>() {
            @Override protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(BEST, !empty && r != null && r.equals(best));
            }
        });
    }

    /** Replaces the rows and marks {@code bestRow}; the user's sort order stays. */
    void show(List<Row> all, Row bestRow) {
        best = bestRow;
        rows.setAll(all);
        refresh();
    }

    Row best() { return best; }

    int size() { return rows.size(); }

    private static TableColumn<Row, Double> number(String title, String id, Function<Row, Double> value, boolean loss) {
        TableColumn<Row, Double> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(Double::compare);
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                Row r = empty ? null : getTableRow().getItem();
                if (empty || v == null || r == null) setText(null);
                else if (loss && r.result().diverged()) setText("diverged");
                else setText(LogTicks.value(v));
                getStyleClass().removeAll("diverged");
                if (r != null && loss && r.result().diverged()) getStyleClass().add("diverged");
            }
        });
        return c;
    }

    private static TableColumn<Row, Double> percent() {
        TableColumn<Row, Double> c = new TableColumn<>("Accuracy");
        c.setPrefWidth(96);
        c.setId("col-accuracy");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().accuracy()));
        c.setComparator(Double::compare);
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v) ? "—" : String.format(java.util.Locale.ROOT, "%.1f %%", 100 * v));
            }
        });
        return c;
    }
}
