package org.nnplay;

import org.nnplay.cli.Command;
import org.nnplay.cli.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point. No arguments (or only app flags such as {@code --open}) opens the window; so does an experiment file
 * or link given first ({@code nnplay lesson.nnplay [flags]}, see {@link FileArgument}); a subcommand runs headless.
 * This is deliberately not the {@code Application} subclass, so that JavaFX can start from the plain classpath.
 */
public final class Launcher {
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    /** Headless subcommands. To add one, implement {@link Command} and add one line here. */
    static final List<Command> COMMANDS = org.nnplay.cli.Commands.all();

    /** Flags the window understands at start-up (e.g. "--open", "--play"); added here as they are implemented. */
    static final Set<String> APP_FLAGS = org.nnplay.ui.playground.StartOptions.FLAGS;

    /** Whether the window's {@code --open} takes links as well as files (issue #19 turns this on). */
    static final boolean OPEN_TAKES_LINKS = false;

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Launcher() {}

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.debug("Uncaught exception in {}", t.getName(), e);
            System.err.println("nnplay: " + message(e));
            Runtime.getRuntime().halt(FAILED);
        });
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Does what the command line asks and returns the exit code; never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (Exception | LinkageError e) {
            LOG.debug("Command failed", e);
            err.println("nnplay: " + message(e));
            return FAILED;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) return openWindow(args);
        String first = args[0];
        switch (first) {
            case "--help", "-h", "help" -> {
                out.print(usage());
                return OK;
            }
            case "--version", "-V", "version" -> {
                out.println("NNPlay " + Version.get());
                return OK;
            }
            default -> { }
        }
        if (!first.startsWith("-") && find(first).isEmpty()) {
            // An experiment file or link given first, as a file manager passes it: the window opens it (--open).
            Optional<List<String>> fileArgs;
            try {
                fileArgs = FileArgument.windowArgs(List.of(args), OPEN_TAKES_LINKS);
            } catch (IllegalArgumentException e) {
                err.println("nnplay: " + e.getMessage());
                return USAGE;
            }
            if (fileArgs.isPresent()) {
                args = fileArgs.get().toArray(String[]::new);
                first = args[0];
            }
        }

        if (first.startsWith("-")) {
            for (String a : args) {
                String flag = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (a.startsWith("--") && !APP_FLAGS.contains(flag)) return badUsage(err, "unknown option '" + a + "'");
            }
            if (!first.startsWith("--")) return badUsage(err, "unknown option '" + first + "'");
            try {
                org.nnplay.ui.playground.StartOptions.parse(Arrays.asList(args)); // usage errors before any window
            } catch (IllegalArgumentException e) {
                return badUsage(err, e.getMessage());
            }
            return openWindow(args);
        }
        Optional<Command> command = find(first);
        if (command.isEmpty()) return badUsage(err, "unknown command '" + first + "'");
        return command.get().run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    static Optional<Command> find(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static int openWindow(String[] args) {
        org.nnplay.ui.NNPlayApp.launchAndWait(args);
        return OK;
    }

    private static int badUsage(PrintStream err, String problem) {
        err.println("nnplay: " + problem);
        err.print(usage());
        return USAGE;
    }

    /** The usage text, listing every registered command. */
    public static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: nnplay                 open the playground window\n");
        sb.append("       nnplay FILE.nnplay     open an experiment in the window (window options may follow)\n");
        for (String flag : APP_FLAGS.stream().sorted().toList()) sb.append("       nnplay ").append(flag).append('\n');
        sb.append("       nnplay <command> [options]\n");
        sb.append("       nnplay --help | --version\n");
        sb.append("\nCommands:\n");
        if (COMMANDS.isEmpty()) sb.append("  (none yet)\n");
        int width = COMMANDS.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command c : COMMANDS) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 3)).append(c.summary()).append('\n');
        }
        sb.append("\nOptions:\n");
        sb.append("  -h, --help       show this help and exit\n");
        sb.append("  -V, --version    show the version and exit\n");
        return sb.toString();
    }

    /** A one-line, human message for an exception: its own message, else its kind in words. */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) msg = t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return msg.lines().findFirst().orElse(msg).strip();
    }
}
