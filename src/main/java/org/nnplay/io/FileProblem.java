package org.nnplay.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read or written, with the reason in words: {@code lesson.json: no such file},
 * {@code out/: is a folder}, {@code /dev/full: is not a regular file (a device, a pipe or a socket)}. The message
 * names the file the user gave, never a temporary file.
 */
public final class FileProblem extends IOException {
    private final String file;
    private final String reason;

    public FileProblem(Path file, String reason) {
        this(String.valueOf(file), reason, null);
    }

    public FileProblem(String file, String reason, Throwable cause) {
        super(SafeText.escape(file) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file as the user named it. */
    public String file() { return file; }

    /** Why, in words, without the file's name. */
    public String reason() { return reason; }
}
