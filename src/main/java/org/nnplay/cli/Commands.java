package org.nnplay.cli;

import java.util.List;
import java.util.Optional;

/**
 * The registry of headless commands, in the order {@code nnplay --help} lists them. A new command is a class in this
 * package implementing {@link Command}, and one more entry here.
 */
public final class Commands {
    private static final List<Command> ALL = List.of(new TrainCommand(), new BenchCommand(), new GradCheckCommand(),
            new LandscapeCommand(), new SearchCommand(), new ExportCommand(), new LessonsCommand(),
            new CompareCommand());

    private Commands() {}

    public static List<Command> all() { return ALL; }

    /** The command typed as {@code name}, if there is one. */
    public static Optional<Command> find(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
