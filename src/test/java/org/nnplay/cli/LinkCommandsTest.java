package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.Launcher;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.experiment.Compat;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.link.NnplayLink;
import org.nnplay.experiment.link.PlaygroundLink;

/** Links wherever the commands take an experiment file: {@code --experiment} for train and landscape, search's file. */
class LinkCommandsTest {
    static final String LINK = "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=xor"
            + "&learningRate=0.03&noise=15&networkShape=4,2&seed=0.73519&percTrainData=60&x=true&y=true";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    @TempDir Path dir;

    private int nnplay(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    private JsonNode lastJson() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void trainOpensAPlaygroundLinkAndSavesAnExperimentThatStillFollowsThePlayground() throws Exception {
        Path saved = dir.resolve("xor.json");
        assertThat(nnplay("train", "--experiment", LINK, "--epochs", "50", "--json", "--out", saved.toString()))
                .as(err()).isZero();
        JsonNode first = lastJson();
        Experiment e = new ExperimentIO().read(saved).experiment();
        assertThat(e.compat()).isEqualTo(Compat.TF_PLAYGROUND);
        assertThat(e.playground().seed()).isEqualTo("0.73519");
        assertThat(e.weights()).isNotNull();
        assertThat(PlaygroundLink.write(e.withWeights(null))).isEqualTo(PlaygroundLink.write(PlaygroundLink.read(LINK)
                .experiment()));

        // the same run again, from the nnplay: link of the experiment as opened, and from the bare hash
        out.reset();
        String shared = NnplayLink.write(PlaygroundLink.read(LINK).experiment(), false);
        assertThat(nnplay("train", "--experiment", shared, "--epochs", "50", "--json")).as(err()).isZero();
        assertThat(lastJson().get("train_loss").doubleValue()).isEqualTo(first.get("train_loss").doubleValue());
        out.reset();
        assertThat(nnplay("train", "--experiment", LINK.substring(LINK.indexOf('#')), "--epochs", "50", "--json")).isZero();
        assertThat(lastJson().get("test_loss").doubleValue()).isEqualTo(first.get("test_loss").doubleValue());
    }

    @Test
    void flagsOverrideALinkAndOneThePlaygroundHasNotLeavesIt() throws Exception {
        Path saved = dir.resolve("adam.json");
        assertThat(nnplay("train", "--experiment", LINK, "--optimizer", "adam", "--epochs", "2", "--out",
                saved.toString())).as(err()).isZero();
        Experiment e = new ExperimentIO().read(saved).experiment();
        assertThat(e.training().optimizer()).isEqualTo(OptimizerKind.ADAM);
        assertThat(e.compat()).isNull();
        assertThat(nnplay("train", "--experiment", LINK, "--lr", "0.3", "--epochs", "2", "--out", saved.toString()))
                .isZero();
        assertThat(new ExperimentIO().read(saved).experiment().compat()).isEqualTo(Compat.TF_PLAYGROUND);
    }

    @Test
    void aValueNNPlayCannotRepresentExitsTwoNamingTheKey() {
        assertThat(nnplay("train", "--experiment", "#seed=1&batchSize=0", "--epochs", "1")).isEqualTo(2);
        assertThat(err()).isEqualTo("nnplay train: TensorFlow Playground link: batchSize = 0 is out of range: "
                + "allowed [1, 100000]\n");
        err.reset();
        assertThat(nnplay("search", "#seed=1&activation=softsign", "--trials", "1", "--epochs", "1")).isEqualTo(2);
        assertThat(err()).startsWith("nnplay search: TensorFlow Playground link: activation = 'softsign' is not one");
        err.reset();
        assertThat(nnplay("landscape", "--experiment", "nnplay:v1,broken!", "--grid", "3")).isEqualTo(2);
        assertThat(err()).startsWith("nnplay landscape: nnplay link: the link is damaged")
                .doesNotContain("Exception");
    }

    @Test
    void unknownKeysAreWarnedAboutAndTheRunGoesOn() {
        assertThat(nnplay("train", "--experiment", "#seed=1&colour=red&epochs=9", "--epochs", "1")).isZero();
        assertThat(err()).contains("nnplay train: warning: unknown key 'colour' in the link ignored")
                .contains("unknown key 'epochs' in the link ignored");
    }

    @Test
    void searchAndLandscapeTakeLinks() {
        assertThat(nnplay("search", LINK, "--trials", "2", "--epochs", "3", "--threads", "1")).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("best");
        out.reset();
        assertThat(nnplay("landscape", "--experiment", LINK, "--grid", "3")).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("alpha"))).hasSize(9);
    }

    @Test
    void aLinkGivenFirstGoesToTheWindowsOpen() {
        // as the desktop passes a clicked link; a usage error is found before any window opens
        assertThat(nnplay(NnplayLink.write(Experiment.defaults(), false), "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--bogus'");
        err.reset();
        assertThat(nnplay(LINK, "--open", "x.nnplay")).isEqualTo(2);
        assertThat(err()).contains("give the experiment once");
    }

    @Test
    void aFileWhoseNameLooksLikeALinkIsStillAFile() throws Exception {
        Path odd = Path.of("#nnplay-test-" + ProcessHandle.current().pid() + ".json"); // in the working directory
        try {
            new ExperimentIO().write(Experiment.defaults().withName("Odd file"), odd);
            Path saved = dir.resolve("out.json");
            assertThat(nnplay("train", "--experiment", odd.toString(), "--epochs", "1", "--out", saved.toString()))
                    .as(err()).isZero();
            assertThat(Files.readString(saved)).contains("Odd file");
        } finally {
            Files.deleteIfExists(odd);
        }
        assertThat(nnplay("train", "--experiment", odd.toString(), "--epochs", "1")).isEqualTo(2);
        assertThat(err()).contains("TensorFlow Playground link: '" + odd + "' sets none of TensorFlow Playground's "
                + "settings (is it a file that does not exist?)");
    }
}
