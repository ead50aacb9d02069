package org.nnplay.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExporterTest {
    private static String export(DataSet data) throws Exception {
        StringWriter out = new StringWriter();
        CsvExporter.writeData(data, out);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"CIRCLE", "PASS", "BLOBS", "PLANE", "MULTI_GAUSS"})
    void exportedDataReadsBackWithTheSameSamplesSplitTypeAndAxes(DatasetKind kind) throws Exception {
        DataSet data = DataSets.generate(DatasetSpec.of(kind).withSamples(300).withNoisePercent(25).withTrainPercent(70));
        ImportedData back = new CsvImporter().read("export.csv",
                new java.io.ByteArrayInputStream(export(data).getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        DataSet again = back.toDataSet(50, 99);
        assertThat(again.train()).isEqualTo(data.train());
        assertThat(again.test()).isEqualTo(data.test());
        assertThat(again.type()).isEqualTo(data.type());
        assertThat(again.numClasses()).isEqualTo(data.numClasses());
        assertThat(again.x1Label()).isEqualTo(data.x1Label());
        assertThat(again.x2Label()).isEqualTo(data.x2Label());
    }

    @Test
    void writesAHeaderAndOneRowPerSampleTrainingFirst() throws Exception {
        DataSet data = new DataSet("d", ProblemType.CLASSIFICATION, 2, List.of(new Sample(1, 2.5, 1)),
                List.of(new Sample(-3, 0.1, 0)), 6, "hours, total", "x2");
        assertThat(export(data)).isEqualTo("\"hours, total\",x2,label,split\n1.0,2.5,1,train\n-3.0,0.1,0,test\n");
    }

    @Test
    void regressionValuesAreWrittenAsRealsEvenWhenWhole() throws Exception {
        DataSet data = new DataSet("r", ProblemType.REGRESSION, 0, List.of(new Sample(0, 0, 1)), List.of(), 6, "x1", "x2");
        assertThat(export(data)).endsWith("0.0,0.0,1.0,train\n");
    }

    @Test
    void predictionsAreWrittenParallelToTheSamples() throws Exception {
        DataSet data = new DataSet("d", ProblemType.CLASSIFICATION, 2, List.of(new Sample(1, 2, 1)),
                List.of(new Sample(3, 4, 0)), 6, "x1", "x2");
        StringWriter out = new StringWriter();
        CsvExporter.writePredictions(data, new double[] {0.9, 0.25}, out);
        assertThat(out.toString()).isEqualTo("x1,x2,label,split,prediction\n1.0,2.0,1,train,0.9\n3.0,4.0,0,test,0.25\n");
        StringWriter plain = new StringWriter();
        CsvExporter.writePredictions(data.test(), data.type(), new double[] {0.5}, plain);
        assertThat(plain.toString()).isEqualTo("x1,x2,label,prediction\n3.0,4.0,0,0.5\n");
    }

    @Test
    void predictionsMustMatchTheSampleCount() {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.XOR).withSamples(10));
        assertThatThrownBy(() -> CsvExporter.writePredictions(data, new double[9], new StringWriter()))
                .hasMessage("expected one prediction per sample: 10 samples, 9 predictions");
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
        DataSet data = DataSets.generate(DatasetSpec.of(DatasetKind.SPIRAL3).withSamples(90));
        Path file = dir.resolve("spiral.csv");
        CsvExporter.writeData(data, file);
        DataSet again = new CsvImporter().read(file, (ProblemType) null).toDataSet(50, 1);
        assertThat(again.all()).isEqualTo(data.all());
        assertThat(again.name()).isEqualTo("spiral");
    }
}
