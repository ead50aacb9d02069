package org.nnplay.ui.files;

/** What a file chooser is asked for: its filter's description and extension. */
public enum FileKind {
    EXPERIMENT("NNPlay experiment", "json"),
    PNG("PNG image", "png"),
    CSV("CSV table", "csv"),
    PYTHON("Python script", "py");

    private final String description;
    private final String extension;

    FileKind(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() { return description; }

    public String extension() { return extension; }

    /** {@code name} with this kind's extension, added when it has none. */
    public String withExtension(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? name : name + "." + extension;
    }
}
