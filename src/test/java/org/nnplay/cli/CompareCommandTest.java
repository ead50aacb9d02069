package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.Lessons;

class CompareCommandTest {
    @TempDir static Path dir;
    static Path plane;
    static Path planeComparison;

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void experiments() throws Exception {
        plane = dir.resolve("plane.json");
        new ExperimentIO().write(Lessons.load("06-learning-rate-good"), plane);
        planeComparison = dir.resolve("plane-compare.json");
        new ExperimentIO().write(Lessons.load("06-learning-rate-good").withComparison(
                new Comparison(ComparedSetting.LR, List.of("0.00003", "0.1", "3"))), planeComparison);
    }

    private int run(String command, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return command.equals("train") ? new TrainCommand().run(args, o, e) : new CompareCommand().run(args, o, e);
    }

    private String out() { return out.toString(StandardCharsets.UTF_8); }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private List<JsonNode> json() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out().lines().toList()) nodes.add(new ObjectMapper().readTree(line));
        return nodes;
    }

    @Test
    void printsOneRowPerVariantBestFirst() {
        int code = run("compare", "--dataset", "xor", "--hidden", "6,6", "--vary", "activation=linear,tanh",
                "--epochs", "150");

        assertThat(code).as(err()).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("compare activation: 2 variants x 150 epochs, best first");
        assertThat(lines.get(1)).startsWith("activation").contains("epochs", "train loss", "test loss", "train acc",
                "test acc", "status");
        assertThat(lines.get(2)).startsWith("tanh").contains(" 150 ").endsWith("done");
        assertThat(lines.get(3)).startsWith("linear").endsWith("done");
        assertThat(lines.get(4)).contains("2 variants in", "best: activation = tanh");
    }

    @Test
    void jsonHasTheAgreedKeysThenASummary() throws Exception {
        int code = run("compare", "--vary", "hidden=none/4,2", "--epochs", "40", "--json");

        assertThat(code).as(err()).isZero();
        List<JsonNode> nodes = json();
        assertThat(nodes).hasSize(3);
        assertThat(nodes.get(0).properties()).extracting(java.util.Map.Entry::getKey).containsExactly("setting",
                "value", "epochs", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "status");
        assertThat(nodes.get(0).get("setting").asText()).isEqualTo("hidden");
        assertThat(nodes.get(0).get("value").asText()).isEqualTo("4,2");
        assertThat(nodes.get(1).get("value").asText()).isEqualTo("none");
        assertThat(nodes.get(0).get("test_loss").asDouble()).isLessThan(nodes.get(1).get("test_loss").asDouble());
        JsonNode summary = nodes.get(2);
        assertThat(summary.get("summary").asBoolean()).isTrue();
        assertThat(summary.get("best").asText()).isEqualTo("4,2");
        assertThat(summary.get("variants").asInt()).isEqualTo(2);
    }

    @Test
    void regressionShowsRmseAndADivergedVariantIsLastWithItsExplanation() throws Exception {
        int code = run("compare", "--experiment", plane.toString(), "--vary", "lr=0.1,5", "--epochs", "50", "--json");

        assertThat(code).as(err()).isZero();
        List<JsonNode> nodes = json();
        assertThat(nodes.get(0).has("train_rmse")).isTrue();
        assertThat(nodes.get(0).has("train_accuracy")).isFalse();
        JsonNode last = nodes.get(1);
        assertThat(last.get("value").asText()).isEqualTo("5");
        assertThat(last.get("status").asText()).isEqualTo("diverged");
        assertThat(last.get("test_loss").isNull()).isTrue();
        assertThat(last.get("message").asText()).contains("Try a smaller learning rate");
    }

    @Test
    void aFilesOwnComparisonRunsWithoutVary() {
        int code = run("compare", "--experiment", planeComparison.toString(), "--epochs", "30");

        assertThat(code).as(err()).isZero();
        assertThat(out()).startsWith("compare lr: 3 variants x 30 epochs").contains("diverged", "lr = 3: Training "
                + "diverged");
    }

    @Test
    void everyVariantDivergedExitsThree() {
        int code = run("compare", "--experiment", plane.toString(), "--vary", "lr=5,9", "--epochs", "50");

        assertThat(code).isEqualTo(3);
        assertThat(err()).contains("every variant diverged");
        assertThat(out()).contains("best: none, every variant diverged");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--vary colour=1,2 | --vary: unknown setting 'colour': expected one of activation, lr",
            "--vary lr | --vary lr: expected SETTING=V1,V2,... e.g. lr=0.003,0.03,0.3",
            "--vary lr=0.1,abc | --vary lr: value \"abc\" is not a number: expected a learning rate in (0, 10]",
            "--vary lr=0.1 | --vary lr: has 1 value: allowed 2 to 8",
            "--vary lr=0.1,0.10 | --vary lr: value 0.1 is listed twice",
            "--vary hidden=4,2/4,99 | --vary hidden: value \"4,99\": '99' is out of range: allowed [1, 32]",
            "--dataset plane --vary loss=mse,bce | --vary loss: value \"bce\" does not fit this experiment",
            "--epochs 10 | --vary SETTING=V1,V2,... is needed: say which setting to compare",
            "--vary lr=0.1,0.3 --out x.json | --out is a train flag",
            "--vary lr=0.1,0.3 --threads 0 | --threads = 0 is out of range"})
    void badInputExitsTwoNamingTheSettingOrValue(String args, String message) {
        int code = run("compare", args.split(" "));

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("nnplay compare: ").contains(message);
        assertThat(err()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aVariantsFiguresAreThoseOfASingleTrainRunWithItsValue() throws Exception {
        run("compare", "--dataset", "spiral", "--vary", "lr=0.03,0.1", "--epochs", "60", "--json");
        JsonNode variant = json().stream().filter(n -> "0.1".equals(n.path("value").asText())).findFirst().orElseThrow();

        int code = run("train", "--dataset", "spiral", "--lr", "0.1", "--epochs", "60", "--backend", "jvm", "--json");

        assertThat(code).as(err()).isZero();
        JsonNode single = json().getLast();
        assertThat(variant.get("train_loss").asDouble()).isEqualTo(single.get("train_data_loss").asDouble());
        assertThat(variant.get("test_loss").asDouble()).isEqualTo(single.get("test_loss").asDouble());
        assertThat(variant.get("train_accuracy").asDouble()).isEqualTo(single.get("train_accuracy").asDouble());
        assertThat(variant.get("test_accuracy").asDouble()).isEqualTo(single.get("test_accuracy").asDouble());
    }

    @Test
    void theFiguresDoNotDependOnTheNumberOfThreads() throws Exception {
        run("compare", "--vary", "optimizer=sgd,adam,rmsprop,momentum", "--epochs", "40", "--json", "--threads", "1");
        List<JsonNode> one = json().subList(0, 4);
        run("compare", "--vary", "optimizer=sgd,adam,rmsprop,momentum", "--epochs", "40", "--json", "--threads", "4");
        List<JsonNode> four = json().subList(0, 4);

        assertThat(four).isEqualTo(one);
    }
}
