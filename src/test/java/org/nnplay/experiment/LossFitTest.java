package org.nnplay.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.nnplay.data.DatasetKind;
import org.nnplay.engine.nn.LossKind;
import org.junit.jupiter.api.Test;

/** Choosing a data set picks a loss that fits it, unless the user chose one for that kind of problem (issue #13.5). */
class LossFitTest {
    private final ExperimentIO io = new ExperimentIO();

    @Test
    void blobsThenCircleGoesBackToTheTwoClassDefaultWithOneOutput() {
        Experiment blobs = Experiment.defaults().withDataset(DatasetKind.BLOBS);
        assertThat(blobs.training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        Experiment circle = blobs.withDataset(DatasetKind.CIRCLE);
        assertThat(circle.training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        assertThat(circle.outputs()).isEqualTo(1);
        LossSwitch sw = LossSwitch.between(blobs, circle);
        assertThat(sw.describe(LossKind::key)).isEqualTo("Loss: softmax_ce → half_squared, the default for 2 classes");
        assertThat(LossSwitch.between(Experiment.defaults(), blobs).describe(LossKind::key))
                .isEqualTo("Loss: half_squared → softmax_ce, the default for 3 classes");
    }

    @Test
    void aLossTheUserChoseComesBackWithItsKindOfProblem() {
        Experiment mine = Experiment.defaults().withTraining(t -> t.withLoss(LossKind.BCE));
        assertThat(mine.training().chosenLosses().binary()).isEqualTo(LossKind.BCE);
        Experiment spiral3 = mine.withDataset(DatasetKind.SPIRAL3);
        assertThat(spiral3.training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        Experiment xor = spiral3.withDataset(DatasetKind.XOR);
        assertThat(xor.training().loss()).isEqualTo(LossKind.BCE);
        assertThat(LossSwitch.between(spiral3, xor).describe(LossKind::key))
                .isEqualTo("Loss: softmax_ce → bce, the one you chose for 2 classes");
        Experiment plane = xor.withDataset(DatasetKind.PLANE).withTraining(t -> t.withLoss(LossKind.MAE));
        Experiment back = plane.withDataset(DatasetKind.MOONS).withDataset(DatasetKind.MULTI_GAUSS);
        assertThat(back.training().loss()).isEqualTo(LossKind.MAE);
        assertThat(back.training().chosenLosses()).isEqualTo(new ChosenLosses(LossKind.BCE, null, LossKind.MAE));
    }

    @Test
    void aDirectChoiceOrTheSameKindOfProblemSaysNothing() {
        Experiment e = Experiment.defaults();
        assertThat(LossSwitch.between(e, e.withTraining(t -> t.withLoss(LossKind.MSE)))).isNull();
        assertThat(LossSwitch.between(e, e.withDataset(DatasetKind.SPIRAL))).isNull();
    }

    @Test
    void theChoicesAreSavedAndReadBack() throws Exception {
        Experiment e = Experiment.defaults().withTraining(t -> t.withLoss(LossKind.BCE))
                .withDataset(DatasetKind.PLANE).withTraining(t -> t.withLoss(LossKind.MAE));
        String json = io.toJson(e);
        assertThat(json).contains("\"chosenLosses\": {\n      \"binary\": \"bce\",\n      \"regression\": \"mae\"\n    }");
        assertThat(io.read(json, "x.json").experiment()).isEqualTo(e);
    }

    @Test
    void aFileWithoutChoicesCountsALossOtherThanTheDefaultAsChosen() throws Exception {
        Experiment e = io.read("""
                {"format": "nnplay-experiment", "version": 1, "training": {"loss": "bce"}}""", "old.json").experiment();
        assertThat(e.training().chosenLosses()).isEqualTo(new ChosenLosses(LossKind.BCE, null, null));
        assertThat(e.withDataset(DatasetKind.BLOBS).withDataset(DatasetKind.CIRCLE).training().loss())
                .isEqualTo(LossKind.BCE);
        Experiment plain = io.read("""
                {"format": "nnplay-experiment", "version": 1}""", "old.json").experiment();
        assertThat(plain.training().chosenLosses()).isEqualTo(ChosenLosses.NONE);
    }

    @Test
    void choosingABuiltInDataSetLeavesImportedPointsAndTheirNamesBehind() {
        Experiment imported = Experiment.defaults().withData(d -> d.toBuilder().csvName("p.csv")
                .csvPoints(List.of(new CsvPoint(1, 2, 0), new CsvPoint(3, 4, 1)))
                .names(new DataNames("a (mm)", "b (mm)", "kind", List.of("x", "y"))).build());
        Experiment circle = imported.withDataset(DatasetKind.CIRCLE);
        assertThat(circle.data().fromCsv()).isFalse();
        assertThat(circle.data().names()).isNull();
    }
}
