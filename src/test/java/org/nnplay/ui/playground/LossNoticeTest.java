package org.nnplay.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.experiment.Experiment;

/** The window's model says a loss change that a data set switch brings (issue #13.5), without JavaFX's toolkit. */
class LossNoticeTest {
    private final PlaygroundModel model = new PlaygroundModel(Experiment.defaults(), Runnable::run);

    @AfterEach
    void close() { model.close(); }

    @Test
    void aDataSetSwitchThatChangesTheLossSaysSoAndAUsersChoiceComesBack() {
        model.edit(e -> e.withDataset(DatasetKind.BLOBS));
        assertThat(model.noticeProperty().get().text()).isEqualTo("Loss: ½ squared → Softmax CE, the default for 3 classes.");
        model.edit(e -> e.withTraining(t -> t.withLoss(LossKind.SOFTMAX_CE)).withDataset(DatasetKind.CIRCLE));
        assertThat(model.currentExperiment().training().loss()).isEqualTo(LossKind.HALF_SQUARED);
        model.edit(e -> e.withTraining(t -> t.withLoss(LossKind.BCE)));
        model.edit(e -> e.withDataset(DatasetKind.SPIRAL3));
        model.edit(e -> e.withDataset(DatasetKind.XOR));
        assertThat(model.currentExperiment().training().loss()).isEqualTo(LossKind.BCE);
        assertThat(model.noticeProperty().get().text()).isEqualTo("Loss: Softmax CE → Cross-entropy, the one you chose for 2 classes.");
    }
}
