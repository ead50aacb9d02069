package org.nnplay.ui.compare;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.nnplay.training.RunState;
import org.nnplay.training.Snapshot;

/**
 * The figures of every variant, one row each: value, epoch, training and test loss (without penalty), test
 * accuracy (RMSE for regression) and status (running, paused, stopped, diverged). Sortable by any column; it stays sorted as
 * the figures change. A double click opens the variant in the playground.
 */
final class FiguresTable extends TableView<FiguresTable.Row> {
    /** One variant's figures; the properties change as it trains. */
    static final class Row {
        final int index;
        final String value;
        final Color color;
        final ObjectProperty<Long> epoch = new SimpleObjectProperty<>(0L);
        final ObjectProperty<Double> trainLoss = new SimpleObjectProperty<>(Double.NaN);
        final ObjectProperty<Double> testLoss = new SimpleObjectProperty<>(Double.NaN);
        final ObjectProperty<Double> testSecond = new SimpleObjectProperty<>(Double.NaN);
        final ObjectProperty<String> status = new SimpleObjectProperty<>("paused");
        String explanation;

        Row(int index, String value, Color color) {
            this.index = index;
            this.value = value;
            this.color = color;
        }

        void update(Snapshot s, boolean regression, String why) {
            if (s == null) return;
            epoch.set(s.epoch());
            var tr = s.train();
            var te = s.test();
            boolean diverged = s.state() == RunState.DIVERGED;
            trainLoss.set(diverged ? Double.NaN : tr.dataLoss());
            testLoss.set(diverged || te.rows() == 0 ? Double.NaN : te.dataLoss());
            testSecond.set(diverged || te.rows() == 0 ? Double.NaN : regression ? te.rmse() : te.accuracy());
            status.set(switch (s.state()) {
                case RUNNING -> "running";
                case PAUSED -> "paused";
                case STOPPED -> "stopped";
                case DIVERGED -> "diverged";
            });
            explanation = why;
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {
            r.epoch, r.trainLoss, r.testLoss, r.testSecond, r.status});
    private final TableColumn<Row, Double> testSecond;
    private final TableColumn<Row, String> valueColumn;
    private final TableColumn<Row, Long> epochColumn;
    private final TableColumn<Row, String> statusColumn;
    private final List<TableColumn<Row, Double>> numbers = new java.util.ArrayList<>();
    private double fs = 1;
    private boolean regression;

    FiguresTable(IntConsumer open) {
        setId("compare-table");
        SortedList<Row> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("Choose a setting and its values, then press Play."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> value = new TableColumn<>("Value");
        value.setId("compare-col-value");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value));
        value.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                Row r = empty ? null : getTableRow().getItem();
                setText(empty || v == null ? null : v);
                setGraphic(r == null ? null : new Rectangle(10, 10, r.color));
            }
        });
        value.setComparator((a, b) -> 0);
        value.setSortable(false);
        TableColumn<Row, Long> epoch = new TableColumn<>("Epoch");
        epoch.setId("compare-col-epoch");
        epoch.setCellValueFactory(c -> c.getValue().epoch);
        TableColumn<Row, Double> loss = new TableColumn<>("Loss");
        TableColumn<Row, Double> trainLoss = number("train", "compare-col-train-loss", r -> r.trainLoss, false);
        TableColumn<Row, Double> testLoss = number("test", "compare-col-test-loss", r -> r.testLoss, false);
        loss.getColumns().addAll(List.of(trainLoss, testLoss));
        testSecond = number("Test acc.", "compare-col-test-acc", r -> r.testSecond, true);
        TableColumn<Row, String> status = new TableColumn<>("Status");
        status.setId("compare-col-status");
        status.setCellValueFactory(c -> c.getValue().status);
        status.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                Row r = empty ? null : getTableRow().getItem();
                setText(empty ? null : v);
                boolean diverged = "diverged".equals(v);
                setStyle(diverged ? "-fx-text-fill: #d1001b; -fx-font-weight: bold;" : "");
                setTooltip(diverged && r != null && r.explanation != null ? new Tooltip(r.explanation) : null);
            }
        });
        getColumns().addAll(List.of(value, epoch, loss, testSecond, status));
        valueColumn = value;
        epochColumn = epoch;
        statusColumn = status;
        numbers.addAll(List.of(trainLoss, testLoss, testSecond));
        widths();
        getSortOrder().add(testLoss);
        setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) open.accept(row.getItem().index);
            });
            return row;
        });
    }

    /** New variants: one row each, in their order until sorted. */
    void setVariants(List<Row> next, boolean regression) {
        this.regression = regression;
        testSecond.setText(regression ? "Test RMSE" : "Test acc.");
        rows.setAll(next);
        widths();
    }

    void setFontScale(double s) {
        fs = s;
        widths();
    }

    /** Columns as wide as what they show at the current type size, so nothing is cut short. */
    private void widths() {
        javafx.scene.text.Font f = javafx.scene.text.Font.font("System", VariantTile.TEXT * fs);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD,
                VariantTile.TEXT * fs);
        double pad = 8 * fs;
        double value = width("Value", bold);
        for (Row r : rows) value = Math.max(value, width(r.value, f) + 10 + 6 * fs); // the colour square and its gap
        fixed(valueColumn, value + pad + 4, value + pad + 4);
        fixed(epochColumn, Math.max(width("Epoch", bold), width("000000", f)) + pad,
                Math.max(width("Epoch", bold), width("00000", f)) + pad);
        for (TableColumn<Row, Double> c : numbers) {
            // room for 3.6e-12; where the table is tight, for 0.0966 and a header without its sort arrow
            fixed(c, Math.max(width("3.6e-12", f), width(c.getText() + " ▲", bold)) + pad,
                    Math.max(width("0.0966", f), width(c.getText(), bold)) + pad);
        }
        fixed(statusColumn, Math.max(width("diverged", bold), width("Status", bold)) + pad, width("running", f) + pad);
    }

    /** A column's width and the least the constrained policy may give it: a run's name and its figures stay whole. */
    private static void fixed(TableColumn<Row, ?> c, double pref, double min) {
        c.setPrefWidth(pref);
        c.setMinWidth(min);
    }

    /** The least width that shows every column whole: their least widths and the table's border. */
    double leastWidth() {
        double sum = 4;
        for (TableColumn<Row, ?> c : List.of(valueColumn, epochColumn, statusColumn)) sum += c.getMinWidth();
        for (TableColumn<Row, Double> c : numbers) sum += c.getMinWidth();
        return sum;
    }

    List<Row> rows() { return rows; }

    /** Rows in the order shown. */
    List<Row> shown() { return getItems(); }

    void update(List<Snapshot> snapshots, Function<Integer, String> why) {
        for (Row r : rows) {
            if (r.index < snapshots.size()) r.update(snapshots.get(r.index), regression, why.apply(r.index));
        }
    }

    private TableColumn<Row, Double> number(String title, String id, Function<Row, ObjectProperty<Double>> v,
                                            boolean second) {
        TableColumn<Row, Double> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(d -> v.apply(d.getValue()));
        c.setComparator((a, b) -> Double.compare(nanLast(a), nanLast(b)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(Double x, boolean empty) {
                super.updateItem(x, empty);
                if (empty || x == null) setText(null);
                else if (second && !regression) setText(Figures.percent(x));
                else setText(Figures.loss(x));
            }
        });
        return c;
    }

    private static double width(String s, javafx.scene.text.Font f) { return org.nnplay.ui.TextWidth.of(s, f); }

    private static double nanLast(Double v) { return v == null || Double.isNaN(v) ? Double.POSITIVE_INFINITY : v; }
}
