package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nnplay.data.CsvExporter;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.DataSet;
import org.nnplay.data.ImportedData;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;

/** Names and units of imported data are carried into every export: data, predictions and the PyTorch script. */
class NamedExportsTest {
    private static final String FILE = "species,bill length (mm),bill depth (mm)\n"
            + "Adelie,39.1,18.7\nGentoo,46.1,13.2\n\"Chinstrap, Dream\",46.5,17.9\nAdelie,38,19\n"
            + "Gentoo,48,14\n\"Chinstrap, Dream\",50,19\n";

    private static CsvData.Result imported(String text) throws Exception {
        ImportedData data = new CsvImporter().read("birds.csv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        return CsvData.apply(Experiment.defaults(), data, "birds.csv");
    }

    @Test
    void exportedDataKeepsTheNamesAndReadsBackToTheSameClasses() throws Exception {
        CsvData.Result r = imported(FILE);
        StringWriter out = new StringWriter();
        CsvExporter.writeData(r.dataSet(), out);
        String csv = out.toString();
        assertThat(csv).startsWith("# classes: Adelie,Gentoo,\"Chinstrap, Dream\"\n"
                + "bill length (mm),bill depth (mm),species,split\n");
        DataSet again = imported(csv).dataSet();
        assertThat(again.classNames()).isEqualTo(r.dataSet().classNames());
        assertThat(again.all()).containsExactlyInAnyOrderElementsOf(r.dataSet().all());
    }

    @Test
    void predictionsNameThePredictedClass() throws Exception {
        CsvData.Result r = imported(FILE);
        TrainingSetup setup = ExperimentSetups.of(r.experiment(), JvmBackend.INSTANCE);
        var net = org.nnplay.engine.nn.Network.create(setup.network(), JvmBackend.INSTANCE, 1);
        StringWriter out = new StringWriter();
        CsvExporter.writePredictions(setup.data(), Predictions.of(setup, net.weights()), out);
        String last = out.toString().lines().toList().getLast();
        assertThat(last).matches(".*,(Adelie|Gentoo|\"Chinstrap, Dream\")$");
    }

    @Test
    void thePyTorchScriptListsTheClassesAndStandardisesLikeNNPlay() throws Exception {
        String py = PyTorchScript.of(imported(FILE).experiment());
        assertThat(py).contains("classes = [\"Adelie\", \"Gentoo\", \"Chinstrap, Dream\"]");
        assertThat(py).containsPattern("x1, x2 = \\(x1 - [0-9.]+\\) / [0-9.]+, \\(x2 - [0-9.]+\\) / [0-9.]+");
    }

    @Test
    void pythonStringsEscapeEverythingThatCouldEndTheLiteralOrTheLine() {
        assertThat(PyTorchScript.pythonString("a\"b\\c\nd é")).isEqualTo("\"a\\\"b\\\\c\\u000ad \\u00e9\"");
    }
}
