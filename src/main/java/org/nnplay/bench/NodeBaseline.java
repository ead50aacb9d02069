package org.nnplay.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs TensorFlow Playground's training algorithm (our JavaScript rendering of its nn.ts design, shipped in the jar)
 * under Node on this machine, so the benchmark's ratio is against a baseline measured side by side, not only
 * against a published figure. Absent Node, there is simply no side-by-side figure.
 */
final class NodeBaseline {
    private static final Pattern RATE = Pattern.compile("\"epochs_per_second\":([0-9.eE+-]+)");

    private NodeBaseline() {}

    /** Epochs per second of config a or b under Node, or empty when Node is missing or the run fails. */
    static OptionalDouble measure(String config, double seconds) {
        Path script = null;
        try (InputStream in = NodeBaseline.class.getResourceAsStream("/org/nnplay/bench/playground-baseline.mjs")) {
            if (in == null) {
                return OptionalDouble.empty();
            }
            script = Files.createTempFile("nnplay-baseline", ".mjs");
            Files.write(script, in.readAllBytes());
            Process p = new ProcessBuilder("node", script.toString(), config, String.valueOf(seconds))
                    .redirectErrorStream(true).start();
            if (!p.waitFor((long) (seconds * 3 + 30), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return OptionalDouble.empty();
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = RATE.matcher(text);
            return p.exitValue() == 0 && m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
        } catch (IOException e) {
            return OptionalDouble.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalDouble.empty();
        } finally {
            if (script != null) {
                try {
                    Files.deleteIfExists(script);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
