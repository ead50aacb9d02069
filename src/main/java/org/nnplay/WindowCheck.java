package org.nnplay;

import java.util.Locale;
import org.nnplay.cli.ExperimentFiles;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.ui.playground.StartOptions;

/**
 * What the launcher checks before it touches a display, beyond the flags themselves ({@link StartOptions#parse}
 * knows the lessons): that the experiment of {@code --open} can be read (through the commands' one way in,
 * {@link ExperimentFiles}; else exit 2 with the reason), and that there is a display to open the window on.
 */
final class WindowCheck {
    private WindowCheck() {}

    /** Why the window cannot start with these options (a file that cannot be read), or null. */
    static String problem(StartOptions options) {
        if (options.open() != null) {
            try {
                ExperimentFiles.read(options.open().toString());
            } catch (ExperimentFormatException e) {
                return "--open " + e.getMessage();
            }
        }
        return null;
    }

    /** Why there is no display to open a window on (Linux without DISPLAY or WAYLAND_DISPLAY), or null. */
    static String noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        boolean headlessToolkit = System.getProperty("glass.platform") != null;
        if (!linux || headlessToolkit || set("DISPLAY") || set("WAYLAND_DISPLAY")) {
            return null;
        }
        return "there is no display to open the window on (DISPLAY is not set); the commands run without one: "
                + "nnplay --help lists them";
    }

    private static boolean set(String variable) {
        String v = System.getenv(variable);
        return v != null && !v.isBlank();
    }
}
