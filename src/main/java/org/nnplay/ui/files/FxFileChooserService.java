package org.nnplay.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The native file dialogs, starting in the folder used last. */
public final class FxFileChooserService implements FileChooserService {
    private File lastFolder;

    @Override public Optional<Path> open(Window owner, String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        return remember(chooser.showOpenDialog(owner), kind, false);
    }

    @Override public Optional<Path> save(Window owner, String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(kind.withExtension(suggestedName));
        return remember(chooser.showSaveDialog(owner), kind, true);
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = kind.extensions().stream().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                kind.description() + " (" + String.join(", ", patterns) + ")", patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return chooser;
    }

    private Optional<Path> remember(File chosen, FileKind kind, boolean saving) {
        if (chosen == null) return Optional.empty();
        lastFolder = chosen.getParentFile();
        Path p = chosen.toPath();
        if (saving && !Files.exists(p)) p = p.resolveSibling(kind.withExtension(p.getFileName().toString()));
        return Optional.of(p);
    }
}
