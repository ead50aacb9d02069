package org.nnplay.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file to open or to save to. The window uses {@link FxFileChooserService}; tests inject a fake
 * that answers with prepared paths, so no native dialog ever opens in a test.
 */
public interface FileChooserService {
    /** A file to open, or empty when the user cancelled. */
    Optional<Path> open(Window owner, String title, FileKind kind);

    /** A file to write, or empty when the user cancelled; {@code suggestedName} is the initial file name. */
    Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName);
}
