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
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.converter.DoubleStringConverter;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.training.landscape.OptimizerRace;

/**
 * The optimizer race's legend and settings: one row per racer with its colour, whether it runs, its learning rate
 * (edit in place) and where it ended; the number of steps. Click the heat map to start a race from that point.
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
        on.setPrefWidth(64);
        TableColumn<Row, String> name = new TableColumn<>("optimizer");
        name.setCellValueFactory(c -> new SimpleStringProperty(org.nnplay.ui.Formulas.name(c.getValue().kind)));
        name.setPrefWidth(100);
        TableColumn<Row, Double> rate = new TableColumn<>("η");
        rate.setCellValueFactory(c -> c.getValue().rate);
        rate.setCellFactory(TextFieldTableCell.forTableColumn(new DoubleStringConverter()));
        rate.setOnEditCommit(e -> {
            Double v = e.getNewValue();
            e.getRowValue().rate.set(v != null && v > 0 && Double.isFinite(v) ? v : e.getOldValue());
            table.refresh();
        });
        rate.setPrefWidth(70);
        TableColumn<Row, String> result = new TableColumn<>("end loss");
        result.setCellValueFactory(c -> c.getValue().result);
        result.setPrefWidth(90);
        table.getColumns().setAll(List.of(on, name, rate, result));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.setPrefHeight(30 * rows.size() + 36);
        VBox.setVgrow(table, Priority.SOMETIMES);
        steps.setEditable(true);
        steps.setPrefWidth(100);
        Label title = new Label("Optimizer race");
        title.getStyleClass().add("landscape-title");
        status.setWrapText(true);
        getChildren().addAll(title, table, new HBox(8, new Label("steps"), steps), status);
        setPrefWidth(360);
        setMinWidth(300);
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
}
