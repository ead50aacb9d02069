package org.nnplay.ui;

import org.junit.jupiter.api.Assumptions;

/** {@link RequiresDisplay}'s rule for tests that check it themselves (e.g. in a {@code @BeforeAll}). */
public final class Display {
    private Display() {}

    public static void require() {
        String missing = RequiresDisplay.missingDisplay();
        Assumptions.assumeTrue(missing == null, missing);
    }
}
