package org.nnplay.ui.files;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nnplay.io.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The most recently opened or saved experiments, newest first, kept in a small JSON file ({@code ["/a.json", ...]}).
 * A file that cannot be read starts an empty list; one that cannot be written is logged, never shown as an error.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);
    private static final JsonMapper JSON = new JsonMapper();

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(read(store));
    }

    /** Newest first; read-only. */
    public ObservableList<Path> files() { return view; }

    /** Moves {@code file} to the top (adding it), keeps at most {@link #MAX}, and writes the list. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.addFirst(p);
        while (next.size() > MAX) next.removeLast();
        files.setAll(next);
        write();
    }

    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) write();
    }

    private static List<Path> read(Path store) {
        if (!Files.isRegularFile(store)) return List.of();
        try {
            String[] names = JSON.readValue(store.toFile(), String[].class);
            List<Path> out = new ArrayList<>();
            for (String n : names) if (n != null && !n.isBlank() && out.size() < MAX) out.add(Path.of(n));
            return out;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Recent files list {} unreadable, starting empty: {}", store, e.getMessage());
            return List.of();
        }
    }

    private void write() {
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(files.stream().map(Path::toString).toList());
            SafeFiles.save(store, out -> out.write(json));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write the recent files list {}: {}", store, e.getMessage());
        }
    }
}
