package org.nnplay.ui.playground;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The playground's single keys: Space play/pause, → one epoch, R reset, P probe, Esc leaves presentation mode.
 * (Ctrl+N/O/S and F11 are menu accelerators.) Keys typed into a text field or an open list stay there.
 */
final class KeyBindings {
    static final String HELP = """
            Space        play / pause
            →            train one epoch
            R            reset the network
            P            probe mode on / off
            F11          presentation mode
            Esc          leave presentation mode
            Ctrl+N       new experiment
            Ctrl+O       open an experiment
            Ctrl+V       open the link on the clipboard (nnplay: or TensorFlow Playground)
            Ctrl+S       save (Ctrl+Shift+S: save as)
            Ctrl+Q       quit""";

    private KeyBindings() {}

    static void install(Scene scene, PlaygroundModel model, PointTool tool, Presentation presentation) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || typing(scene.getFocusOwner())) return;
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> model.togglePlay();
                case RIGHT -> model.stepEpoch();
                case R -> model.reset();
                case F11 -> presentation.toggle();
                case P -> tool.modeProperty().set(tool.mode() == PointTool.Mode.PROBE ? PointTool.Mode.NONE : PointTool.Mode.PROBE);
                case ESCAPE -> {
                    handled = presentation.isActive();
                    presentation.activeProperty().set(false);
                }
                default -> handled = false;
            }
            if (handled) e.consume();
        });
    }

    private static boolean typing(Node focus) {
        if (focus instanceof TextInputControl t) return t.isEditable();
        return focus instanceof ComboBoxBase<?> c && c.isShowing();
    }

    static KeyCode[] keys() { return new KeyCode[]{KeyCode.SPACE, KeyCode.RIGHT, KeyCode.R, KeyCode.P}; }
}
