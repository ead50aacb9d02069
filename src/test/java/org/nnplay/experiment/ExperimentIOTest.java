package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.data.DatasetKind;
import org.nnplay.engine.nn.LossKind;

class ExperimentIOTest {
    private final ExperimentIO io = new ExperimentIO();

    @TempDir
    Path dir;

    @Test
    void defaultsSurviveAWriteAndReadThroughAFile() throws Exception {
        Path file = dir.resolve("defaults.json");
        io.write(Experiment.defaults(), file);

        LoadResult loaded = io.read(file);

        assertThat(loaded.experiment()).isEqualTo(Experiment.defaults());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void anExperimentWithEverySettingChangedSurvivesAWriteAndRead() throws Exception {
        Experiment all = Fixtures.everythingChanged();
        Path file = dir.resolve("all.json");
        io.write(all, file);

        LoadResult loaded = io.read(file);

        assertThat(loaded.experiment()).isEqualTo(all);
        assertThat(loaded.warnings()).isEmpty();
        assertThat(io.toJson(loaded.experiment())).isEqualTo(Files.readString(file));
    }

    @Test
    void theFixtureReallyChangesEverySetting() throws Exception {
        Experiment all = Fixtures.everythingChanged();
        Experiment d = Experiment.defaults();
        List<String> same = new ArrayList<>();
        for (RecordComponent c : Experiment.class.getRecordComponents()) {
            Object a = c.getAccessor().invoke(all);
            Object b = c.getAccessor().invoke(d);
            if (a instanceof Record && b instanceof Record) {
                same.addAll(unchanged(c.getName(), (Record) a, (Record) b));
            } else if (c.getName().equals("compat")) {
                continue; // needs TensorFlow Playground's settings, which this fixture leaves: see CompatTest
            } else if (!c.getName().equals("version") && a.equals(b)) {
                same.add(c.getName());
            }
        }
        assertThat(same).isEmpty();
    }

    private static List<String> unchanged(String prefix, Record a, Record b) throws Exception {
        List<String> same = new ArrayList<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            Object va = c.getAccessor().invoke(a);
            if (va != null && va.equals(c.getAccessor().invoke(b))) {
                same.add(prefix + "." + c.getName());
            }
        }
        return same;
    }

    @Test
    void jsonUsesTheAgreedKeyNames() throws Exception {
        JsonNode json = new ObjectMapper().readTree(io.toJson(Fixtures.everythingChanged()));

        assertThat(names(json)).containsExactly("format", "version", "name", "seed", "data", "features", "network",
                "training", "view", "compare", "weights", "playground");
        assertThat(names(json.get("playground"))).containsExactly("seed", "keys");
        assertThat(json.get("format").asText()).isEqualTo("nnplay-experiment");
        assertThat(json.get("version").asInt()).isEqualTo(1);
        assertThat(names(json.get("data"))).containsExactly("dataset", "problem", "samples", "noise", "trainRatio",
                "classes", "handPoints", "csvPoints", "csvName", "names");
        assertThat(names(json.get("data").get("names"))).containsExactly("x1", "x2", "label", "classes");
        assertThat(names(json.get("data").get("handPoints").get(0))).containsExactly("x1", "x2", "y", "train");
        assertThat(names(json.get("data").get("csvPoints").get(0))).containsExactly("x1", "x2", "y");
        assertThat(names(json.get("features"))).containsExactly("inputs", "standardize");
        assertThat(names(json.get("network"))).containsExactly("hidden", "activation", "layerActivations",
                "leakySlope", "init", "initScale", "biasInit", "dropout", "batchNorm");
        assertThat(names(json.get("training"))).containsExactly("loss", "optimizer", "learningRate", "momentum",
                "beta1", "beta2", "epsilon", "rho", "weightDecay", "batchSize", "regularization",
                "regularizationRate", "l1Ratio", "schedule", "clipNorm", "maxEpochs", "targetLoss", "earlyStopping",
                "backend", "speed", "chosenLosses");
        assertThat(names(json.get("training").get("chosenLosses"))).containsExactly("binary", "multiclass",
                "regression");
        assertThat(names(json.get("training").get("schedule"))).containsExactly("kind", "stepSize", "gamma",
                "period", "warmupEpochs", "minLr");
        assertThat(names(json.get("training").get("earlyStopping"))).containsExactly("enabled", "patience");
        assertThat(names(json.get("view"))).containsExactly("gridResolution", "showTest", "discretize", "palette",
                "theme", "presentation", "hiddenControls", "curveScale", "stage", "barControls", "landscapeMode", "lesson");
        assertThat(names(json.get("compare"))).containsExactly("setting", "values");
        assertThat(names(json.get("weights"))).containsExactly("layers");
        assertThat(names(json.get("weights").get("layers").get(0))).containsExactly("w", "b", "batchNorm");
        assertThat(names(json.get("weights").get("layers").get(0).get("batchNorm")))
                .containsExactly("gamma", "beta", "mean", "variance");
    }

