package org.nnplay.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightEditorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5|1.5", "-0.25|-0.25", "−2|-2", "1,5|1.5", " 3 |3", "2e-3|0.002", ".5|0.5", "+4|4"})
    void acceptsDecimalNumbers(String text, double expected) {
        assertThat(WeightEditor.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.2.3", "NaN", "Infinity", "0x1p3", "1d", "1e999", "--1", "1,000.5"})
    void rejectsAnythingElse(String text) {
        assertThat(WeightEditor.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"0.734,0.734", "-1.5,-1.500", "0,0.000", "0.0001,1.000e-04", "123456,1.235e+05"})
    void formatsForLabelsAndTheField(double v, String text) {
        assertThat(WeightEditor.format(v)).isEqualTo(text);
    }
}
