package org.nnplay.ui.playground;

import java.util.List;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.nnplay.experiment.StageView;

/**
 * The playground's single keys. Space plays or pauses unless a text field is being edited — one the user clicked
 * into or typed in; a field that merely received the focus (after a menu or a drop-down closed) does not count,
 * and drop-downs give the focus back to the window when they close. F11 and, in presentation mode, Esc work
 * wherever the focus is. (Ctrl+N/O/S/Q are menu accelerators.)
 */
final class KeyBindings {
    /** The keys and what they do, for the shortcuts dialog: {key, action}. */
    static final List<String[]> KEYS = List.of(
            new String[] {"Space", "Play / pause"},
            new String[] {"→", "Train one epoch"},
            new String[] {"R", "Reset the network (new weights from the seed)"},
            new String[] {"P", "Probe mode on / off"},
            new String[] {"0", "All views (the normal layout)"},
            new String[] {"1", "Decision boundary on the whole stage"},
            new String[] {"2", "Learning curves on the whole stage"},
            new String[] {"3", "Loss landscape on the whole stage"},
            new String[] {"4", "Network builder on the whole stage"},
            new String[] {"5", "Compare runs side by side"},
            new String[] {"Double-click a title", "That view alone, and back"},
            new String[] {"F11", "Presentation mode on / off"},
            new String[] {"Esc", "Leave presentation mode"},
            new String[] {"Ctrl+N", "New experiment"},
            new String[] {"Ctrl+O", "Open an experiment"},
            new String[] {"Ctrl+S", "Save (Ctrl+Shift+S: save as)"},
            new String[] {"Ctrl+Q", "Quit"});

    /** What the keys act on (the window decides which runs and views). */
    interface Actions {
        RunControls runs();

        void togglePresentation();

        /** Leaves presentation mode; false when it was not on. */
        boolean leavePresentation();

        void showView(StageView v);
    }

    private KeyBindings() {}

    static void install(Scene scene, PlaygroundModel model, PointTool tool, Actions actions) {
        TextInputControl[] editing = {null};
        // a text field counts as being edited once it is clicked into or typed in, until it loses the focus
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> editing[0] = textField(e.getPickResult().getIntersectedNode()));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl t) editing[0] = t;
        });
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (editing[0] != null && now != editing[0]) editing[0] = null;
        });
        // a drop-down or a menu button hands the focus back when it closes, so the next key is the window's
        scene.addEventFilter(ComboBoxBase.ON_HIDDEN, e -> giveBack(scene, e));
        scene.addEventFilter(javafx.scene.control.MenuButton.ON_HIDDEN, e -> giveBack(scene, e));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) return;
            if (e.getCode() == KeyCode.F11) {
                actions.togglePresentation();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE && actions.leavePresentation()) {
                e.consume();
                return;
            }
            if (typing(scene.getFocusOwner(), editing[0])) return;
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> actions.runs().togglePlay();
                case RIGHT -> actions.runs().stepEpoch();
                case R -> actions.runs().reset();
                case P -> tool.modeProperty().set(tool.mode() == PointTool.Mode.PROBE ? PointTool.Mode.NONE : PointTool.Mode.PROBE);
                case DIGIT0, NUMPAD0 -> actions.showView(StageView.NORMAL);
                case DIGIT1, NUMPAD1 -> actions.showView(StageView.BOUNDARY);
                case DIGIT2, NUMPAD2 -> actions.showView(StageView.CURVES);
                case DIGIT3, NUMPAD3 -> actions.showView(StageView.LANDSCAPE);
                case DIGIT4, NUMPAD4 -> actions.showView(StageView.BUILDER);
                case DIGIT5, NUMPAD5 -> actions.showView(StageView.COMPARE);
                default -> handled = false;
            }
            if (handled) e.consume();
        });
    }

    private static void giveBack(Scene scene, Event e) {
        Parent root = scene.getRoot();
        if (e.getTarget() instanceof Node n && n.getScene() == scene) Platform.runLater(root::requestFocus);
    }

    private static TextInputControl textField(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl t) return t;
        }
        return null;
    }

    /** Whether a key belongs to the focused control: a text field being edited, or an open list or menu. */
    private static boolean typing(Node focus, TextInputControl editing) {
        if (focus instanceof TextInputControl t) return t.isEditable() && t == editing;
        if (focus instanceof ComboBoxBase<?> c) return c.isShowing();
        return focus instanceof MenuButton m && m.isShowing();
    }
}
