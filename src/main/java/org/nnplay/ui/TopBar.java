package org.nnplay.ui;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar at the top: the app's name and the display switches (test points, colour-blind palette, dark theme). */
public final class TopBar extends HBox {
    private final CheckBox showTest = new CheckBox("Show test data");
    private final CheckBox colorBlind = new CheckBox("Colour-blind palette");
    private final CheckBox dark = new CheckBox("Dark theme");

    public TopBar() {
        getStyleClass().add("top-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label name = new Label("NNPlay");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("neural-network playground");
        tagline.getStyleClass().add("app-tagline");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        showTest.setId("show-test");
        colorBlind.setId("colour-blind");
        dark.setId("dark-theme");
        showTest.setSelected(true);
        getChildren().addAll(name, tagline, spacer, showTest, colorBlind, dark);
    }

    public BooleanProperty showTestProperty() { return showTest.selectedProperty(); }

    public BooleanProperty colorBlindProperty() { return colorBlind.selectedProperty(); }

    public BooleanProperty darkProperty() { return dark.selectedProperty(); }
}
