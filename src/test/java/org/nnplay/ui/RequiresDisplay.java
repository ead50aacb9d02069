package org.nnplay.ui;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that open a real window. Without a display (a developer running the tests without X) they are skipped,
 * with the reason in the report; in CI (env CI=true) a missing display fails them instead, so they cannot be
 * skipped there by accident. {@link Display#require()} applies the same rule from inside a test class.
 */
public final class RequiresDisplay implements ExecutionCondition {
    @Override public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missingDisplay();
        return missing == null ? ConditionEvaluationResult.enabled("display available")
                : ConditionEvaluationResult.disabled(missing);
    }

    /** Null when window tests can run; else why not. Throws when CI=true and there is no display. */
    static String missingDisplay() {
        if (Boolean.getBoolean("testfx.headless")) return null;
        String display = System.getenv("DISPLAY");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (display == null || display.isBlank()) {
            if (ci) {
                throw new IllegalStateException("CI=true but DISPLAY is not set: the window tests must run in CI. "
                        + "Start Xvfb and export DISPLAY first, as .ci/run does.");
            }
            return "No DISPLAY, so the JavaFX window tests are skipped. "
                    + "To include them, run under a display, e.g. `xvfb-run -a mvn -B verify`.";
        }
        if (answers(display)) return null;
        // a socket left by an X server that is gone: JavaFX would fail every window test, and some would hang
        String why = "DISPLAY=" + display + " but no X server answers there";
        if (ci) throw new IllegalStateException(why + ": the window tests must run in CI. Start Xvfb first.");
        return why + ", so the JavaFX window tests are skipped.";
    }

    private static volatile String answered;

    /** Whether a local display (":N" or ":N.S") accepts a connection on its socket; other forms are trusted. */
    static boolean answers(String display) {
        if (display.equals(answered)) return true;
        var m = Pattern.compile("(?:unix)?:(\\d+)(?:\\.\\d+)?").matcher(display);
        if (!m.matches()) return true; // host:N (e.g. ssh forwarding): nothing cheap to check here
        var socket = Path.of("/tmp/.X11-unix/X" + m.group(1));
        if (!Files.exists(socket)) return false;
        try (var channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            answered = display;
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
