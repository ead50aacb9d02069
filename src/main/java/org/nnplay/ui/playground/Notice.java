package org.nnplay.ui.playground;

/** A short message for the user (shown as a notification): what happened, and how serious it is. */
public record Notice(Level level, String text) {
    public enum Level { INFO, WARNING, ERROR }

    public static Notice info(String text) { return new Notice(Level.INFO, text); }

    public static Notice warning(String text) { return new Notice(Level.WARNING, text); }

    public static Notice error(String text) { return new Notice(Level.ERROR, text); }
}
