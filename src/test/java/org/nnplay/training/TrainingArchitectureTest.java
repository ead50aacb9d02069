package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The training service is plain Java: the UI adapts to it, never the reverse. (ArchUnit 1.3 cannot read Java 25
 * class files, so this looks for JavaFX and UI class names in the compiled classes' constant pools.)
 */
class TrainingArchitectureTest {
    @Test
    void trainingDoesNotDependOnJavaFxOrTheUi() throws Exception {
        Path dir = classesOf(TrainingService.class);
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(10);
        for (Path p : classes) {
            String pool = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertThat(pool).as(p.getFileName().toString()).doesNotContain("javafx/", "org/nnplay/ui/", "org/nnplay/app/");
        }
    }

    private static Path classesOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getResource(c.getSimpleName() + ".class").toURI()).getParent();
    }
}
