package org.nnplay;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The experiment that may stand first on the command line, {@code nnplay FILE [window flags]}, as a file manager, a
 * desktop entry ({@code %u}) or an installer's file association passes it: a path, a {@code file://} URL, or a link
 * ({@code nnplay:…} or {@code https://playground.tensorflow.org/#…}). It becomes the window's {@code --open} flag.
 */
final class FileArgument {
    private static final Pattern PLAYGROUND = Pattern.compile("(?i)https?://playground\\.tensorflow\\.org([/?#].*)?");

    private FileArgument() {}

    /** What a first argument names. */
    enum Kind { FILE, FILE_URL, LINK, NONE }

    static Kind kind(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        if (lower.startsWith("nnplay:") || PLAYGROUND.matcher(arg).matches()) return Kind.LINK;
        if (lower.startsWith("file:")) return Kind.FILE_URL;
        if (lower.endsWith(".nnplay") || lower.endsWith(".json")) return Kind.FILE;
        try {
            return Files.isRegularFile(Path.of(arg)) ? Kind.FILE : Kind.NONE;
        } catch (InvalidPathException e) {
            return Kind.NONE;
        }
    }

    /**
     * The window's arguments for {@code args} when the first one is a file or a link: it becomes {@code --open VALUE}
     * and the rest follow unchanged. Empty when the first argument is neither (the launcher then reports an unknown
     * command). Throws IllegalArgumentException with a one-line reason for a file URL that names no local file, a
     * second file given with {@code --open}, or a link while {@code openTakesLinks} is false.
     */
    static Optional<List<String>> windowArgs(List<String> args, boolean openTakesLinks) {
        if (args.isEmpty()) return Optional.empty();
        String first = args.getFirst();
        String value = switch (kind(first)) {
            case NONE -> null;
            case FILE -> first;
            case FILE_URL -> localPath(first);
            case LINK -> {
                if (!openTakesLinks) {
                    throw new IllegalArgumentException("opening links (nnplay:… or playground.tensorflow.org/#…) is not"
                            + " supported yet: save the experiment as an .nnplay file and open that");
                }
                yield first;
            }
        };
        if (value == null) return Optional.empty();
        List<String> rest = args.subList(1, args.size());
        if (rest.stream().anyMatch(a -> a.equals("--open") || a.startsWith("--open="))) {
            throw new IllegalArgumentException("give the experiment once: either first, or with --open");
        }
        List<String> window = new ArrayList<>(List.of("--open", value));
        window.addAll(rest);
        return Optional.of(window);
    }

    private static String localPath(String url) {
        try {
            return Path.of(URI.create(url)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IllegalArgumentException("'" + url + "' is not the address of a file on this computer");
        }
    }
}
