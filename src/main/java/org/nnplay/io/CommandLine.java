package org.nnplay.io;

import java.util.ArrayList;
import java.util.List;

/** What every command's flags share: {@code --flag=value} means {@code --flag value}. */
public final class CommandLine {
    private CommandLine() {}

    /** The arguments with each {@code --name=value} split at its first '=' into {@code --name} and {@code value}. */
    public static String[] splitEquals(String[] args) {
        List<String> out = new ArrayList<>(args.length + 4);
        for (String a : args) {
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                out.add(a.substring(0, eq));
                out.add(a.substring(eq + 1));
            } else {
                out.add(a);
            }
        }
        return out.toArray(String[]::new);
    }
}
