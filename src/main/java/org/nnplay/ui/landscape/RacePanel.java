package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.converter.DoubleStringConverter;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.training.landscape.OptimizerRace;

/**
 * The optimizer race's legend and settings: one row per racer with its colour, whether it runs, its learning rate
 * (edit in place) and where it ended; the number of steps. Click the heat map to start a race from that point. Every
 * row shows at once; its type follows the view's font scale.
 */
final class RacePanel extends VBox {
    /** Bright colours that stay apart from viridis' purple → green → yellow and from each other. */
    static final Color[] COLORS = {Color.web("#ff2d55"), Color.web("#ff9500"), Color.web("#ff5cf4"), Color.WHITE,
            Color.web("#00e5ff"), Color.web("#111111"), Color.web("#b388ff"), Color.web("#c6ff00")};

    /** One racer as the table edits it. */
    static final class Row {
        final OptimizerKind kind;
        final Color color;
        final BooleanProperty on = new SimpleBooleanProperty(true);
        final ObjectProperty<Double> rate;
        final StringProperty result = new SimpleStringProperty("");

        Row(OptimizerKind kind, double rate, Color color) {
            this.kind = kind;
            this.rate = new SimpleObjectProperty<>(rate);
            this.color = color;
        }

        OptimizerRace.Racer racer() { return OptimizerRace.Racer.of(kind, rate.get()); }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(rows);
    private final Spinner<Integer> steps = new Spinner<>(5, 2000, 100, 25);
    private final Label status = new Label("Click the map to start all racers from that point.");
    private final List<TableColumn<Row, ?>> columns;
    private static final double[] COLUMN_WIDTHS = {64, 170, 64, 96};
    private static final double ROW = 30;

    RacePanel() {
        getStyleClass().add("landscape-race");
        setSpacing(8);
        List<OptimizerRace.Racer> defaults = OptimizerRace.defaults();
        for (int k = 0; k < defaults.size(); k++) {
            OptimizerRace.Racer r = defaults.get(k);
            rows.add(new Row(r.spec().kind(), r.learningRate(), COLORS[k % COLORS.length]));
        }
        table.setEditable(true);
        table.setId("landscape-race-table");
        TableColumn<Row, Boolean> on = new TableColumn<>("");
        on.setCellValueFactory(c -> c.getValue().on.asObject());
        on.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) { setGraphic(null); return; }
                CheckBox box = new CheckBox();
                box.selectedProperty().bindBidirectional(row.on);
                Rectangle swatch = new Rectangle(22, 14, row.color);
                swatch.setStroke(Color.gray(0.2));
                setGraphic(new HBox(6, box, swatch));
            }
        });
        TableColumn<Row, String> name = new TableColumn<>("optimizer");
        name.setCellValueFactory(c -> new SimpleStringProperty(org.nnplay.ui.Formulas.name(c.getValue().kind)));
        TableColumn<Row, Double> rate = new TableColumn<>("η");
        rate.setCellValueFactory(c -> c.getValue().rate);
        rate.setCellFactory(TextFieldTableCell.forTableColumn(new DoubleStringConverter()));
        rate.setOnEditCommit(e -> {
            Double v = e.getNewValue();
            e.getRowValue().rate.set(v != null && v > 0 && Double.isFinite(v) ? v : e.getOldValue());
            table.refresh();
        });
        TableColumn<Row, String> result = new TableColumn<>("end loss");
        result.setCellValueFactory(c -> c.getValue().result);
        columns = List.of(on, name, rate, result);
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.SOMETIMES);
        steps.setEditable(true);
        Label title = new Label("Optimizer race");
        title.getStyleClass().add("landscape-title");
        status.setWrapText(true);
        HBox stepsRow = new HBox(8, new Label("steps"), steps);
        stepsRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, table, stepsRow, status);
        setFontScale(1);
    }

    /** Sizes the rows, columns and the panel for type {@code s} times the normal size. */
    void setFontScale(double s) {
        for (int k = 0; k < columns.size(); k++) {
            columns.get(k).setPrefWidth(COLUMN_WIDTHS[k] * s);
            columns.get(k).setMinWidth(COLUMN_WIDTHS[k] * s);
        }
        table.setFixedCellSize(ROW * s);
        table.setPrefHeight(ROW * s * (rows.size() + 1) + 3 * s);
        table.setMaxHeight(Region.USE_PREF_SIZE); // all rows, no empty ones below
        table.setMinHeight(ROW * s * 3);
        steps.setPrefWidth(100 * s);
        setPrefWidth(420 * s);
        setMinWidth(300 * s);
    }

    /** The racers that are switched on, in table order, with their colours. */
    List<Row> enabled() {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) if (r.on.get()) out.add(r);
        return out;
    }

    List<Row> rows() { return rows; }

    int steps() { return steps.getValue(); }

    void setStatus(String s) { status.setText(s); }

    void clearResults() { rows.forEach(r -> r.result.set("")); }

    /** Each row's end loss, in the order of {@code raced}. */
    void showResults(List<Row> raced, List<String> results) {
        for (int k = 0; k < raced.size() && k < results.size(); k++) raced.get(k).result.set(results.get(k));
    }
}
