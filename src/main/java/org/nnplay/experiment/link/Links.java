package org.nnplay.experiment.link;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.LoadResult;

/**
 * Links that open an experiment wherever a file does: {@code nnplay:} links ({@link NnplayLink}) and TensorFlow
 * Playground links, full or just the {@code #…} part ({@link PlaygroundLink}). A link is untrusted input like a file:
 * its size is capped, it is read as data only, and what is wrong is reported as for a file.
 */
public final class Links {
    private Links() {}

    /** Whether {@code text} is a link rather than a file name. */
    public static boolean isLink(String text) {
        return text != null && (NnplayLink.looksLike(text) || PlaygroundLink.looksLike(text));
    }

    /**
     * Whether an argument that names a file or a link ({@code --open}, {@code --experiment}) is a link: it looks
     * like one and no file of that name exists (a file may be called {@code #1.json}).
     */
    public static boolean opensAsLink(String source) {
        if (!isLink(source)) {
            return false;
        }
        try {
            return !Files.exists(Path.of(source));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /** The experiment a link opens, with warnings about what it ignored. */
    public static LoadResult read(String link) throws ExperimentFormatException {
        return NnplayLink.looksLike(link) ? NnplayLink.read(link) : PlaygroundLink.read(link);
    }
}
