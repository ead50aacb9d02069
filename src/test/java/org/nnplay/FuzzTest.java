package org.nnplay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnplay.data.CsvImporter;
import org.nnplay.data.DataFormatException;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.Lessons;
import org.nnplay.experiment.LoadResult;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeText;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.RunCheckpoint;
import org.nnplay.training.RunCheckpointIO;
import org.nnplay.training.TrainingService;

/**
 * Seeded random mutations of valid files through every reader: experiment JSON ({@link ExperimentIO}), data CSV
 * ({@link CsvImporter}), the autosaved run ({@link RunCheckpointIO}), and {@code train}'s front door with both kinds
 * of file. Each case loads, or fails with the project's own exception that names the file and where in it (line, field
 * or byte) in words; nothing else is thrown, no message carries a library's name or a raw control character, and no
 * case allocates more than {@value #CASE_ALLOCATION_LIMIT} bytes. The seed is printed, so a failing case can be replayed.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("nnplay.fuzzSeed", 20_260_314L);
    private static final int JSON_CASES = 2_000;
    private static final int CSV_CASES = 1_000;
    private static final int RUN_CASES = 500;
    private static final int FRONT_DOOR_CASES = 60;
    /** The most one case may allocate: a reader that grows with what a file claims (not with its size) fails here. */
    private static final long CASE_ALLOCATION_LIMIT = 64L * 1024 * 1024;
    private static final List<String> TOKENS = List.of("\"", "{", "}", "[", "]", ",", ":", "NaN", "-Infinity",
            "1e309", "-0", "1e-400", "99999999999999999999999999", "0.1e", "00012", "-.5", "true", "null", "\"\\u0000\"",
            "\\u0000", "\\ud800", "\u2028", "\u0085", "\"x\": 1,", "'", "/* c */", "//", "\t", "\r", "\0", "\u001b[2J",
            "\"format\": \"nnplay-experiment\",", "\"version\": 99,", "\"hidden\": [32,32,32,32,32,32,32,32,32,32,32],",
            "\"samples\": 100000,", "\"learningRate\": -1,", "\"dataset\": \"../../etc/passwd\",", "\uFEFF", "é", "🧠",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "\"\\x41\"", "\\");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final List<String> WHOLE_FILE = List.of("the file is empty", "the file is UTF-16", "the file is UTF-32",
            "limit is", "nested more than", "longer than", "more text after");

    @TempDir Path dir;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long caseStart;
    private long mostPerCase;

    @Test
    void mutatedExperimentFilesLoadOrSayWhatAndWhere() throws Exception {
        Random random = new Random(SEED);
        List<String> seeds = experimentSeeds();
        int loaded = 0;
        long start = cpuNanos();
        caseStart = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < JSON_CASES; i++) {
            byte[] bytes = mutate(random, seeds.get(random.nextInt(seeds.size())));
            String name = "case-" + i + ".json";
            try {
                LoadResult r = new ExperimentIO().read(bytes, name);
                Experiment back = new ExperimentIO().read(new ExperimentIO().toJson(r.experiment()), name).experiment();
                assertThat(back).as("round trip of " + name).isEqualTo(r.experiment());
                assertThat(r.warnings()).hasSizeLessThanOrEqualTo(6);
                r.warnings().forEach(FuzzTest::clean);
                loaded++;
            } catch (ExperimentFormatException e) {
                clean(e.getMessage());
                assertThat(e.getMessage()).as(name).startsWith(name + (e.line() > 0 ? ", line " : ""));
                boolean located = e.line() > 0 || e.fieldPath() != null || WHOLE_FILE.stream().anyMatch(e.problem()::contains);
                assertThat(located).as("located: " + e.getMessage() + "\n" + shown(bytes)).isTrue();
            } catch (Throwable t) {
                throw new AssertionError("seed " + SEED + ", " + name + ": " + t + "\n" + shown(bytes), t);
            }
            measureCase();
        }
        report("experiment JSON", JSON_CASES, loaded, start);
        assertThat(loaded).as("some mutations still load").isGreaterThan(JSON_CASES / 50);
    }

    @Test
    void mutatedCsvFilesLoadOrSayWhatAndWhere() {
        Random random = new Random(SEED + 1);
        List<String> seeds = csvSeeds();
        int loaded = 0;
        long start = cpuNanos();
        caseStart = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < CSV_CASES; i++) {
            byte[] bytes = mutate(random, seeds.get(random.nextInt(seeds.size())));
            String name = "case-" + i + ".csv";
            try {
                new CsvImporter(10_000, 1 << 20).read(name, new java.io.ByteArrayInputStream(bytes), (org.nnplay.data.ProblemType) null);
                loaded++;
            } catch (DataFormatException e) {
                clean(SafeText.escape(e.getMessage())); // as the front doors show it (train, the window's import)
                assertThat(e.file()).isEqualTo(name);
                assertThat(e.line() > 0 || e.line() == 0 && e.column() == 0).as(e.getMessage()).isTrue();
            } catch (Throwable t) {
                throw new AssertionError("seed " + SEED + ", " + name + ": " + t + "\n" + shown(bytes), t);
            }
            measureCase();
        }
        report("data CSV", CSV_CASES, loaded, start);
        assertThat(loaded).isGreaterThan(CSV_CASES / 50);
    }

    @Test
    void mutatedRunCheckpointsLoadOrNameTheByte() throws Exception {
        Path file = dir.resolve("autosave.run");
        try (TrainingService service = TrainingService.start(ExperimentSetups.of(Experiment.defaults()
                .withTraining(t -> t.withOptimizer(org.nnplay.engine.optim.OptimizerKind.ADAM)), JvmBackend.INSTANCE))) {
            for (int i = 0; i < 12; i++) service.stepEpoch();
            RunCheckpoint c = service.checkpoint().get(10, TimeUnit.SECONDS);
            RunCheckpointIO.write(c, new byte[] {1, 2, 3}, file);
        }
        byte[] valid = Files.readAllBytes(file);
        assertThat(RunCheckpointIO.read(valid, "ok").checkpoint().epoch()).isEqualTo(12);
        Random random = new Random(SEED + 2);
        int loaded = 0;
        long start = cpuNanos();
        caseStart = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < RUN_CASES; i++) {
            byte[] bytes = mutateBytes(random, valid);
            try {
                RunCheckpointIO.read(bytes, "case-" + i + ".run");
                loaded++;
            } catch (FileProblem e) {
                clean(e.getMessage());
                assertThat(e.getMessage()).startsWith("case-" + i + ".run: byte ");
            } catch (Throwable t) {
                throw new AssertionError("seed " + SEED + ", run case " + i + ": " + t, t);
            }
            measureCase();
        }
        report("autosaved runs", RUN_CASES, loaded, start);
    }

    @Test
    void trainsFrontDoorTakesMutatedFilesWithExitTwoAndWords() throws Exception {
        Random random = new Random(SEED + 3);
        List<String> json = experimentSeeds();
        List<String> csv = csvSeeds();
        // the unmutated files once, unmeasured: loading the trainer's classes (tens of MB of class-path strings and
        // byte code on a first run, more or less depending on which tests ran before) is not what a case allocates
        for (int w = 0; w < 2; w++) {
            Path file = dir.resolve("front-warm-up" + (w == 1 ? ".csv" : ".json"));
            Files.writeString(file, w == 1 ? csv.get(0) : json.get(0));
            String[] args = w == 1 ? new String[] {"train", "--data", file.toString(), "--epochs=1"}
                    : new String[] {"train", "--experiment", file.toString(), "--epochs", "1"};
            Launcher.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        long start = cpuNanos();
        caseStart = threads.getCurrentThreadAllocatedBytes();
        int[] codes = new int[4];
        for (int i = 0; i < FRONT_DOOR_CASES; i++) {
            boolean data = i % 3 == 2;
            Path file = dir.resolve("front-" + i + (data ? ".csv" : ".json"));
            Files.write(file, mutate(random, data ? csv.get(random.nextInt(csv.size())) : json.get(random.nextInt(json.size()))));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] args = data ? new String[] {"train", "--data", file.toString(), "--epochs=1", "--every", "1"}
                    : new String[] {"train", "--experiment", file.toString(), "--epochs", "1", "--every=1"};
            int code = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(said).isIn(0, 2, 3);
            codes[code]++;
            said.lines().forEach(FuzzTest::clean);
            assertThat(said).doesNotContain("\tat ");
            if (code == 2) assertThat(said).contains(file.getFileName().toString());
            if (code == 0 && threads.getCurrentThreadAllocatedBytes() - caseStart >= CASE_ALLOCATION_LIMIT) {
                // Once in a while the JIT throws a compiled Vector API kernel away (a path its profile had not seen)
                // and, until it has compiled it again, each vector op allocates: tens of MB in one short run, not
                // the input's doing. A file that makes training allocate too much does so again; measure a rerun.
                caseStart = threads.getCurrentThreadAllocatedBytes();
                Launcher.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            }
            measureCase();
        }
        report("train front door", FRONT_DOOR_CASES, codes[0], start);
        assertThat(codes[0]).as("some trained").isPositive();
        assertThat(codes[2]).as("some refused").isPositive();
    }

    /** A message a user may read: one line, no control, no library's words. */
    private static void clean(String message) {
        assertThat(message).as("one line").doesNotContain("\n");
        assertThat(message.codePoints()).as(message).noneMatch(SafeText::isControl);
        TrustFindingsTest.speaksTheUsersWords(message);
    }

    /** After each case: what it allocated (on this thread, where the readers run) stays under the limit. */
    private void measureCase() {
        long now = threads.getCurrentThreadAllocatedBytes();
        long allocated = now - caseStart;
        caseStart = now;
        mostPerCase = Math.max(mostPerCase, allocated);
        assertThat(allocated).as("bytes allocated by one case").isLessThan(CASE_ALLOCATION_LIMIT);
    }

    private void report(String what, int cases, int loaded, long startCpu) {
        System.out.printf("fuzz %s: %d cases (seed %d), %d loaded, %d refused in words, %.1f s of CPU, at most %.1f MB "
                + "allocated by one case%n", what, cases, SEED, loaded, cases - loaded, (cpuNanos() - startCpu) / 1e9,
                mostPerCase / 1048576.0);
    }

    /** This thread's CPU time: what the cases cost, whatever else the machine is doing. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** One to three mutations of a valid file's text, as bytes (some not UTF-8, some UTF-16). */
    static byte[] mutate(Random r, String valid) {
        String s = valid;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            int at = s.isEmpty() ? 0 : r.nextInt(s.length());
            int len = 1 + r.nextInt(Math.max(1, Math.min(24, s.length() - at)));
            s = switch (r.nextInt(9)) {
                case 0 -> s.substring(0, at) + s.substring(Math.min(s.length(), at + len));
                case 1, 2 -> s.substring(0, at) + TOKENS.get(r.nextInt(TOKENS.size())) + s.substring(at);
                case 3 -> replaceNumber(r, s);
                case 4 -> s.substring(0, at) + s.substring(at, Math.min(s.length(), at + len)) + s.substring(at);
                case 5 -> s.substring(0, at);
                case 6 -> s.substring(0, at) + (char) r.nextInt(0x3000) + s.substring(Math.min(s.length(), at + 1));
                case 7 -> s.replaceFirst("\"[a-zA-Z0-9_]+\"", "\"" + TOKENS.get(r.nextInt(TOKENS.size())) + "\"");
                default -> s.substring(0, at) + s.substring(at, Math.min(s.length(), at + len)).toUpperCase() + s.substring(
                        Math.min(s.length(), at + len));
            };
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        return switch (r.nextInt(20)) {
            case 0 -> s.getBytes(StandardCharsets.UTF_16LE);
            case 1 -> s.getBytes(StandardCharsets.UTF_16);
            case 2 -> mutateBytes(r, bytes);
            default -> bytes;
        };
    }

    private static String replaceNumber(Random r, String s) {
        Matcher m = NUMBER.matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return s;
        int[] span = spans.get(r.nextInt(spans.size()));
        String[] hostile = {"1e309", "-1e309", "0", "-0.0", "4294967296", "9223372036854775808", "1e-320", "-7", "0.5",
                "1" + "0".repeat(120), "12345678901234567890", "3", "100001", "2147483648"};
        return s.substring(0, span[0]) + hostile[r.nextInt(hostile.length)] + s.substring(span[1]);
    }

    static byte[] mutateBytes(Random r, byte[] valid) {
        byte[] b = valid.clone();
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] = (byte) r.nextInt(256);
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    byte[] big = java.util.Arrays.copyOf(b, b.length + 4);
                    System.arraycopy(b, at, big, at + 4, b.length - at);
                    int v = r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt();
                    big[at] = (byte) (v >>> 24);
                    big[at + 1] = (byte) (v >>> 16);
                    big[at + 2] = (byte) (v >>> 8);
                    big[at + 3] = (byte) v;
                    b = big;
                }
                default -> b[at] ^= (byte) (1 << r.nextInt(8));
            }
        }
        return b;
    }

    /** Every lesson preset, and the defaults with weights, hand-drawn points and imported points. */
    static List<String> experimentSeeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Lesson l : Lessons.list()) {
            try (InputStream in = FuzzTest.class.getResourceAsStream("/lessons/" + l.file())) {
                seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        ExperimentIO io = new ExperimentIO();
        Experiment base = Experiment.defaults().withData(d -> d.withSamples(40));
        seeds.add(io.toJson(base));
        String withPoints = io.toJson(base).replace("\"handPoints\" : [ ]", "\"handPoints\" : [ {\"x1\": 1, \"x2\": 2, "
                + "\"y\": 1, \"train\": true}, {\"x1\": -1, \"x2\": 0.5, \"y\": 0} ]");
        seeds.add(withPoints);
        seeds.add(io.toJson(Lessons.load(Lessons.list().getFirst().id()).withName("With \"quotes\" and é")));
        return seeds;
    }

    static List<String> csvSeeds() {
        return List.of(
                "x1,x2,label\n1,2,0\n2,1,1\n0,0,0\n3,3,1\n-1,0.5,0\n",
                "hours,grade,passed,split\n1.5,60,yes,train\n3,75,no,test\n4.5,90,yes,train\n2,55,no,train\n",
                "a;b;c\n1,5;2,25;red\n2;3;green\n0,1;0;blue\n",
                "# comment\n\"x, one\",\"x \"\"two\"\"\",label\n1,2,cat\n2,3,dog\n\n4,5,cat\n",
                "0.1\t0.2\t0.3\n0.4\t0.5\t0.6\n0.7\t0.8\t0.9\n",
                "x1,x2,label\n1e3,-2E-2,+1\n.5,5.,-1\n");
    }

    private static String shown(byte[] bytes) {
        return SafeText.shown(new String(bytes, StandardCharsets.UTF_8), 600);
    }
}
