package org.nnplay.ui;

import org.junit.jupiter.api.Assumptions;

/**
 * Window tests need an X display (Xvfb in CI). Without one a developer's run skips them with the reason; in CI
 * (CI=true) a missing display is a failure, so the end-to-end tests can never be skipped silently there.
 */
public final class Display {
    private Display() {}

    public static void require() {
        boolean present = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but DISPLAY is not set: .ci/run must start Xvfb before the tests");
        }
        Assumptions.assumeTrue(present, "no DISPLAY: window tests skipped (run them under Xvfb, see README)");
    }
}
