package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.ui.Display;

/** {@code nnplay --print-layout} as a user runs it: a separate process, its standard output and exit status. */
class PrintLayoutProcessTest {
    @TempDir Path home;

    @BeforeAll
    static void display() { Display.require(); }

    private record Run(int exit, List<JsonNode> lines, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.nnplay.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(home.resolve("err.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the process ends by itself").isTrue();
        List<JsonNode> lines = new ArrayList<>();
        JsonMapper json = new JsonMapper();
        for (String line : out.lines().toList()) {
            if (line.startsWith("{")) lines.add(json.readTree(line));
        }
        return new Run(p.exitValue(), lines, java.nio.file.Files.readString(home.resolve("err.txt")));
    }

    @Test
    void printsEveryMainViewOnceLaidOutAndExits() throws Exception {
        Run r = run("--print-layout", "--view", "curves");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).extracting(n -> n.get("view").asText())
                .contains("boundary", "curves.loss", "curves.accuracy", "builder", "landscape", "dashboard");
        for (JsonNode n : r.lines()) {
            assertThat(n.fieldNames()).toIterable().containsExactly("view", "x", "y", "width", "height", "visible");
            boolean curves = n.get("view").asText().startsWith("curves.");
            assertThat(n.get("visible").asBoolean()).as(n.toString()).isEqualTo(curves);
        }
        JsonNode loss = r.lines().stream().filter(n -> n.get("view").asText().equals("curves.loss")).findFirst().orElseThrow();
        assertThat(loss.get("height").asDouble()).isGreaterThan(200);
    }

    @Test
    void anUnknownViewIsAUsageErrorThatListsTheViews() throws Exception {
        Run r = run("--print-layout", "--view", "plot");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("plot").contains("boundary, curves, landscape, builder");
        assertThat(r.lines()).isEmpty();
    }
}
