package org.nnplay.ui.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The classroom option: tick the controls students should not see (e.g. keep only play, the data sets and the
 * boundary). The choice is saved with the experiment ({@code view.hiddenControls}).
 */
final class ClassroomDialog {
    private ClassroomDialog() {}

    static void show(Window owner, ControlRegistry controls, PlaygroundModel model) {
        List<String> hidden = model.currentExperiment().view().hiddenControls();
        Map<String, CheckBox> boxes = new LinkedHashMap<>();
        VBox list = new VBox(6);
        for (ControlRegistry.Entry e : controls.entries()) {
            CheckBox b = new CheckBox(e.label());
            b.setId("hide-" + e.id());
            b.setSelected(hidden.contains(e.id()));
            boxes.put(e.id(), b);
            list.getChildren().add(b);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Classroom");
        dialog.setHeaderText("Hide these controls (saved with the experiment)");
        dialog.getDialogPane().setId("classroom-dialog");
        dialog.getDialogPane().setContent(new VBox(10, new Label("Ticked controls are hidden from the window."), scroll));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) dialog.initOwner(owner);
        dialog.setOnHidden(ev -> {
            if (dialog.getResult() != ButtonType.OK) return;
            List<String> chosen = new ArrayList<>();
            boxes.forEach((id, b) -> { if (b.isSelected()) chosen.add(id); });
            model.edit(x -> x.withView(v -> v.withHiddenControls(chosen)));
        });
        dialog.show();
    }
}
