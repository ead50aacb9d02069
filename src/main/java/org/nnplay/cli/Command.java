package org.nnplay.cli;

import java.io.PrintStream;

/**
 * One headless subcommand, e.g. {@code nnplay train ...}: a class in this package, listed in {@link Commands}.
 * It reads its arguments, prints its usage, its results and its errors, and returns the exit status; the
 * computation itself lives in the layer below ({@code training}, {@code bench}, {@code engine.check}).
 *
 * <p>Exit codes: 0 success, 1 failure at run time, 2 bad usage or input (unknown flag, missing value, a file that
 * cannot be read), 3 training diverged ({@code train}; every trial or variant, {@code search} and {@code compare}).
 * A command may throw:
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
