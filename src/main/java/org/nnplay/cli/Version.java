package org.nnplay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version: from the jar manifest when running from the jar, else from the build's resource. */
public final class Version {
    private Version() {}

    public static String get() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) return fromManifest;
        try (InputStream in = Version.class.getResourceAsStream("/org/nnplay/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) return v;
            }
        } catch (IOException ignored) {
            // fall through to "unknown"
        }
        return "unknown";
    }
}
