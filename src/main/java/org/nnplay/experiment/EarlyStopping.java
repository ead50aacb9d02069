package org.nnplay.experiment;

/**
 * Stop when the test (validation) loss has not improved for {@code patience} epochs, and go back to the weights of
 * the best epoch.
 */
public record EarlyStopping(boolean enabled, int patience) {
    public static final Range PATIENCE = Range.closed(1, 1_000_000_000);

    public static final EarlyStopping DEFAULTS = new EarlyStopping(false, 50);

    public EarlyStopping {
        PATIENCE.check("patience", patience);
    }

    public EarlyStopping withEnabled(boolean v) { return new EarlyStopping(v, patience); }

    public EarlyStopping withPatience(int v) { return new EarlyStopping(enabled, v); }
}
