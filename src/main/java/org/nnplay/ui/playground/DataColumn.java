package org.nnplay.ui.playground;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The left column with the data settings. Folded (presentation mode), it is a narrow strip with one button that
 * shows the same panel in a pop-over, so the views get the width and the data stay one click away.
 */
final class DataColumn extends StackPane {
    /** The folded strip's width. */
    static final double FOLDED = 48;
    private final DataPanel panel;
    private final ScrollPane scroll;
    private final VBox strip;
    private final Button open = Icons.button("data-open", Icons.DATA, "Data: data set, training share, noise, seed");
    private PopOver popOver;
    private boolean folded;

    DataColumn(DataPanel panel) {
        this.panel = panel;
        getStyleClass().add("data-column");
        scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("data-scroll");
        strip = new VBox(open);
        strip.getStyleClass().add("data-strip");
        strip.setAlignment(Pos.TOP_CENTER);
        open.setOnAction(e -> showPopOver());
        getChildren().add(scroll);
    }

    /** Folds the column to a strip of {@value #FOLDED} px (true) or shows the panel in it (false). */
    void setFolded(boolean fold) {
        if (fold == folded) return;
        folded = fold;
        if (popOver != null) popOver.hide();
        if (fold) {
            scroll.setContent(null);
            getChildren().setAll(strip);
        } else {
            if (popOver != null) popOver.setContentNode(null);
            scroll.setContent(panel);
            getChildren().setAll(scroll);
        }
    }

    boolean isFolded() { return folded; }

    private void showPopOver() {
        if (popOver == null) {
            popOver = new PopOver();
            popOver.setTitle("Data");
            popOver.setHeaderAlwaysVisible(true);
            popOver.setArrowLocation(PopOver.ArrowLocation.LEFT_TOP);
        }
        ScrollPane inner = new ScrollPane(panel);
        inner.setFitToWidth(true);
        inner.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inner.setMaxHeight(getScene() == null ? 600 : getScene().getHeight() - 80);
        popOver.setContentNode(inner);
        popOver.show(open);
    }

    @Override protected double computePrefWidth(double height) {
        return folded ? FOLDED : scroll.prefWidth(height);
    }

    @Override protected double computeMinWidth(double height) { return computePrefWidth(height); }

    @Override protected double computeMaxWidth(double height) { return computePrefWidth(height); }
}
