package org.nnplay.cli;

import java.io.PrintStream;

/**
 * One headless subcommand, e.g. {@code nnplay train ...}. Register it with one line in
 * {@link org.nnplay.Launcher#COMMANDS}.
 *
 * <p>Exit codes: 0 success, 1 failure at run time, 2 bad usage (unknown flag, missing value). A command may throw:
 * the launcher prints the message as one line ({@code nnplay: <message>}) and exits 1; users never see a stack trace.
 */
public interface Command {
    /** The word typed after {@code nnplay}, e.g. {@code "train"}. */
    String name();

    /** One line for the usage text. */
    String summary();

    /** Runs with the arguments after the command's name; returns the exit code. Never calls System.exit. */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