    @Test
    void settingsAreWrittenAsTheirKeys() throws Exception {
        JsonNode json = new ObjectMapper().readTree(io.toJson(Fixtures.everythingChanged()));

        assertThat(json.at("/training/loss").asText()).isEqualTo("mae");
        assertThat(json.at("/network/init").asText()).isEqualTo("he_normal");
        assertThat(json.at("/features/inputs/0").asText()).isEqualTo("x1sq");
        assertThat(json.at("/view/palette").asText()).isEqualTo("blue_orange");
        assertThat(json.at("/training/schedule/kind").asText()).isEqualTo("cosine_restarts");
    }

    @Test
    void absentPartsAreNotWritten() throws Exception {
        JsonNode json = new ObjectMapper().readTree(io.toJson(Experiment.defaults()));

        assertThat(json.has("weights")).isFalse();
        assertThat(json.get("data").has("csvPoints")).isFalse();
        assertThat(json.get("data").has("csvName")).isFalse();
        assertThat(json.get("network").has("layerActivations")).isFalse();
    }

    @Test
    void aFileWithOnlyFormatAndVersionLoadsAsTheDefaults() throws Exception {
        LoadResult loaded = io.read("{\"format\":\"nnplay-experiment\",\"version\":1}", "min.json");

        assertThat(loaded.experiment()).isEqualTo(Experiment.defaults());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void missingFieldsInAGroupKeepTheirDefaults() throws Exception {
        Experiment e = io.read(Fixtures.file("\"training\": {\"learningRate\": 0.3}"), "t.json").experiment();

        assertThat(e).isEqualTo(Experiment.defaults().withTraining(t -> t.withLearningRate(0.3)));
    }

    @Test
    void problemClassesAndLossDefaultFromTheDataSet() throws Exception {
        Experiment blobs = io.read(Fixtures.file("\"data\": {\"dataset\": \"blobs\"}"), "b.json").experiment();
        Experiment plane = io.read(Fixtures.file("\"data\": {\"dataset\": \"plane\"}"), "p.json").experiment();

        assertThat(blobs.data().classes()).isEqualTo(3);
        assertThat(blobs.training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        assertThat(blobs.outputs()).isEqualTo(3);
        assertThat(plane.data().problem()).isEqualTo(DatasetKind.PLANE.type());
        assertThat(plane.training().loss()).isEqualTo(LossKind.MSE);
    }

    @Test
    void unknownFieldsAreIgnoredWithAWarningNamingTheirPath() throws Exception {
        String json = Fixtures.file("\"foo\": 1, \"training\": {\"foo\": true, \"learningRate\": 0.1, "
                + "\"schedule\": {\"bar\": 2}}, \"data\": {\"handPoints\": [{\"x1\": 0, \"x2\": 0, \"y\": 1, \"z\": 3}]}");

        LoadResult loaded = io.read(json, "u.json");

        assertThat(loaded.experiment().training().learningRate()).isEqualTo(0.1);
        assertThat(loaded.warnings()).containsExactlyInAnyOrder(
                "unknown field 'foo' at foo ignored",
                "unknown field 'foo' at training.foo ignored",
                "unknown field 'bar' at training.schedule.bar ignored",
                "unknown field 'z' at data.handPoints[0].z ignored");
    }

    @Test
    void typeInformationInAFileIsJustAnUnknownField() throws Exception {
        String json = Fixtures.file("\"@class\": \"java.lang.ProcessBuilder\", "
                + "\"training\": {\"@type\": \"java.net.URL\", \"@class\": \"javax.script.ScriptEngineManager\"}");

        LoadResult loaded = io.read(json, "evil.json");

        assertThat(loaded.experiment()).isEqualTo(Experiment.defaults());
        assertThat(loaded.warnings()).containsExactlyInAnyOrder(
                "unknown field '@class' at @class ignored",
                "unknown field '@type' at training.@type ignored",
                "unknown field '@class' at training.@class ignored");
    }

    @Test
    void aTypeWrapperArrayIsRejectedAsTheWrongShape() {
        String json = Fixtures.file("\"data\": [\"java.util.HashMap\", {\"dataset\": \"xor\"}]");

        assertThatThrownBy(() -> io.read(json, "wrapped.json"))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("data = [\"java.util.HashMap\"")
                .hasMessageContaining("expected an object");
    }

    @Test
    void malformedJsonIsReportedWithFileLineAndColumn() {
        String json = "{\"format\": \"nnplay-experiment\",\n  \"version\": 1,\n  \"name\": \"x\" \"seed\": 3\n}";

        assertThatThrownBy(() -> io.read(json, "broken.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.source()).isEqualTo("broken.json");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(15);
                    assertThat(e.getMessage()).startsWith("broken.json, line 3, column 15: malformed JSON: ")
                            .doesNotContain("REDACTED");
                });
    }

    @Test
    void aFileMessageNamesTheFile() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"nnplay-experiment\", \"version\": 1,");

        assertThatThrownBy(() -> io.read(file))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageStartingWith(file + ", line 1");
    }

