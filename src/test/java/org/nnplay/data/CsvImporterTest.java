package org.nnplay.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImporterTest {
    private final CsvImporter importer = new CsvImporter();

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportedData read(String text, ProblemType requested) throws Exception {
        return importer.read("points.csv", bytes(text), requested);
    }

    private ImportedData read(String text, ImportOptions options) throws Exception {
        return importer.scan("points.csv", bytes(text)).select(options);
    }

    private DataFormatException failure(CsvImporter with, String text, ProblemType requested) {
        return catchThrowableOfType(DataFormatException.class,
                () -> with.read("points.csv", bytes(text), requested));
    }

    private DataFormatException failure(String text) {
        return failure(importer, text, null);
    }

    private DataFormatException failure(byte[] raw) {
        return catchThrowableOfType(DataFormatException.class,
                () -> importer.read("points.csv", new ByteArrayInputStream(raw), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5,2,1\n-3,4e-1,0\n", "1,5;2;1\n-3;0,4;0\n", "1.5\t2\t1\n-3\t.4\t0\n",
        "\uFEFF# comment\n\n\"1.5\", 2 ,1\n-3,0.4,0\n", "1.5,2,1\r\n-3,0.4,0\r\n", "1.5,2,1\r-3,0.4,0"})
    void detectsTheDelimiterAndReadsNumbers(String text) throws Exception {
        ImportedData data = read(text, (ProblemType) null);
        assertThat(data.samples()).containsExactly(new Sample(1.5, 2, 1), new Sample(-3, 0.4, 0));
        assertThat(data.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(data.numClasses()).isEqualTo(2);
        assertThat(data.hasSplit()).isFalse();
        assertThat(data.name()).isEqualTo("points");
        assertThat(data.warnings()).isEmpty();
    }

    @Test
    void aHeaderNamesTheAxesAndTheLabelWithTheirUnits() throws Exception {
        ImportedData data = read("lectures attended;hours on final project (h);passed\n30;12,5;yes\n2;1;no\n",
                (ProblemType) null);
        assertThat(data.x1Label()).isEqualTo("lectures attended");
        assertThat(data.x2Label()).isEqualTo("hours on final project (h)");
        assertThat(data.labelName()).isEqualTo("passed");
        assertThat(data.classNames()).containsExactly("yes", "no");
        assertThat(data.samples()).containsExactly(new Sample(30, 12.5, 0), new Sample(2, 1, 1));
    }

    @Test
    void plusMinusOneLabelsMapToRedAndGreen() throws Exception {
        ImportedData data = read("0,0,-1\n1,1,1\n2,2,+1\n", (ProblemType) null);
        assertThat(data.samples()).extracting(Sample::label).containsExactly(0, 1, 1);
        assertThat(data.classNames()).isEmpty();
    }

    @Test
    void classNamesBecomeClassesInOrderOfFirstAppearance() throws Exception {
        ImportedData data = read("0,0,versicolor\n1,1,\"setosa, wild\"\n2,2,versicolor\n3,3,virginica\n", (ProblemType) null);
        assertThat(data.classNames()).containsExactly("versicolor", "setosa, wild", "virginica");
        assertThat(data.numClasses()).isEqualTo(3);
        assertThat(data.samples()).extracting(Sample::label).containsExactly(0, 1, 0, 2);
    }

    @Test
    void namesAndNumbersInOneLabelColumnAreAllNames() throws Exception {
        ImportedData data = read("0,0,cat\n1,1,dog\n2,2,1\n", (ProblemType) null);
        assertThat(data.classNames()).containsExactly("cat", "dog", "1");
    }

    @Test
    void wholeNumbersAreClassesAndOtherNumbersRegressionValues() throws Exception {
        ImportedData indices = read("0,0,0\n1,1,3\n2,2,1\n3,3,2\n", (ProblemType) null);
        assertThat(indices.type()).isEqualTo(ProblemType.CLASSIFICATION);
        assertThat(indices.numClasses()).isEqualTo(4);
        assertThat(indices.classNames()).isEmpty();
        ImportedData oneTwoThree = read("0,0,1\n1,1,3\n2,2,2\n", (ProblemType) null);
        assertThat(oneTwoThree.numClasses()).isEqualTo(3);
        assertThat(oneTwoThree.classNames()).containsExactly("class 1", "class 2", "class 3");
        assertThat(oneTwoThree.samples()).extracting(Sample::label).containsExactly(0, 2, 1);
        ImportedData values = read("0,0,0\n1,1,0.25\n2,2,1.0\n", (ProblemType) null);
        assertThat(values.type()).isEqualTo(ProblemType.REGRESSION);
        assertThat(values.numClasses()).isZero();
        assertThat(values.samples()).extracting(Sample::y).containsExactly(0.0, 0.25, 1.0);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) many.append(i).append(",0,").append(i * 10).append('\n');
        assertThat(read(many.toString(), (ProblemType) null).type()).isEqualTo(ProblemType.REGRESSION);
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
        ImportedData data = read("x1,x2,label,split\n0,0,1,train\n1,1,0,TEST\n2,2,0,train\n", (ProblemType) null);
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
    void infiniteAndOutOfRangeNumbersAreRefusedWithLineAndColumn() {
        DataFormatException inf = failure("1,2,0\n3,4,1\nInf,2,1\n");
        assertThat(inf.line()).isEqualTo(3);
        assertThat(inf.column()).isEqualTo(1);
        assertThat(inf.detail()).isEqualTo("'Inf' in x1 is infinite: expected a finite number");
        DataFormatException huge = failure("1,2,0\n1,1e999,1\n");
        assertThat(huge.column()).isEqualTo(2);
        assertThat(huge.detail()).contains("too large");
        DataFormatException range = failure("1,2,0\n1,2,1\n5e16,2,0\n");
        assertThat(range.line()).isEqualTo(3);
        assertThat(range.detail()).contains("out of range");
    }

    @Test
    void rowsWithMissingValuesAreSkippedWithAWarningOrRefusedWhenStrict() throws Exception {
        String text = "a,b,species\n1,2,x\nNA,2,y\n3,,y\n4,5,?\n6,7,NaN\n8,9,x\n10,11,y\n";
        ImportedData data = read(text, (ProblemType) null);
        assertThat(data.samples()).hasSize(3);
        assertThat(data.warnings()).containsExactly(
                "skipped 4 rows with a missing value (NA, empty, ? or NaN) on lines 3, 4, 5, 6");
        DataFormatException strict = catchThrowableOfType(DataFormatException.class,
                () -> read(text, ImportOptions.AUTOMATIC.withStrict(true)));
        assertThat(strict.line()).isEqualTo(3);
        assertThat(strict.column()).isEqualTo(1);
        assertThat(strict.detail()).startsWith("missing value for a");
        assertThat(strict.problems()).hasSize(4);
    }

    @Test
    void moreThanFiveSkippedRowsListTheFirstFiveLines() {
        assertThat(CsvTable.skippedWarning(java.util.List.of(2, 3, 5, 8, 13, 21, 34)))
                .isEqualTo("skipped 7 rows with a missing value (NA, empty, ? or NaN) on lines 2, 3, 5, 8, 13, …");
    }

    @Test
    void theFirstFewProblemsAreAllCollected() {
        DataFormatException e = failure("1,2,0\nx,2,0\n3,4\n5,y,1\n6,7,1,extra\n");
        assertThat(e.problems()).extracting(DataFormatException.Problem::line).containsExactly(3, 5);
        assertThat(e.problems()).extracting(DataFormatException.Problem::column).containsExactly(3, 4);
        String many = "1,2,0\n" + "a,2,0\n".repeat(50);
        assertThat(failure(many).problems()).hasSize(DataFormatException.MAX_PROBLEMS);
    }

    @Test
    void aWrongColumnCountSaysWhatWasExpected() {
        DataFormatException e = failure("1,2,0\n3,4\n");
        assertThat(e.getMessage()).isEqualTo("points.csv:2:3: expected 3 columns (x1, x2, label), found 2");
        assertThat(failure("1,2\n3,4\n").detail()).isEqualTo("expected at least 3 columns (x1, x2, label), found 2");
    }

    @Test
    void aBadSplitValueIsReported() {
        assertThat(failure("x1,x2,label,split\n1,2,0,train\n3,4,1,validate\n").getMessage())
                .isEqualTo("points.csv:3:4: expected train or test for the split, found 'validate'");
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
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        ImportedData data = read("x,y,name\n1,2,\"a, \"\"b\"\"\"\n3,4,\"two\nlines\"\n5,6,c\n", (ProblemType) null);
        assertThat(data.classNames()).containsExactly("a, \"b\"", "two lines", "c");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        DataFormatException e = failure("x,y,name\n1,2,a\n3,4,\"b\n5,6,c\n");
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
        assertThat(e.detail()).contains("quoted field is not closed");
    }

    @Test
    void moreThanTenClassNamesAreReported() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            text.append(i).append(",0,c").append(i).append('\n');
        }
        DataFormatException e = failure(text.toString());
        assertThat(e.line()).isEqualTo(11);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.detail()).startsWith("too many classes: NNPlay tells at most 10 classes apart");
    }

    @Test
    void tooManyRowsStopsReading() {
        DataFormatException e = failure(new CsvImporter(3, DataLimits.MAX_FILE_BYTES), "x1,x2,y\n0,0,0\n1,1,1\n2,2,0\n3,3,1\n", null);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.detail()).isEqualTo("too many rows: NNPlay takes at most 3 data rows");
    }

    @Test
    void aTooBigStreamIsReported() {
        DataFormatException e = failure(new CsvImporter(10, 20), "0,0,0\n1,1,1\n2,2,0\n3,3,1\n", null);
        assertThat(e.detail()).startsWith("the file is larger than 0");
    }

    @Test
    void aTooBigFileIsRejectedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DataLimits.MAX_FILE_BYTES + 1);
        }
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> importer.read(big, (ProblemType) null));
        assertThat(e.getMessage()).isEqualTo("huge.csv: the file is 64.0 MB (67,108,865 bytes): NNPlay reads data files"
                + " of at most 64 MB");
    }

    @Test
    void anEndlessLineStopsAtTheLineLimit() {
        DataFormatException e = failure("1,2,0\n" + "7".repeat(DataLimits.MAX_LINE_CHARS + 1) + "\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).startsWith("the line is longer than 10,000 characters");
    }

    @Test
    void aBinaryFileIsRefusedAtItsFirstNul() {
        DataFormatException e = failure(new byte[4096]);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).startsWith("byte 0x00 at byte 1 of the line is not text");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        String text = "länge,breite,art\n1,2,café\n3,4,cafè\n";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] body = text.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, 2);
            System.arraycopy(body, 0, all, 2, body.length);
            ImportedData data = importer.read("points.csv", new ByteArrayInputStream(all), null);
            assertThat(data.x1Label()).isEqualTo("länge");
            assertThat(data.classNames()).containsExactly("café", "cafè");
        }
    }

    @Test
    void latin1IsRefusedNamingTheLineAndTheByteNotMergedIntoOneClass() {
        byte[] raw = "x,y,name\n1,2,caf\u00e9\n3,4,caf\u00e8\n".getBytes(StandardCharsets.ISO_8859_1);
        DataFormatException e = failure(raw);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.detail()).isEqualTo("byte 0xE9 at byte 8 of the line is not UTF-8 text: save the file as UTF-8"
                + " (or UTF-16 with a byte order mark)");
    }

    @Test
    void columnsAreChosenByNameOrNumber() throws Exception {
        String text = "id,species,bill length (mm),bill depth (mm),mass (g)\n1,Adelie,39.1,18.7,3750\n"
                + "2,Gentoo,46.1,13.2,4500\n3,Chinstrap,46.5,17.9,3500\n";
        CsvTable table = importer.scan("penguins.csv", bytes(text));
        assertThat(table.needsChoice()).isTrue();
        assertThat(table.automatic()).isNull();
        assertThat(table.guess()).isEqualTo(new ImportOptions("id", "bill length (mm)", "species", false, null));
        ImportedData data = table.select(new ImportOptions("bill length (mm)", "4", "SPECIES", false, null));
        assertThat(data.x1Label()).isEqualTo("bill length (mm)");
        assertThat(data.x2Label()).isEqualTo("bill depth (mm)");
        assertThat(data.classNames()).containsExactly("Adelie", "Gentoo", "Chinstrap");
        assertThat(data.samples().getFirst()).isEqualTo(new Sample(39.1, 18.7, 0));
        DataFormatException unchosen = catchThrowableOfType(DataFormatException.class,
                () -> table.select(ImportOptions.AUTOMATIC));
        assertThat(unchosen.detail()).startsWith("the file has 5 columns: choose x1 and x2 with --columns NAME1,NAME2"
                + " and the label with --label NAME").contains("species: text: Adelie, Gentoo, Chinstrap");
        DataFormatException unknown = catchThrowableOfType(DataFormatException.class,
                () -> table.select(new ImportOptions("beak", "mass (g)", "species", false, null)));
        assertThat(unknown.detail()).isEqualTo("no column 'beak' for x1: the columns are id, species,"
                + " bill length (mm), bill depth (mm), mass (g)");
    }

    @Test
    void twoNumericColumnsAndOneTextColumnNeedNoChoice() throws Exception {
        CsvTable table = importer.scan("p.csv", bytes("species,len,depth,note\nA,1,2,x\nB,3,4,y\n"));
        assertThat(table.automatic()).isNull();
        CsvTable three = importer.scan("p.csv", bytes("species,len,depth\nA,1,2\nB,3,4\n"));
        assertThat(three.needsChoice()).isFalse();
    }

    @Test
    void namesAreCleanedOfControlCharactersAndShortened() {
        assertThat(Names.clean("  bill\tlength\u202E (mm)\u0007 ", "x1")).isEqualTo("bill length (mm)");
        assertThat(Names.clean("\u0001", "x1")).isEqualTo("x1");
        assertThat(Names.clean("a".repeat(200), "x1")).hasSize(DataLimits.MAX_NAME_CHARS).endsWith("…");
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("grades.csv");
        Files.writeString(file, "lectures,hours,result\n30,10,pass\n3,2,fail\n");
        ImportedData data = importer.read(file, (ProblemType) null);
        assertThat(data.name()).isEqualTo("grades");
        assertThat(data.classNames()).containsExactly("pass", "fail");
        assertThat(data.toDataSet(50, 1).size()).isEqualTo(2);
    }

    @Test
    void progressCountsTheFilesBytesAndAnInterruptionStopsTheRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rows.csv");
        StringBuilder sb = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 20_000; i++) sb.append(i).append(',').append(i % 7).append(',').append(i % 2).append('\n');
        Files.writeString(file, sb);
        long size = Files.size(file);
        java.util.List<Long> seen = new java.util.ArrayList<>();
        CsvTable table = importer.scan(file, (bytes, total) -> {
            assertThat(total).isEqualTo(size);
            seen.add(bytes);
        });
        assertThat(table.rows()).isEqualTo(20_000);
        assertThat(seen.getFirst()).isZero();
        assertThat(seen.getLast()).isEqualTo(size);
        assertThat(seen).isSorted().hasSizeGreaterThan(2);

        long[] readWhenStopped = {-1};
        java.io.InterruptedIOException stop = catchThrowableOfType(java.io.InterruptedIOException.class,
                () -> importer.scan(file, (bytes, total) -> {
                    if (bytes > 0) {
                        readWhenStopped[0] = bytes;
                        throw new java.io.InterruptedIOException("stop");
                    }
                }));
        assertThat(stop).as("the interruption reaches the caller as it was thrown").hasMessage("stop");
        assertThat(readWhenStopped[0]).isPositive().isLessThan(size);
    }
}
