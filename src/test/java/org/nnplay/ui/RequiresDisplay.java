package org.nnplay.ui;

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
        if (display != null && !display.isBlank()) return null;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but DISPLAY is not set: the window tests must run in CI. "
                    + "Start Xvfb and export DISPLAY first, as .ci/run does.");
        }
        return "No DISPLAY, so the JavaFX window tests are skipped. "
                + "To include them, run under a display, e.g. `xvfb-run -a mvn -B verify`.";
    }
}
