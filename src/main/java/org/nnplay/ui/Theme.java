package org.nnplay.ui;

import javafx.scene.Scene;

import java.net.URL;
import java.util.Arrays;

/** The CSS themes, loaded from the classpath (/assets/css). The only place that puts a theme on a scene. */
public enum Theme {
    LIGHT("Light", "/assets/css/light.css"),
    DARK("Dark", "/assets/css/dark.css");

    private final String label;
    private final String resource;

    Theme(String label, String resource) {
        this.label = label;
        this.resource = resource;
    }

    public String label() { return label; }

    private static final String BASE = "/assets/css/base.css";

    /** The stylesheet's URL, as JavaFX wants it. */
    public String stylesheet() { return url(resource); }

    private static String url(String resource) {
        URL url = Theme.class.getResource(resource);
        if (url == null) throw new IllegalStateException("Theme file " + resource + " is missing from the build");
        return url.toExternalForm();
    }

    /** Replaces whichever theme the scene has with this one (after the shared base.css), keeping other stylesheets. */
    public void applyTo(Scene scene) {
        var sheets = scene.getStylesheets();
        Arrays.stream(values()).map(Theme::stylesheet).forEach(sheets::remove);
        sheets.remove(url(BASE));
        sheets.addAll(0, java.util.List.of(url(BASE), stylesheet()));
    }
}
