package org.nnplay.ui.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {
    @Test
    void experimentsAreSavedAsNnplayAndJsonStillCounts() {
        assertThat(FileKind.EXPERIMENT.extension()).isEqualTo("nnplay");
        assertThat(FileKind.EXPERIMENT.extensions()).containsExactly("nnplay", "json");
        assertThat(FileKind.EXPERIMENT.withExtension("spiral-8x6")).isEqualTo("spiral-8x6.nnplay");
        assertThat(FileKind.EXPERIMENT.withExtension("lesson.nnplay")).isEqualTo("lesson.nnplay");
        assertThat(FileKind.EXPERIMENT.withExtension("Old Lesson.JSON")).isEqualTo("Old Lesson.JSON");
    }

    @Test
    void otherKindsKeepTheirOneExtension() {
        assertThat(FileKind.PNG.extensions()).containsExactly("png");
        assertThat(FileKind.PNG.withExtension("boundary.json")).isEqualTo("boundary.json.png");
        assertThat(FileKind.CSV.withExtension("points.CSV")).isEqualTo("points.CSV");
    }
}
