package org.nnplay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.Launcher;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;

/** {@code nnplay lessons [--json]} and {@code nnplay train --lesson ID}, through the launcher as a user types them. */
class LessonsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int nnplay(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void listsEveryLessonWithItsIdSceneAndTitleUnderItsTopic() {
        assertThat(nnplay("lessons")).isZero();

        for (Lesson l : Lessons.all()) {
            assertThat(stdout()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(l.id()) + " +" + l.scene()
                    + "  " + java.util.regex.Pattern.quote(l.title()));
        }
        assertThat(stdout()).contains("Over-fitting and regularisation").contains("(opens the gallery window)");
        assertThat(stderr()).isEmpty();
    }

    @Test
    void jsonIsOneObjectPerLessonInCurriculumOrder() throws Exception {
        assertThat(nnplay("lessons", "--json")).isZero();
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> rows = stdout().lines().map(l -> {
            try {
                return m.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();

        assertThat(rows).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(
                Lessons.all().stream().map(Lesson::id).toList());
        JsonNode gallery = rows.stream().filter(r -> r.get("id").asText().equals("10-gallery")).findFirst().orElseThrow();
        assertThat(gallery.get("scene").asInt()).isEqualTo(10);
        assertThat(gallery.get("window").asText()).isEqualTo("gallery");
        assertThat(gallery.get("preset").asBoolean()).isFalse();
        assertThat(rows.getFirst().get("title").asText()).isEqualTo("A perceptron is a line");
        assertThat(rows.getFirst().get("window").isNull()).isTrue();
    }

    @Test
    void aBadArgumentIsAUsageError() {
        assertThat(nnplay("lessons", "--xml")).isEqualTo(2);
        assertThat(stderr()).contains("unknown argument '--xml'").contains("usage: nnplay lessons");
    }

    @Test
    void trainOpensALessonByItsId() throws Exception {
        assertThat(nnplay("train", "--lesson", "16-polar-features", "--json")).isZero();

        String last = stdout().lines().reduce((a, b) -> b).orElseThrow();
        JsonNode r = new ObjectMapper().readTree(last);
        assertThat(r.get("epoch").asLong()).as("the preset's own length").isEqualTo(
                Lessons.load("16-polar-features").training().maxEpochs());
        assertThat(r.get("test_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void trainRefusesAnUnknownLessonAndListsTheValidOnes() {
        assertThat(nnplay("train", "--lesson", "99-magic")).isEqualTo(2);

        assertThat(stderr()).contains("unknown lesson '99-magic'").contains("01-perceptron").contains("17-depth")
                .doesNotContain("Exception");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void trainRefusesAWindowLessonSayingWhichHaveAnExperiment() {
        assertThat(nnplay("train", "--lesson", "09-backprop")).isEqualTo(2);

        assertThat(stderr()).contains("opens the backprop window and has no experiment").contains("12-overfitting");
    }

    @Test
    void theWindowRefusesAnUnknownLessonBeforeOpeningAndListsTheValidOnes() {
        assertThat(nnplay("--lesson", "99-magic")).isEqualTo(2);

        assertThat(stderr()).contains("unknown lesson '99-magic'").contains("01-perceptron").contains("18-pytorch");
    }
}
