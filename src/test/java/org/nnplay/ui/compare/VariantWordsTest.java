package org.nnplay.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplay.experiment.ComparedSetting;

/** How variants and their figures read on screen: the course's names, numbers that fit a narrow column. */
class VariantWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lr | 0.03 | lr = 0.03",
            "reg-rate | 0.1 | λ = 0.1",
            "batch | all | full batch",
            "batch | 1 | batch of 1",
            "optimizer | rmsprop | RMSProp",
            "activation | relu | ReLU",
            "init | normal:5 | N(0, 5²)",
            "init | glorot_uniform | Glorot uniform",
            "regularization | l2:0.01 | L2 0.01",
            "hidden | 8,8,8 | 8-8-8 hidden",
            "hidden | none | no hidden layer",
            "features | x1,x2,x1sq | X₁, X₂, X₁²",
            "loss | half_squared | ½ squared error"})
    void variantsAreTitledInTheCoursesWords(String setting, String value, String title) {
        assertThat(VariantStyle.title(ComparedSetting.fromKey(setting), value)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource({"0.012345, 0.0123", "0.42, 0.42", "0.00143, 1.4e-3", "4.7e-14, 5e-14", "12.3456, 12.3", "NaN, —"})
    void lossesTakeAtMostSixCharacters(double v, String text) {
        assertThat(Figures.loss(v)).isEqualTo(text).hasSizeLessThanOrEqualTo(6);
    }

    @ParameterizedTest
    @CsvSource({"0.9876, 98.8 %", "1, 100.0 %", "NaN, —"})
    void accuraciesAreInPerCent(double v, String text) {
        assertThat(Figures.percent(v)).isEqualTo(text);
    }
}
