package org.nnplay.training.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The landscape computations are pure: a JavaFX view sits on top of them, never inside. ArchUnit 1.3.0 cannot read
 * Java 25 class files (major version 69: it logs a warning, imports nothing and so passes every rule), so this test
 * reads the compiled classes' constant pools itself: a reference to a class appears there as its internal name.
 */
class LandscapeArchitectureTest {
    @Test
    void theLandscapePackageUsesNoJavaFx() throws IOException, URISyntaxException {
        Path dir = Path.of(LandscapeComputer.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/nnplay/training/landscape");
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(15);
        for (Path c : classes) {
            String pool = new String(Files.readAllBytes(c), StandardCharsets.ISO_8859_1);
            assertThat(pool).as(c.getFileName().toString())
                    .contains("org/nnplay/")
                    .doesNotContain("javafx/", "org/controlsfx/", "eu/hansolo/");
        }
    }
}
