package org.nnplay.io;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saving a file without replacing what should not be replaced, shared by {@code --out}, the window's Save, exports
 * and the autosave:
 * <ul>
 *   <li>a symbolic link is followed, so the file it points to is written and the link stays a link;</li>
 *   <li>the new content goes to a temporary file beside that real target and then replaces it in one atomic rename,
 *       so a crash or a full disk leaves the old file whole;</li>
 *   <li>an existing file keeps its permissions (and group, where allowed); a new one gets the user's default (the
 *       umask), as any program's new file would;</li>
 *   <li>folders, devices, pipes and sockets are refused, and {@link #check} says so before any work is done.</li>
 * </ul>
 * Every failure is a {@link FileProblem} naming the user's file and the reason in words; a temporary file's name
 * never reaches a message. Where the folder cannot be written but the file can, the file is rewritten in place.
 */
public final class SafeFiles {
    private static final int MAX_LINKS = 40;

    /** What goes into a file being saved. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Text that goes into a file being saved (UTF-8). */
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    private SafeFiles() {}

    /**
     * Checks, before any work, that {@code target} can be saved to; returns the real file that will be written (links
     * followed). Refuses a folder, a device, a pipe or a socket, a missing folder and a file or folder without write
     * permission.
     */
    public static Path check(Path target) throws FileProblem {
        return plan(target).file;
    }

    /** Saves {@code body} to {@code target} as described above. */
    public static void save(Path target, Body body) throws FileProblem {
        Plan plan = plan(target);
        try {
            if (plan.inPlace) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plan.file,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))) {
                    body.write(out);
                }
            } else {
                replace(plan.file, body);
            }
        } catch (FileProblem e) {
            throw new FileProblem(target.toString(), e.reason(), e);
        } catch (IOException e) {
            throw problem(target, e);
        }
    }

    /** Saves text (UTF-8). */
    public static void saveText(Path target, TextBody body) throws FileProblem {
        save(target, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
    }

    public static void saveString(Path target, String text) throws FileProblem {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        save(target, out -> out.write(bytes));
    }

    /** A failure on {@code file} as a {@link FileProblem} with the reason in words. */
    public static FileProblem problem(Path file, IOException e) {
        if (e instanceof FileProblem p && p.file().equals(String.valueOf(file))) {
            return p;
        }
        return new FileProblem(String.valueOf(file), reason(e), e);
    }

    /**
     * The reason of an I/O failure in words: "no such file or folder", "permission denied", "is a folder", "not
     * UTF-8 text", or the system's own reason ("no space left on device"); never a class name or a file name.
     */
    public static String reason(IOException e) {
        if (e instanceof FileProblem p) return p.reason();
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "a part of the path is not a folder";
        if (e instanceof FileSystemLoopException) return "too many levels of symbolic links";
        if (e instanceof CharacterCodingException) return "the file is not UTF-8 text";
        String why = null;
        if (e instanceof FileSystemException f) {
            why = f.getReason();
        } else if (e instanceof FileNotFoundException && e.getMessage() != null) {
            String m = e.getMessage(); // "name (Reason)"
            int open = m.lastIndexOf('(');
            why = open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : null;
        }
        if (why == null && e.getClass() == IOException.class) why = e.getMessage(); // our own words
        if (why == null || why.isBlank()) return "it could not be read or written";
        why = why.strip();
        if (why.equalsIgnoreCase("Is a directory")) return "is a folder";
        if (why.equalsIgnoreCase("Not a directory")) return "a part of the path is not a folder";
        return SafeText.escape(why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1));
    }

    /** Where and how a save will write. */
    private record Plan(Path file, boolean inPlace) {}

    private static Plan plan(Path target) throws FileProblem {
        Path file = target.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(file); hops++) {
                if (hops == MAX_LINKS) throw new FileProblem(target, "too many levels of symbolic links");
                Path parent = file.getParent();
                Path link = Files.readSymbolicLink(file);
                file = parent == null ? link : parent.resolve(link);
            }
        } catch (IOException e) {
            throw problem(target, e);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) throw new FileProblem(target, "is a folder");
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileProblem(target, "is not a regular file (a device, a pipe or a socket): choose a file");
            }
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new FileProblem(target, "no such folder: " + SafeText.escape(String.valueOf(folder)));
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isWritable(file)) throw new FileProblem(target, "permission denied");
        if (!Files.isWritable(folder)) {
            if (exists) return new Plan(file, true);
            throw new FileProblem(target, "permission denied: no new files can be made in "
                    + SafeText.escape(folder.toString()));
        }
        return new Plan(file, false);
    }

    private static void replace(Path file, Body body) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                body.write(out);
                out.flush();
                channel.force(true);
            }
            keepAttributes(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The existing file's permissions, group and (for the super-user) owner go to its replacement. */
    private static void keepAttributes(Path file, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributes old = view.readAttributes();
        PosixFileAttributeView next = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        next.setPermissions(old.permissions());
        try {
            next.setGroup(old.group());
            next.setOwner(old.owner());
        } catch (IOException | SecurityException notAllowed) {
            // only the super-user may give a file away; a user keeps a file they own under their own name
        }
    }
}
