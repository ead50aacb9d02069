package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartOptionsTest {
    @Test
    void noArgumentsMeansNothingSpecial() {
        assertThat(StartOptions.parse(List.of())).isEqualTo(StartOptions.NONE);
    }

    @Test
    void openAndPlayTakeTheFileEitherWay() {
        StartOptions a = StartOptions.parse(List.of("--open", "x.json", "--play"));
        StartOptions b = StartOptions.parse(List.of("--play", "--open=x.json"));
        assertThat(a.open()).isEqualTo(Path.of("x.json"));
        assertThat(a.play()).isTrue();
        assertThat(b).isEqualTo(a);
    }

    @Test
    void frameStatsTakesSeconds() {
        StartOptions o = StartOptions.parse(List.of("--lesson", "03-red-vs-green", "--frame-stats", "30"));
        assertThat(o.frameStatsSeconds()).isEqualTo(30);
        assertThat(o.measuresFrames()).isTrue();
        assertThat(o.lesson()).isEqualTo("03-red-vs-green");
        assertThat(o.warmUpSeconds()).isEqualTo(StartOptions.DEFAULT_WARM_UP);
        assertThat(StartOptions.parse(List.of("--frame-stats=30", "--warm-up=20")).warmUpSeconds()).isEqualTo(20);
        assertThat(StartOptions.parse(List.of("--warm-up", "0")).warmUpSeconds()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> StartOptions.parse(List.of("--open"))).hasMessageContaining("--open needs a value");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--frame-stats", "soon"))).hasMessageContaining("seconds");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--frame-stats", "0"))).hasMessageContaining("--frame-stats");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--warm-up", "-1"))).hasMessageContaining("--warm-up needs");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--fly"))).hasMessageContaining("unknown option '--fly'");
        assertThatThrownBy(() -> StartOptions.parse(List.of("--open", "a.json", "--lesson", "x")))
                .hasMessageContaining("exclude");
    }

    @Test
    void everyFlagIsListedForTheLauncher() {
        assertThat(StartOptions.FLAGS).containsExactlyInAnyOrder("--open", "--lesson", "--play", "--frame-stats", "--warm-up",
                "--presentation", "--view", "--print-layout");
    }

    @Test
    void viewTakesTheStagesViewsAndRefusesOthersListingThem() {
        assertThat(StartOptions.parse(List.of("--view", "landscape")).view()).isEqualTo(org.nnplay.experiment.StageView.LANDSCAPE);
        assertThat(StartOptions.parse(List.of("--view=curves", "--print-layout")).printLayout()).isTrue();
        assertThatThrownBy(() -> StartOptions.parse(List.of("--view", "plot")))
                .hasMessageContaining("boundary, curves, landscape, builder, compare");
    }
}