    @Test
    void invalidValuesAreLocatedInTheFile() {
        String json = Fixtures.file("\n \"training\": {\n   \"learningRate\": -1\n }");

        assertThatThrownBy(() -> io.read(json, "lr.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo("training.learningRate");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(20);
                    assertThat(e.getMessage()).isEqualTo(
                            "lr.json, line 3, column 20: training.learningRate = -1 is out of range: allowed (0, 10]");
                });
    }

    @Test
    void duplicateKeysTrailingContentAndEmptyFilesAreErrors() {
        assertThatThrownBy(() -> io.read(Fixtures.file("\"seed\": 1, \"seed\": 2"), "d.json"))
                .hasMessageContaining("the field 'seed' appears twice");
        assertThatThrownBy(() -> io.read(Fixtures.file("") + " {}", "t.json"))
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> io.read("  ", "e.json")).hasMessage("e.json: the file is empty");
    }

    @Test
    void filesAboveTheSizeLimitAreRejectedBeforeParsing() throws Exception {
        ExperimentIO small = new ExperimentIO(100);
        String big = Fixtures.file("\"name\": \"" + "x".repeat(100) + "\"");
        Path file = dir.resolve("big.json");
        Files.writeString(file, big);

        assertThatThrownBy(() -> small.read(big, "big.json"))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("the limit is 100 bytes");
        assertThatThrownBy(() -> small.read(file))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("the limit is 100 bytes");
        assertThat(new ExperimentIO().maxBytes()).isEqualTo(32L * 1024 * 1024);
    }

    @Test
    void parserLimitsStopDeeplyNestedInput() {
        String deep = Fixtures.file("\"foo\": " + "[".repeat(200) + "]".repeat(200));

        assertThatThrownBy(() -> io.read(deep, "deep.json"))
                .isInstanceOf(ExperimentFormatException.class)
                .hasMessageContaining("nested more than 32 levels deep");
    }

    @Test
    void aNewerFormatVersionIsRejectedWithAClearMessage() {
        String json = "{\"format\": \"nnplay-experiment\", \"version\": 2, \"hologram\": {\"x\": 1}}";

        assertThatThrownBy(() -> io.read(json, "future.json"))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo("version");
                    assertThat(e.getMessage()).contains("newer NNPlay", "format version 2", "reads format version 1");
                });
    }

    @Test
    void otherFilesAreNotTakenForExperiments() {
        assertThatThrownBy(() -> io.read("{\"version\": 1}", "a.json"))
                .hasMessageContaining("format is missing: this is not an NNPlay experiment file");
        assertThatThrownBy(() -> io.read("{\"format\": \"something\", \"version\": 1}", "b.json"))
                .hasMessageContaining("format = \"something\"");
        assertThatThrownBy(() -> io.read("{\"format\": \"nnplay-experiment\"}", "c.json"))
                .hasMessageContaining("version is missing");
        assertThatThrownBy(() -> io.read("[1, 2]", "d.json"))
                .hasMessageContaining("expected an object");
    }

    @Test
    void aFileThatIsNotUtf8IsRejected() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, Fixtures.file("\"name\": \"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> io.read(file)).hasMessageContaining("not UTF-8");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        assertThat(io.read("\uFEFF" + Fixtures.file(""), "bom.json").experiment()).isEqualTo(Experiment.defaults());
    }

    @Test
    void writingReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("e.json");
        Files.writeString(file, "old");

        io.write(Fixtures.everythingChanged(), file);

        assertThat(io.read(file).experiment()).isEqualTo(Fixtures.everythingChanged());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
