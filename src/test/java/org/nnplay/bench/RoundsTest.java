package org.nnplay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {
    @Test
    void every_contender_runs_once_per_cycle_and_each_cycle_starts_one_further_on() {
        List<String> order = new ArrayList<>();
        List<Contender> cs = new ArrayList<>();
        for (String name : List.of("x", "y", "z")) {
            cs.add(seconds -> {
                order.add(name);
                return name.charAt(0); // a rate that says who ran
            });
        }
        double[][] rates = Rounds.run(cs, 0, 0, 4, 0);
        assertThat(order.subList(0, 3)).as("warm-up").containsExactly("x", "y", "z");
        assertThat(order.subList(3, order.size()))
                .containsExactly("x", "y", "z", "y", "z", "x", "z", "x", "y", "x", "y", "z");
        for (int i = 0; i < 3; i++) {
            assertThat(rates[i]).as("rates stay with their contender").containsOnly("xyz".charAt(i));
        }
    }

    @Test
    void each_round_starts_after_the_idle_pause() {
        List<Long> starts = new ArrayList<>();
        Contender c = seconds -> {
            starts.add(System.nanoTime());
            return 1;
        };
        Rounds.run(List.of(c, c), 0, 0, 2, 0.03);
        assertThat(starts).hasSize(6); // 2 warm-up rounds, 2 cycles of 2
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).as("gap before round %d", i).isGreaterThanOrEqualTo(30_000_000L);
        }
    }

    @Test
    void a_ratio_is_the_median_of_the_cycle_by_cycle_ratios() {
        double[] a = {10, 20, 30};
        double[] b = {5, 40, 20};
        // cycle ratios 2, 0.5, 1.5: median 1.5 (the ratio of the medians, 20 / 20, would say 1)
        assertThat(Rounds.medianRatio(a, b)).isEqualTo(1.5);
        assertThat(Rounds.medianRatio(new double[] {1, 4}, new double[] {1, 1})).isEqualTo(2.5);
    }
}
