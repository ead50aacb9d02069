package org.nnplay.ui;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that open a real window. Without a display (a developer running the tests without X) they are skipped,
 * with the reason in the report; in CI (env CI=true) a missing display fails them instead, so they cannot be
 * skipped there by accident.
 */
public final class RequiresDisplay implements ExecutionCondition {
    @Override public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean("testfx.headless")) return ConditionEvaluationResult.enabled("headless Monocle toolkit");
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) return ConditionEvaluationResult.enabled("DISPLAY=" + display);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but DISPLAY is not set: the window tests must run in CI. "
                    + "Start Xvfb and export DISPLAY first, as .ci/run does.");
        }
        return ConditionEvaluationResult.disabled("No DISPLAY, so the JavaFX window tests are skipped. "
                + "To include them, run under a display, e.g. `xvfb-run -a mvn -B verify`.");
    }
}
