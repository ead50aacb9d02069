package org.nnplay.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvImporterTest {
    private final CsvImporter importer = new CsvImporter();

    private ImportedData read(String text, ProblemType requested) throws Exception {
        return importer.read("points.csv", new StringReader(text), requested);
    }

    private DataFormatException failure(CsvImporter with, String text, ProblemType requested) {
        return catchThrowableOfType(DataFormatException.class,
                () -> with.read("points.csv", new StringReader(text), requested));
    }

    private DataFormatException failure(String text) {
        return failure(importer, text, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5,2,1\n-3,4e-1,0\n", "1,5;2;1\n-3;0,4;0\n", "1.5\t2\t1\n-3\t.4\t0\n",
        "\uFEFF# comment\n\n\"1.5\", 2 ,1\n-3,0.4,0\n"})
    void detectsTheDelimiterAndReadsNumbers(String text) throws Exception {
        ImportedData data = read(text, null);
        assertThat(data.samples()).containsExactly(new Sample(1.5, 2, 1), new Sample(-3, 0.4, 0));
        assertThat(data.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(data.numClasses()).isEqualTo(2);
        assertThat(data.hasSplit()).isFalse();
        assertThat(data.name()).isEqualTo("points");
    }

    @Test
    void aHeaderNamesTheAxes() throws Exception {
        ImportedData data = read("lectures attended;hours on final project;passed\n30;12,5;yes\n2;1;no\n", null);
        assertThat(data.x1Label()).isEqualTo("lectures attended");
        assertThat(data.x2Label()).isEqualTo("hours on final project");
        assertThat(data.samples()).containsExactly(new Sample(30, 12.5, 0), new Sample(2, 1, 1));
    }

    @Test
    void plusMinusOneLabelsMapToRedAndGreen() throws Exception {
        assertThat(read("0,0,-1\n1,1,1\n2,2,+1\n", null).samples()).extracting(Sample::label).containsExactly(0, 1, 1);
    }

    @Test
    void classNamesBecomeClassesInOrderOfFirstAppearance() throws Exception {
        ImportedData data = read("0,0,versicolor\n1,1,\"setosa, wild\"\n2,2,versicolor\n3,3,virginica\n", null);
        assertThat(data.classNames()).containsExactly("versicolor", "setosa, wild", "virginica");
        assertThat(data.numClasses()).isEqualTo(3);
        assertThat(data.samples()).extracting(Sample::label).containsExactly(0, 1, 0, 2);
    }

    @Test
    void smallWholeNumbersAreClassIndicesAndOtherNumbersRegressionValues() throws Exception {
        ImportedData classes = read("0,0,0\n1,1,3\n", null);
        assertThat(classes.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(classes.numClasses()).isEqualTo(4);
        ImportedData values = read("0,0,0\n1,1,0.25\n2,2,1.0\n", null);
        assertThat(values.type()).isEqualTo(ProblemType.REGRESSION);
        assertThat(values.numClasses()).isZero();
        assertThat(values.samples()).extracting(Sample::y).containsExactly(0.0, 0.25, 1.0);
        assertThat(read("0,0,-1\n1,1,0\n2,2,1\n", null).type()).isEqualTo(ProblemType.REGRESSION);
        assertThat(read("0,0,1\n1,1,42\n", null).type()).isEqualTo(ProblemType.REGRESSION);
    }

    @Test
    void aRequestedTypeOverridesTheGuess() throws Exception {
        assertThat(read("0,0,0\n1,1,1\n", ProblemType.REGRESSION).type()).isEqualTo(ProblemType.REGRESSION);
        ImportedData classes = read("0,0,0.0\n1,1,1.0\n", ProblemType.CLASSIFICATION);
        assertThat(classes.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(classes.samples()).extracting(Sample::label).containsExactly(0, 1);
    }

    @Test
    void aSplitColumnIsKept() throws Exception {
        ImportedData data = read("x1,x2,label,split\n0,0,1,train\n1,1,0,TEST\n2,2,0,train\n", null);
        assertThat(data.splits()).containsExactly(ImportedData.Split.TRAIN, ImportedData.Split.TEST, ImportedData.Split.TRAIN);
        DataSet set = data.toDataSet(50, 1);
        assertThat(set.train()).containsExactly(new Sample(0, 0, 1), new Sample(2, 2, 0));
        assertThat(set.test()).containsExactly(new Sample(1, 1, 0));
        assertThat(set.domain().contains(2, 2)).isTrue();
    }

    @Test
    void aBadNumberIsReportedWithLineAndColumn() {
        DataFormatException e = failure("x1,x2,label\n1,2,0\n3,abc,1\n");
        assertThat(e.file()).isEqualTo("points.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("points.csv:3:2: expected a number for x2, found 'abc'");
    }

    @Test
    void nonFiniteNumbersAreRejected() {
        assertThat(failure("1,2,0\nNaN,2,1\n").detail()).isEqualTo("expected a number for x1, found 'NaN'");
        assertThat(failure("1,2,0\n1e999,2,1\n").detail()).isEqualTo("expected a finite number for x1, found '1e999'");
    }

    @Test
    void theFirstFewProblemsAreAllCollected() {
        DataFormatException e = failure("1,2,0\nx,2,0\n3,4\n5,y,1\n6,7,1,extra,more\n");
        assertThat(e.problems()).extracting(DataFormatException.Problem::line).containsExactly(2, 3, 4, 5);
        assertThat(e.problems()).extracting(DataFormatException.Problem::column).containsExactly(1, 3, 2, 4);
        assertThat(e.getMessage()).endsWith("(and 3 more problems)");
        String many = "1,2,0\n" + "a,2,0\n".repeat(50);
        assertThat(failure(many).problems()).hasSize(DataFormatException.MAX_PROBLEMS);
    }

    @Test
    void aWrongColumnCountSaysWhatWasExpected() {
        DataFormatException e = failure("1,2,0\n3,4\n");
        assertThat(e.getMessage()).isEqualTo("points.csv:2:3: expected 3 columns (x1, x2, label), found 2");
        DataFormatException first = failure("1,2,0,1,1\n");
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.detail()).isEqualTo("expected 3 columns (x1, x2, label) or 4 (x1, x2, label, split), found 5");
    }

    @Test
    void aBadSplitValueIsReported() {
        assertThat(failure("1,2,0,train\n3,4,1,validate\n").getMessage())
                .isEqualTo("points.csv:2:4: expected train or test for the split, found 'validate'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n  \n", "# only a comment\n"})
    void anEmptyFileIsReported(String text) {
        DataFormatException e = failure(text);
        assertThat(e.detail()).isEqualTo("empty file: expected rows of x1, x2, label");
        assertThat(e.line()).isZero();
    }

    @Test
    void aHeaderWithoutRowsIsReported() {
        assertThat(failure("x1,x2,label\n").detail()).startsWith("no data rows");
    }

    @Test
    void anUnknownDelimiterIsReported() {
        DataFormatException e = failure("1 2 0\n3 4 1\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).isEqualTo(
                "unknown delimiter: expected columns x1, x2, label separated by commas, semicolons or tabs");
        assertThat(failure("1|2|0\n").detail()).startsWith("unknown delimiter");
    }

    @Test
    void mixedLabelKindsAreReportedWhereTheyDiffer() {
        DataFormatException e = failure("0,0,cat\n1,1,dog\n2,2,1\n3,3,dog\n");
        assertThat(e.getMessage()).isEqualTo(
                "points.csv:3:3: mixed label kinds: expected a class name like 'cat' on line 1, found '1'");
        assertThat(failure(importer, "0,0,1\n1,1,dog\n", ProblemType.CLASSIFICATION).line()).isEqualTo(2);
    }

    @Test
    void labelsThatDoNotFitTheRequestedTypeAreReported() {
        assertThat(failure(importer, "0,0,1\n1,1,dog\n", ProblemType.REGRESSION).getMessage())
                .isEqualTo("points.csv:2:3: expected a number for the label (regression), found 'dog'");
        assertThat(failure(importer, "0,0,1\n1,1,0.5\n", ProblemType.CLASSIFICATION).getMessage())
                .isEqualTo("points.csv:2:3: expected a class 0..9 or -1/1 for the label, found '0.5'");
    }

    @Test
    void moreThanTenClassNamesAreReported() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            text.append(i).append(",0,c").append(i).append('\n');
        }
        DataFormatException e = failure(text.toString());
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.detail()).startsWith("too many classes");
    }

    @Test
    void tooManyRowsStopsReading() {
        DataFormatException e = failure(new CsvImporter(3, CsvImporter.MAX_BYTES), "x1,x2,y\n0,0,0\n1,1,1\n2,2,0\n3,3,1\n", null);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.detail()).isEqualTo("too many rows: expected at most 3 data rows");
        assertThat(CsvImporter.MAX_ROWS).isEqualTo(1_000_000);
    }

    @Test
    void aTooBigStreamIsReported() {
        DataFormatException e = failure(new CsvImporter(10, 20), "0,0,0\n1,1,1\n2,2,0\n3,3,1\n", null);
        assertThat(e.detail()).isEqualTo("file too big: expected at most 0.0 MB (20 bytes)");
    }

    @Test
    void aTooBigFileIsRejectedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CsvImporter.MAX_BYTES + 1);
        }
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> importer.read(big, null));
        assertThat(e.getMessage()).isEqualTo("huge.csv: file too big: 67108865 bytes, expected at most 64.0 MB (67108864 bytes)");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grades.csv");
        Files.writeString(file, "lectures,hours,result\n30,10,pass\n3,2,fail\n");
        ImportedData data = importer.read(file, null);
        assertThat(data.name()).isEqualTo("grades");
        assertThat(data.classNames()).containsExactly("pass", "fail");
        assertThat(data.toDataSet(50, 1).size()).isEqualTo(2);
    }
}
