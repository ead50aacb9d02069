package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.check.GradCheck;

class GradCheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GradCheckCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() { return out.toString(StandardCharsets.UTF_8).lines().toList(); }

    @Test
    void tablePrintsAHeaderOneAlignedRowPerCheckAndASummary() {
        assertThat(run("--no-samediff")).isZero();
        List<String> lines = lines();
        int checks = GradCheck.all().size();
        assertThat(lines).hasSize(checks + 2);
        assertThat(lines.get(0)).startsWith("name").contains("fd max rel", "samediff max rel", "result");
        int resultColumn = lines.get(0).indexOf("result");
        for (String row : lines.subList(1, checks + 1)) {
            assertThat(row.substring(resultColumn)).startsWith("pass");
            assertThat(row).contains("—");
        }
        assertThat(lines.get(checks + 1)).isEqualTo(checks + " passed, 0 failed");
    }

    @Test
    void jsonPrintsOneObjectPerCheckWithTheDocumentedKeysThenASummary() throws Exception {
        assertThat(run("--json")).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = lines();
        assertThat(lines).hasSize(GradCheck.all().size() + 1);
        JsonNode matmul = mapper.readTree(lines.get(0));
        assertThat(matmul.get("name").asText()).isEqualTo("matmul");
        assertThat(matmul.get("category").asText()).isEqualTo("op");
        assertThat(matmul.get("fd_max_rel_error").asDouble()).isLessThan(1e-6);
        assertThat(matmul.get("samediff_max_rel_error").asDouble()).isLessThan(1e-9);
        assertThat(matmul.get("passed").asBoolean()).isTrue();
        JsonNode gelu = lines.stream().map(l -> read(mapper, l)).filter(n -> "gelu".equals(n.path("name").asText()))
                .findFirst().orElseThrow();
        assertThat(gelu.get("samediff_max_rel_error").isNull()).isTrue();
        JsonNode summary = mapper.readTree(lines.get(lines.size() - 1));
        assertThat(summary.get("passed").asInt()).isEqualTo(GradCheck.all().size());
        assertThat(summary.get("failed").asInt()).isZero();
    }

    @Test
    void unknownFlagsPrintUsageAndExitWith2() {
        assertThat(run("--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--fast'", "usage: gradcheck");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void helpPrintsUsageAndExitsWith0() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: gradcheck");
    }

    private static JsonNode read(ObjectMapper mapper, String line) {
        try {
            return mapper.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
