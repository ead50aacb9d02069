package org.nnplay;

import org.nnplay.cli.Command;
import org.nnplay.cli.Commands;
import org.nnplay.cli.Version;
import org.nnplay.io.CommandLine;
import org.nnplay.io.SafeText;
import org.nnplay.ui.playground.StartOptions;
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

    /** Flags the window understands at start-up (e.g. "--open", "--play"); added here as they are implemented. */
    static final Set<String> APP_FLAGS = StartOptions.FLAGS;

    /** Whether the window's {@code --open} takes links as well as files (it does: nnplay: and playground links). */
    static final boolean OPEN_TAKES_LINKS = true;

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
        if (!first.startsWith("-") && Commands.find(first).isEmpty()) {
            // An experiment file or link given first, as a file manager passes it: the window opens it (--open).
            Optional<List<String>> fileArgs;
            try {
                fileArgs = FileArgument.windowArgs(List.of(args), OPEN_TAKES_LINKS);
            } catch (IllegalArgumentException e) {
                err.println("nnplay: " + SafeText.escape(e.getMessage()));
                return USAGE;
            }
            if (fileArgs.isPresent()) {
                args = fileArgs.get().toArray(String[]::new);
                first = args[0];
            }
        }

        if (first.startsWith("-")) {
            StartOptions options;
            try {
                options = StartOptions.parse(List.of(args));
            } catch (IllegalArgumentException e) {
                return badUsage(err, e.getMessage());
            }
            String problem = WindowCheck.problem(options);
            if (problem != null) {
                err.println("nnplay: " + SafeText.escape(problem));
                return USAGE;
            }
            String noDisplay = WindowCheck.noDisplay();
            if (noDisplay != null) {
                err.println("nnplay: " + noDisplay);
                return FAILED;
            }
            return openWindow(args);
        }
        Optional<Command> command = Commands.find(first);
        if (command.isEmpty()) return badUsage(err, "unknown command '" + SafeText.shown(first, 60) + "'");
        String[] rest = CommandLine.splitEquals(Arrays.copyOfRange(args, 1, args.length));
        return command.get().run(rest, out, err);
    }

    private static int openWindow(String[] args) {
        String noDisplay = WindowCheck.noDisplay();
        if (noDisplay != null) throw new IllegalStateException(noDisplay);
        org.nnplay.ui.NNPlayApp.launchAndWait(args);
        return OK;
    }

    private static int badUsage(PrintStream err, String problem) {
        err.println("nnplay: " + SafeText.escape(problem));
        err.print(usage());
        return USAGE;
    }

    /** The usage text, listing every command of {@link Commands}. */
    public static String usage() {
        List<Command> commands = Commands.all();
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: nnplay [window options]   open the playground window\n");
        sb.append("       nnplay FILE.nnplay        open an experiment in the window (window options may follow)\n");
        sb.append("       nnplay <command> [options]\n");
        sb.append("       nnplay --help | --version\n");
        sb.append("\nCommands:\n");
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (Command c : commands) {
            sb.append("  ").append(c.name()).append(" ".repeat(width - c.name().length() + 3)).append(c.summary()).append('\n');
        }
        sb.append("\nWindow options:\n");
        for (String line : StartOptions.usage()) sb.append("  ").append(line).append('\n');
        sb.append("\nOptions:\n");
        sb.append("  -h, --help       show this help and exit\n");
        sb.append("  -V, --version    show the version and exit\n");
        return sb.toString();
    }

    /**
     * A one-line, human message for an exception: its own message (controls shown escaped), else a plain sentence;
     * never the name of a class.
     */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (t instanceof java.io.IOException io && !(t instanceof org.nnplay.io.FileProblem)
                && !(t instanceof org.nnplay.experiment.ExperimentFormatException)) {
            msg = org.nnplay.io.SafeFiles.reason(io);
        }
        if (msg == null || msg.isBlank()) {
            return "an unexpected error stopped NNPlay (please report it, with what you did)";
        }
        return SafeText.escape(msg.lines().findFirst().orElse(msg).strip());
    }
}
