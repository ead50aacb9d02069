package org.nnplay.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.nnplay.data.DataSet;

/** The line at the bottom: which data set is shown and how many points it has. */
public final class StatusBar extends HBox {
    private final Label dataLabel = new Label();

    public StatusBar() {
        getStyleClass().add("status-bar");
        dataLabel.setId("status-data");
        getChildren().add(dataLabel);
    }

    public void showData(DataSet data) {
        dataLabel.setText(data == null ? "No data set"
                : "Data set: %s  \u00b7  %d points: %d training, %d test".formatted(
                        data.name(), data.size(), data.train().size(), data.test().size()));
    }
}
