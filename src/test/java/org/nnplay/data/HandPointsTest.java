package org.nnplay.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandPointsTest {
    private final HandPoints three = HandPoints.empty()
            .add(0, 0, 1, true)
            .add(2, 2, 0, true)
            .add(-3, 1, 1, false);

    @Test
    void addingReturnsANewValueAndLeavesTheOldOneAlone() {
        HandPoints one = HandPoints.empty().add(1, 2, 1, true);
        assertThat(HandPoints.empty().size()).isZero();
        assertThat(one.points()).containsExactly(new HandPoint(1, 2, 1, true));
        assertThat(one.add(3, 4, 0, false).size()).isEqualTo(2);
        assertThat(one.size()).isEqualTo(1);
    }

    @Test
    void removeNearestRemovesOnlyTheClosestPoint() {
        HandPoints left = three.removeNearest(1.8, 1.7);
        assertThat(left.points()).extracting(HandPoint::x1).containsExactly(0.0, -3.0);
        assertThat(three.size()).isEqualTo(3);
    }

    @Test
    void removeNearestWithinADistanceIgnoresFarClicks() {
        assertThat(three.removeNearest(10, 10, 1)).isSameAs(three);
        assertThat(three.removeNearest(0.5, 0, 1).size()).isEqualTo(2);
        assertThat(HandPoints.empty().removeNearest(0, 0)).isEqualTo(HandPoints.empty());
    }

    @Test
    void clearEmptiesEverything() {
        assertThat(three.clear().points()).isEmpty();
    }

    @Test
    void mergeAddsTrainingAndTestPointsAndGrowsTheClassCount() {
        DataSet base = new DataSet("d", ProblemType.CLASSIFICATION, 2, List.of(new Sample(5, 5, 0)), List.of(), 6, "x1", "x2");
        DataSet merged = three.add(1, 1, 2, false).mergeInto(base);
        assertThat(merged.train()).containsExactly(new Sample(5, 5, 0), new Sample(0, 0, 1), new Sample(2, 2, 0));
        assertThat(merged.test()).containsExactly(new Sample(-3, 1, 1), new Sample(1, 1, 2));
        assertThat(merged.numClasses()).isEqualTo(3);
        assertThat(base.size()).isEqualTo(1);
    }

    @Test
    void mergeRejectsNonClassLabelsForClassification() {
        DataSet base = new DataSet("d", ProblemType.CLASSIFICATION, 2, List.of(), List.of(), 6, "x1", "x2");
        assertThatThrownBy(() -> HandPoints.empty().add(0, 0, 0.5, true).mergeInto(base))
                .hasMessage("hand point label must be a class 0..9 for classification, was 0.5");
        DataSet regression = new DataSet("r", ProblemType.REGRESSION, 0, List.of(), List.of(), 6, "x1", "x2");
        assertThat(HandPoints.empty().add(0, 0, 0.5, true).mergeInto(regression).train()).containsExactly(new Sample(0, 0, 0.5));
    }

    @Test
    void rejectsNonFiniteCoordinates() {
        assertThatThrownBy(() -> HandPoints.empty().add(Double.NaN, 0, 1, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesAJacksonRoundTripAsPlainPoints() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(three);
        assertThat(text).startsWith("{\"points\":[{\"x1\":0.0,\"x2\":0.0,\"y\":1.0,\"train\":true}");
        assertThat(text).doesNotContain("empty").doesNotContain("sample");
        assertThat(json.readValue(text, HandPoints.class)).isEqualTo(three);
    }
}
