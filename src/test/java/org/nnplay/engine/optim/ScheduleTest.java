package org.nnplay.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each schedule at a few epochs, base rate η₀ = 0.1, against values worked out by hand. */
class ScheduleTest {
    private static final double B = 0.1;
    private static final double TOL = 1e-12;

    private static ScheduleSpec s(ScheduleKind k, int stepSize, double gamma, int period, int warmup, double minLr) {
        return new ScheduleSpec(k, stepSize, gamma, period, warmup, minLr);
    }

    @Test
    void constant() {
        ScheduleSpec c = ScheduleSpec.CONSTANT;
        for (long e : new long[] {0, 1, 99, 100_000}) {
            assertThat(c.rate(B, e)).isEqualTo(B);
        }
    }

    @Test
    void step_decay() {
        // η₀ γ^⌊e/10⌋, γ = 0.5: e 0..9 → 0.1, 10..19 → 0.05, 25 → 0.025, 30 → 0.0125
        ScheduleSpec st = s(ScheduleKind.STEP, 10, 0.5, 1000, 0, 0);
        assertThat(st.rate(B, 0)).isCloseTo(0.1, within(TOL));
        assertThat(st.rate(B, 9)).isCloseTo(0.1, within(TOL));
        assertThat(st.rate(B, 10)).isCloseTo(0.05, within(TOL));
        assertThat(st.rate(B, 25)).isCloseTo(0.025, within(TOL));
        assertThat(st.rate(B, 30)).isCloseTo(0.0125, within(TOL));
    }

    @Test
    void exponential() {
        // η₀ γ^e, γ = 0.9: e = 1 → 0.09, e = 2 → 0.081, e = 3 → 0.0729
        ScheduleSpec ex = s(ScheduleKind.EXPONENTIAL, 1, 0.9, 1000, 0, 0);
        assertThat(ex.rate(B, 0)).isCloseTo(0.1, within(TOL));
        assertThat(ex.rate(B, 1)).isCloseTo(0.09, within(TOL));
        assertThat(ex.rate(B, 2)).isCloseTo(0.081, within(TOL));
        assertThat(ex.rate(B, 3)).isCloseTo(0.0729, within(TOL));
    }

    @Test
    void cosine_and_restarts() {
        // η_min + ½(η₀ − η_min)(1 + cos(π e/T)), T = 100, η_min = 0.001:
        // e = 0 → 0.1; e = 50 → 0.001 + 0.0495 = 0.0505; e = 100 → 0.001; e = 25 → 0.001 + 0.0495(1 + √½)
        ScheduleSpec cos = s(ScheduleKind.COSINE, 1, 1, 100, 0, 0.001);
        assertThat(cos.rate(B, 0)).isCloseTo(0.1, within(TOL));
        assertThat(cos.rate(B, 25)).isCloseTo(0.001 + 0.0495 * (1 + Math.sqrt(0.5)), within(TOL));
        assertThat(cos.rate(B, 50)).isCloseTo(0.0505, within(TOL));
        assertThat(cos.rate(B, 100)).isCloseTo(0.001, within(TOL));
        assertThat(cos.rate(B, 150)).as("stays at η_min after the period").isCloseTo(0.001, within(TOL));
        // restarts: e mod T
        ScheduleSpec sgdr = s(ScheduleKind.COSINE_RESTARTS, 1, 1, 100, 0, 0.001);
        assertThat(sgdr.rate(B, 50)).isCloseTo(0.0505, within(TOL));
        assertThat(sgdr.rate(B, 99)).isLessThan(0.0011);
        assertThat(sgdr.rate(B, 100)).as("restart").isCloseTo(0.1, within(TOL));
        assertThat(sgdr.rate(B, 150)).isCloseTo(0.0505, within(TOL));
        assertThat(sgdr.rate(B, 225)).isCloseTo(0.001 + 0.0495 * (1 + Math.sqrt(0.5)), within(TOL));
    }

    @Test
    void warmup_then_linear_decay() {
        // warmup 10: η₀(e + 1)/10 → e = 0: 0.01, e = 4: 0.05, e = 9: 0.1;
        // then from η₀ at e = 10 linearly to η_min = 0 at e = period = 110: e = 60 → 0.05, e = 110 → 0, after → 0
        ScheduleSpec wl = s(ScheduleKind.WARMUP_LINEAR, 1, 1, 110, 10, 0);
        assertThat(wl.rate(B, 0)).isCloseTo(0.01, within(TOL));
        assertThat(wl.rate(B, 4)).isCloseTo(0.05, within(TOL));
        assertThat(wl.rate(B, 9)).isCloseTo(0.1, within(TOL));
        assertThat(wl.rate(B, 10)).isCloseTo(0.1, within(TOL));
        assertThat(wl.rate(B, 60)).isCloseTo(0.05, within(TOL));
        assertThat(wl.rate(B, 85)).isCloseTo(0.025, within(TOL));
        assertThat(wl.rate(B, 110)).isCloseTo(0.0, within(TOL));
        assertThat(wl.rate(B, 500)).isCloseTo(0.0, within(TOL));
        // with η_min = 0.02: halfway (e = 60) is 0.1 + (0.02 − 0.1)·0.5 = 0.06
        assertThat(s(ScheduleKind.WARMUP_LINEAR, 1, 1, 110, 10, 0.02).rate(B, 60)).isCloseTo(0.06, within(TOL));
        // no warmup: starts at η₀
        assertThat(s(ScheduleKind.WARMUP_LINEAR, 1, 1, 100, 0, 0).rate(B, 0)).isCloseTo(0.1, within(TOL));
    }

    @Test
    void inverse_sqrt() {
        // η₀/√(1 + e/s), s = 10: e = 0 → 0.1, e = 30 → 0.1/2 = 0.05, e = 80 → 0.1/3
        ScheduleSpec is = s(ScheduleKind.INVERSE_SQRT, 10, 1, 1000, 0, 0);
        assertThat(is.rate(B, 0)).isCloseTo(0.1, within(TOL));
        assertThat(is.rate(B, 30)).isCloseTo(0.05, within(TOL));
        assertThat(is.rate(B, 80)).isCloseTo(0.1 / 3, within(TOL));
    }

    @Test
    void every_kind_is_positive_and_at_most_the_base_rate() {
        for (ScheduleKind k : ScheduleKind.values()) {
            ScheduleSpec sp = s(k, 7, 0.8, 50, 5, 0.001);
            for (long e = 0; e < 300; e++) {
                assertThat(sp.rate(B, e)).as(k.key() + " at " + e).isPositive().isLessThanOrEqualTo(B + TOL);
            }
        }
    }

    @Test
    void invalid_settings_are_rejected() {
        assertThatThrownBy(() -> s(ScheduleKind.STEP, 0, 0.5, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s(ScheduleKind.STEP, 1, 0, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s(ScheduleKind.STEP, 1, 1.5, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s(ScheduleKind.STEP, 1, Double.NaN, 10, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s(ScheduleKind.STEP, 1, 0.5, 10, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
