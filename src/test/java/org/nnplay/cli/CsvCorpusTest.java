package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.CsvTable;
import org.nnplay.data.DataFormatException;
import org.nnplay.data.ImportOptions;
import org.nnplay.data.Scaling;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LossProblem;
import org.nnplay.training.CsvData;
import org.nnplay.training.ExperimentMapping;

/**
 * The data files of {@code src/test/resources/csv-corpus}, each with its expected outcome in {@code cases.json}
 * (classes, names, problem, loss, warnings, or exit 2 with line and column), read through the command line
 * ({@code train --data}) and through the window's import model (CsvImporter → CsvTable → CsvData, no JavaFX).
 */
class CsvCorpusTest {
    @TempDir Path dir;

    /** One case of cases.json. */
    record Case(JsonNode json) {
        String file() { return json.get("file").asText(); }

        List<String> args() {
            List<String> a = new ArrayList<>();
            if (json.has("args")) json.get("args").forEach(n -> a.add(n.asText()));
            return a;
        }

        boolean fails() { return json.has("exit"); }

        String arg(String flag) {
            List<String> a = args();
            int i = a.indexOf(flag);
            return i < 0 ? null : a.get(i + 1);
        }

        @Override public String toString() { return file() + " " + String.join(" ", args()); }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(CsvCorpusTest.class.getResource("/csv-corpus/cases.json").toURI()).getParent();
    }

    static Stream<Case> cases() throws Exception {
        JsonNode all = new ObjectMapper().readTree(corpus().resolve("cases.json").toFile());
        List<Case> list = new ArrayList<>();
        all.forEach(n -> list.add(new Case(n)));
        return list.stream();
    }

    @Test
    void theCorpusHasTheIssuesCasesAndThirtyMore() throws Exception {
        assertThat(cases().map(Case::file).distinct().count()).isGreaterThanOrEqualTo(35);
        assertThat(cases().filter(Case::fails).count()).isGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheCommandLine(Case c) throws Exception {
        Path saved = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of("--data", corpus().resolve(c.file()).toString()));
        args.addAll(c.args());
        args.addAll(List.of("--epochs", "0", "--out", saved.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new TrainCommand().run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        if (c.fails()) {
            assertThat(code).as(said).isEqualTo(2);
            assertThat(said).contains(c.json().get("message").asText());
            if (c.json().has("line")) assertThat(said).contains("nnplay train: " + place(c));
            assertThat(said).doesNotContain("Exception").doesNotContain("jackson");
            return;
        }
        assertThat(code).as(said).isZero();
        assertThat(said).contains("Imported ");
        if (c.json().has("warning")) assertThat(said).contains(c.file() + ": " + c.json().get("warning").asText());
        else assertThat(said).doesNotContain("warning");
        check(c, new ExperimentIO().read(saved).experiment());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheWindowsImportModel(Case c) throws Exception {
        Path file = corpus().resolve(c.file());
        ImportOptions options = new ImportOptions(null, null, c.arg("--label"), c.args().contains("--strict"), null);
        if (c.arg("--columns") != null) {
            String[] xs = c.arg("--columns").split(",");
            options = options.withColumns(xs[0], xs[1]);
        }
        ImportOptions chosen = options;
        String loss = c.arg("--loss");
        Throwable t = catchThrowable(() -> {
            CsvTable table = new CsvImporter().scan(file);
            CsvData.Result r = CsvData.apply(Experiment.defaults(), table.select(chosen), c.file());
            Experiment e = loss == null ? r.experiment() : r.experiment().withLossChosen(LossKind.fromKey(loss));
            if (!c.fails()) {
                check(c, e);
                if (c.json().has("warning")) assertThat(r.warnings()).containsExactly(c.json().get("warning").asText());
                else assertThat(r.warnings()).isEmpty();
                assertThat(r.summary(c.file(), LossKind::key)).startsWith("Imported " + e.data().csvPoints().size());
            }
        });
        if (!c.fails()) {
            if (t != null) throw new AssertionError(t);
            return;
        }
        assertThat(t).isNotNull();
        // the window has no flags: a flag's message is the experiment's, without the flag's name
        assertThat(t.getMessage()).contains(c.json().get("message").asText().replaceFirst("^--\\S+ ", ""));
        if (c.json().has("line")) {
            assertThat(t).isInstanceOf(DataFormatException.class);
            DataFormatException d = (DataFormatException) t;
            assertThat(d.line()).isEqualTo(c.json().get("line").asInt());
            if (c.json().has("column")) assertThat(d.column()).isEqualTo(c.json().get("column").asInt());
        }
    }

    /** "file:line:column:", "file:line:" or "file:" as messages write a place. */
    private static String place(Case c) {
        int line = c.json().get("line").asInt();
        int column = c.json().has("column") ? c.json().get("column").asInt() : -1;
        if (column < 0) return c.file() + ":" + line + ":";
        return c.file() + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ";
    }

    private static void check(Case c, Experiment e) {
        JsonNode j = c.json();
        assertThat(e.data().fromCsv()).isTrue();
        if (j.has("problem")) assertThat(e.data().problem().key()).isEqualTo(j.get("problem").asText());
        if (j.has("classes")) {
            assertThat(e.data().problem().key()).isEqualTo("classification");
            assertThat(e.data().classes()).isEqualTo(j.get("classes").asInt());
        }
        if (j.has("classNames")) {
            List<String> names = new ArrayList<>();
            j.get("classNames").forEach(n -> names.add(n.asText()));
            assertThat(e.data().names().classes()).containsExactlyElementsOf(names);
        }
        if (j.has("x1")) assertThat(e.data().names().x1()).isEqualTo(j.get("x1").asText());
        if (j.has("x2")) assertThat(e.data().names().x2()).isEqualTo(j.get("x2").asText());
        if (j.has("label")) assertThat(e.data().names().label()).isEqualTo(j.get("label").asText());
        if (j.has("loss")) assertThat(e.training().loss().key()).isEqualTo(j.get("loss").asText());
        if (j.has("points")) assertThat(e.data().csvPoints()).hasSize(j.get("points").asInt());
        if (j.has("chosen")) {
            assertThat(e.training().chosenLosses().of(LossProblem.of(e.data())).key()).isEqualTo(j.get("chosen").asText());
        }
        Scaling s = ExperimentMapping.dataSet(e).scaling();
        if (j.has("scaled")) assertThat(!s.inputsUnchanged()).isEqualTo(j.get("scaled").asBoolean());
        if (j.has("scaledTarget")) assertThat(!s.y().isIdentity()).isEqualTo(j.get("scaledTarget").asBoolean());
    }
}
