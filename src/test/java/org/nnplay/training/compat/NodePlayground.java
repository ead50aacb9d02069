package org.nnplay.training.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Node with the {@code seedrandom} package (2.4.4, installed from the npm registry into {@code target/}, never
 * vendored) and our JavaScript rendering of TensorFlow Playground's run ({@code playground-run.js}), for the
 * cross-check tests. {@link #missing()} says why they cannot run here (no node, no npm, the install failed).
 */
final class NodePlayground {
    static final String SEEDRANDOM = "seedrandom@2.4.4";
    private static final Path PREFIX = Path.of("target", "node-seedrandom");
    private static String missing;
    private static boolean ready;

    private NodePlayground() {}

    /** Null when node and seedrandom are ready; else the note for the skipped tests. */
    static synchronized String missing() {
        if (!ready && missing == null) {
            missing = prepare();
            ready = missing == null;
        }
        return missing;
    }

    private static String prepare() {
        if (!runs("node", "--version")) {
            return "node is not installed, so the TensorFlow Playground cross-checks are skipped (install Node.js to run them)";
        }
        if (Files.isRegularFile(module().resolve("seedrandom.js"))) {
            return null;
        }
        if (!runs("npm", "--version")) {
            return "npm is not installed, so seedrandom cannot be fetched and the cross-checks are skipped";
        }
        try {
            Files.createDirectories(PREFIX);
        } catch (IOException e) {
            return "cannot create " + PREFIX + ": " + e.getMessage();
        }
        if (!runs("npm", "install", "--prefix", PREFIX.toString(), "--no-audit", "--no-fund", "--no-save", "--silent",
                SEEDRANDOM) || !Files.isRegularFile(module().resolve("seedrandom.js"))) {
            return "npm could not install " + SEEDRANDOM + " (no registry?), so the cross-checks are skipped";
        }
        return null;
    }

    private static Path module() {
        return PREFIX.resolve("node_modules").resolve("seedrandom").toAbsolutePath();
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs the script on a JSON request and returns its JSON answer. */
    static String run(String request) throws Exception {
        Path script = Path.of(NodePlayground.class.getResource("playground-run.js").toURI());
        Process p = new ProcessBuilder("node", script.toString(), module().toString()).start();
        try (var in = p.getOutputStream()) {
            in.write(request.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("node failed: " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
