package org.nnplay.engine.nd4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ND4J is reached only through Nd4jRuntime, so nothing else can make the window wait for it. Checked on the
 * sources (ArchUnit 1.3.0 cannot read Java 25 class files).
 */
class Nd4jIsolationTest {
    private static final Path MAIN = Path.of("src/main/java/org/nnplay");
    private static final Pattern ND4J = Pattern.compile("\\borg\\.(nd4j|bytedeco)\\.");

    private static List<Path> sourcesUsingNd4j() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return ND4J.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void onlyTheNd4jAndCheckPackagesUseNd4jClasses() throws IOException {
        assertThat(sourcesUsingNd4j()).isNotEmpty().allSatisfy(f -> assertThat(MAIN.relativize(f).toString())
                .matches("engine/(nd4j|check)/.*"));
    }

    @Test
    void theRuntimeAndResolverNameNoNd4jType() throws IOException {
        assertThat(sourcesUsingNd4j()).map(f -> f.getFileName().toString())
                .doesNotContain("Nd4jRuntime.java", "Backends.java");
    }
}
