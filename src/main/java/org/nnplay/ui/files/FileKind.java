package org.nnplay.ui.files;

import java.util.List;
import java.util.Locale;

/** What a file chooser is asked for: its filter's description and extensions, the one to save with first. */
public enum FileKind {
    /** Saved as .nnplay (JSON inside, opened by NNPlay from the file manager); .json files open as well. */
    EXPERIMENT("NNPlay experiment", "nnplay", "json"),
    PNG("PNG image", "png"),
    CSV("CSV table", "csv"),
    PYTHON("Python script", "py");

    private final String description;
    private final List<String> extensions;

    FileKind(String description, String... extensions) {
        this.description = description;
        this.extensions = List.of(extensions);
    }

    public String description() { return description; }

    /** The extension new files get. */
    public String extension() { return extensions.getFirst(); }

    /** Every extension this kind's files may have, the default first. */
    public List<String> extensions() { return extensions; }

    /** {@code name} with this kind's extension, added when it has none of its extensions. */
    public String withExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e)) ? name : name + "." + extension();
    }
}
