package org.nnplay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TensorFlow Playground's training under Node, as a {@link Contender}: our JavaScript rendering of the work of its
 * oneStep (nn.ts's per-neuron and per-link passes, the inputs computed per point from its feature table; the script
 * says exactly what it runs, and the bench prints that) runs in a Node process kept open for the whole config, one
 * round per request, in turns with NNPlay's rounds. {@link #grid()} is the same process drawing the playground's
 * 100×100 decision boundary (every neuron's output kept). Absent Node, there is no side-by-side figure.
 */
final class NodeBaseline implements Contender, AutoCloseable {
    private static final Pattern RATE = Pattern.compile("\"(?:epochs|grids)_per_second\":([0-9.eE+-]+)");
    private static final Pattern TEXT = Pattern.compile("\"(work|node)\":\"([^\"]*)\"");

    private final Process process;
    private final Path script;
    private final BufferedReader in;
    private final PrintWriter out;
    private final String work;

    private NodeBaseline(Process process, Path script, BufferedReader in, String hello) {
        this.process = process;
        this.script = script;
        this.in = in;
        this.out = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
        Matcher m = TEXT.matcher(hello);
        String w = "";
        String node = "";
        while (m.find()) {
            if (m.group(1).equals("work")) w = m.group(2);
            else node = m.group(2);
        }
        this.work = w + " (Node " + node + ")";
    }

    /** Config a or b under Node, counting seconds on {@code clock}; empty when Node is missing or does not start. */
    static Optional<NodeBaseline> start(String config, Clock clock) {
        Path script = null;
        try (InputStream res = NodeBaseline.class.getResourceAsStream("/org/nnplay/bench/playground-baseline.mjs")) {
            if (res == null) {
                return Optional.empty();
            }
            script = Files.createTempFile("nnplay-baseline", ".mjs");
            Files.write(script, res.readAllBytes());
            Process p = new ProcessBuilder("node", script.toString(), config, "serve", clock.key)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader in = p.inputReader(StandardCharsets.UTF_8);
            String hello = in.readLine();
            if (hello == null || !hello.contains("\"ready\":true")) {
                p.destroyForcibly();
                delete(script);
                return Optional.empty();
            }
            return Optional.of(new NodeBaseline(p, script, in, hello));
        } catch (IOException e) {
            delete(script);
            return Optional.empty();
        }
    }

    /** What the script runs per epoch, in its own words, and the Node version. */
    String work() { return work; }

    @Override
    public double round(double seconds) { return request("round", seconds); }

    /** The playground's 100×100 decision-boundary pass on this config's network, grids per second. */
    Contender grid() { return seconds -> request("grid", seconds); }

    private double request(String command, double seconds) {
        out.println(command + " " + seconds);
        try {
            String line = in.readLine();
            Matcher m = line == null ? null : RATE.matcher(line);
            return m != null && m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        out.println("quit");
        process.destroy();
        delete(script);
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
