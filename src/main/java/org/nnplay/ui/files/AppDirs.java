package org.nnplay.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the app keeps its own files: {@code ~/.nnplay} (autosave and its run, clean-exit marker, recent files), or the folder
 * named by the system property {@code nnplay.home} (tests use a temporary one).
 */
public record AppDirs(Path home) {
    public static AppDirs standard() {
        String override = System.getProperty("nnplay.home");
        return new AppDirs(override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".nnplay"));
    }

    public Path autosave() { return home.resolve("autosave.json"); }

    /** The run saved with the autosave (weights, optimizer state, epoch, history): {@code autosave.run}. */
    public Path autosaveRun() { return home.resolve("autosave.run"); }

    /** Present while a session runs; removed when the window closes normally. Left behind by a crash. */
    public Path sessionMarker() { return home.resolve("session.running"); }

    public Path recentFiles() { return home.resolve("recent.json"); }

    public Path ensure() throws IOException { return Files.createDirectories(home); }
}
