package org.nnplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.data.CsvExporter;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.DataSet;
import org.nnplay.data.ImportedData;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.io.SafeText;
import org.nnplay.training.ExperimentMapping;
import org.nnplay.training.PyTorchScript;

/**
 * The corpus of hostile names ({@link HostileText}) through every export: the experiment file itself, the PyTorch
 * script (its statements are the template's, and Python reads the name back exactly), the data and predictions CSVs
 * (no formula a spreadsheet would run, one row per line), and the {@code export} command's outputs.
 */
class HostileNamesTest {
    @TempDir static Path dir;
    private static Experiment trained;

    @BeforeAll
    static void trainOnce() throws Exception {
        Path base = dir.resolve("base.json");
        new ExperimentIO().write(Experiment.defaults().withData(d -> d.withSamples(60)), base);
        Path out = dir.resolve("trained.json");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(Launcher.run(new String[] {"train", "--experiment", base.toString(), "--epochs", "3",
                "--out", out.toString()}, ps, ps)).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        trained = new ExperimentIO().read(out).experiment();
    }

    @Test
    void theExperimentFileKeepsEveryNameExactly() throws Exception {
        for (String name : HostileText.NAMES) {
            String json = new ExperimentIO().toJson(trained.withName(name));
            assertThat(new ExperimentIO().read(json, "x.json").experiment().name()).isEqualTo(name);
        }
    }

    @Test
    void thePyTorchScriptIsTheTemplateWhateverTheName() throws Exception {
        String template = PyTorchScript.of(trained.withName("Template"));
        List<String> templateShape = PythonShape.skeleton(template);
        List<String> scripts = new ArrayList<>();
        for (String name : HostileText.NAMES) {
            String script = PyTorchScript.of(trained.withName(name));
            assertThat(PythonShape.skeleton(script)).as(name).isEqualTo(templateShape);
            assertThat(script.lines().limit(2).toList()).as("fixed first lines: no coding declaration")
                    .isEqualTo(template.lines().limit(2).toList());
            assertThat(script.codePoints().filter(c -> c != '\n')).as("no control in the script")
                    .allMatch(c -> !SafeText.isControl(c));
            scripts.add(script);
        }
        Assumptions.assumeTrue(PythonShape.hasPython(), "python3 is not installed: the Java skeleton was compared");
        scripts.add(template);
        List<List<String>> parsed = PythonShape.parseAll(scripts);
        List<String> expected = parsed.getLast();
        assertThat(expected.getFirst()).isEqualTo("ok");
        for (int i = 0; i < HostileText.NAMES.size(); i++) {
            String name = HostileText.NAMES.get(i);
            assertThat(parsed.get(i).get(0)).as(name).isEqualTo("ok");
            assertThat(parsed.get(i).get(1)).as("statements of " + name).isEqualTo(expected.get(1));
            assertThat(parsed.get(i).get(2)).as("Python reads the name back").isEqualTo(name.replace('\ud800', '\ufffd'));
        }
    }

    @Test
    void csvTextCellsAreSafeInASpreadsheetAndReadBack() throws Exception {
        DataSet base = ExperimentMapping.dataSet(trained);
        for (String name : HostileText.NAMES) {
            DataSet named = new DataSet(name, base.type(), base.numClasses(), base.train(), base.test(), base.domain(),
                    name, "second " + name, base.classNames());
            StringWriter csv = new StringWriter();
            CsvExporter.writeData(named, csv);
            String text = csv.toString();
            assertThat(text.lines().count()).as(name).isEqualTo(base.size() + 1);
            assertThat(text.codePoints().filter(c -> c != '\n')).as(name).allMatch(c -> !SafeText.isControl(c));
            String cell = CsvExporter.cell(name);
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            boolean number = name.strip().matches("[+-]?\\d+(\\.\\d*)?");
            assertThat(number || "=+-@\t\r".indexOf(unquoted.stripLeading().charAt(0)) < 0).as(name + " → " + cell)
                    .isTrue();
            if (!number) { // a header of numbers reads as data: the importer's rule, not the export's
                ImportedData back;
                try {
                    back = new CsvImporter().read("back.csv",
                            new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), (org.nnplay.data.ProblemType) null);
                } catch (org.nnplay.data.DataFormatException e) {
                    throw new AssertionError(name + " → " + text.lines().findFirst().orElse("") + ": " + e.getMessage(), e);
                }
                assertThat(back.samples()).as(name).hasSize(base.size());
            }
        }
        assertThat(CsvExporter.cell("-1.5")).isEqualTo("-1.5");
        assertThat(CsvExporter.cell("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void theExportCommandWritesNothingThatRunsForAnyName() throws Exception {
        int i = 0;
        for (String name : HostileText.NAMES) {
            Path file = dir.resolve("named-" + i++ + ".json");
            new ExperimentIO().write(trained.withName(name), file);
            for (String format : List.of("pytorch", "data", "predictions")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Launcher.run(new String[] {"export", file.toString(), "--format=" + format},
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
                assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
                String text = out.toString(StandardCharsets.UTF_8);
                assertThat(text.codePoints().filter(c -> c != '\n')).as(format + " of " + name).allMatch(c -> !SafeText.isControl(c));
                if (format.equals("pytorch")) {
                    assertThat(PythonShape.skeleton(text)).isEqualTo(PythonShape.skeleton(PyTorchScript.of(trained)));
                } else {
                    assertThat(text.lines().count()).isEqualTo(61);
                }
            }
        }
        Path saved = dir.resolve("script.py");
        assertThat(Launcher.run(new String[] {"export", dir.resolve("named-0.json").toString(), "--format", "pytorch",
                "--out", saved.toString()}, System.out, System.err)).isZero();
        assertThat(Files.readString(saved)).isEqualTo(PyTorchScript.of(trained.withName(HostileText.NAMES.getFirst())));
    }

    @Test
    void aHostileFileNameIsShownEscapedInMessages() throws Exception {
        Path file = dir.resolve("evil\u001b[2J\nname.json");
        Files.writeString(file, "{\"format\": \"nnplay-experiment\", \"version\": 1, \"seed\": \"x\"}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"train", "--experiment", file.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(said).contains("\\u001B[2J\\nname.json").contains("seed");
        assertThat(said.strip().codePoints()).allMatch(c -> !SafeText.isControl(c) || c == '\n');
        assertThat(said.strip().lines()).hasSize(1);
    }
}
