package org.nnplay.experiment.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.Fixtures;
import org.nnplay.experiment.HandPoint;
import org.nnplay.experiment.Lessons;

class NnplayLinkTest {
    @Test
    void anExperimentComesBackFromItsLinkIdentical() throws Exception {
        Experiment every = Fixtures.everythingChanged();
        Experiment drawn = Experiment.defaults().withData(d -> d.withHandPoints(List.of(new HandPoint(1.5, -2, 1, true),
                new HandPoint(0.1 + 0.2, 1e-9, 0, false))));
        Experiment playground = PlaygroundLink.read(PlaygroundLinkTest.EVERY_KEY).experiment();
        for (Experiment e : List.of(Experiment.defaults(), every, drawn, playground, Lessons.load("12-overfitting"))) {
            String link = NnplayLink.write(e, true);
            assertThat(link).startsWith("nnplay:v1,").doesNotContain("=", "+", "/", " ");
            assertThat(Links.read(link).experiment()).isEqualTo(e);
            assertThat(Links.read(link).warnings()).isEmpty();
        }
        assertThat(NnplayLink.read(NnplayLink.write(every, false)).experiment()).isEqualTo(every.withWeights(null));
    }

    @Test
    void aLinkWrappedOrPaddedStillOpens() throws Exception {
        String link = NnplayLink.write(Fixtures.everythingChanged(), true);
        String wrapped = "  " + link.substring(0, 40) + "\n" + link.substring(40, 90) + " \r\n" + link.substring(90) + "==\n";
        assertThat(Links.read(wrapped).experiment()).isEqualTo(Fixtures.everythingChanged());
        assertThat(Links.read("nnplay://" + link.substring("nnplay:".length())).experiment())
                .isEqualTo(Fixtures.everythingChanged());
    }

    @Test
    void aDamagedLinkSaysSo() {
        String link = NnplayLink.write(Fixtures.everythingChanged(), true);
        assertThatThrownBy(() -> Links.read(link.substring(0, link.length() / 2)))
                .isInstanceOf(ExperimentFormatException.class).hasMessageStartingWith("nnplay link: the link is cut short");
        assertThatThrownBy(() -> Links.read(link.substring(0, 30) + "!" + link.substring(31)))
                .hasMessageStartingWith("nnplay link: the link is damaged");
        assertThatThrownBy(() -> Links.read("nnplay:v1,AAAA")).hasMessageStartingWith("nnplay link: the link is cut short");
        assertThatThrownBy(() -> Links.read("nnplay:v1,____")).hasMessageStartingWith(
                "nnplay link: the link is damaged (it does not unpack)");
        assertThatThrownBy(() -> Links.read("nnplay:v1,ab!cd")).hasMessageStartingWith(
                "nnplay link: the link is damaged (it has characters a link cannot have)");
        assertThatThrownBy(() -> Links.read("nnplay:v2,AAAA")).hasMessageContaining("made by a newer NNPlay (v2)");
        assertThatThrownBy(() -> Links.read("nnplay:hello")).hasMessageContaining("not an experiment link");
    }

    @Test
    void aLinkIsCheckedAsAFileIsWithTheSameMessages() throws Exception {
        String json = "{\"format\": \"nnplay-experiment\", \"version\": 1,\n  \"training\": {\"learningRate\": -1}}";
        assertThatThrownBy(() -> Links.read(link(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ExperimentFormatException.class, e -> {
                    assertThat(e.fieldPath()).isEqualTo("training.learningRate");
                    assertThat(e.getMessage()).startsWith("nnplay link, line 2, column ")
                            .endsWith("training.learningRate = -1 is out of range: allowed (0, 10]");
                });
        String unknown = "{\"format\": \"nnplay-experiment\", \"version\": 1, \"surprise\": 1}";
        assertThat(Links.read(link(unknown.getBytes(StandardCharsets.UTF_8))).warnings())
                .containsExactly("unknown field 'surprise' at surprise ignored");
        assertThatThrownBy(() -> Links.read(link("not json".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("nnplay link, line 1").hasMessageContaining("malformed JSON");
    }

    @Test
    void sizeIsCappedBeforeAndAfterUnpacking() {
        assertThatThrownBy(() -> Links.read("nnplay:v1," + "A".repeat(NnplayLink.MAX_LENGTH)))
                .hasMessageContaining("the limit is " + NnplayLink.MAX_LENGTH);
        byte[] bomb = new byte[NnplayLink.MAX_JSON + 10];
        java.util.Arrays.fill(bomb, (byte) ' ');
        String link = link(bomb);
        assertThat(link.length()).isLessThan(100_000);
        assertThatThrownBy(() -> Links.read(link)).hasMessageContaining("unpacks to more than 32 MB");
    }

    private static String link(byte[] content) {
        Deflater d = new Deflater(9, true);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return NnplayLink.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
