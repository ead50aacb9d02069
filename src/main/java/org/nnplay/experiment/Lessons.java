package org.nnplay.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ready-made lesson presets shipped on the classpath under {@code lessons/}: {@code index.json} lists them
 * ({@code {"format": "nnplay-lessons", "version": 1, "lessons": [{id, scene, title, file, description}]}}) and each
 * is an ordinary experiment file. The presets ship with the application, so a broken one is a bug: it is reported
 * as an {@link IllegalStateException}.
 */
public final class Lessons {
    private static final String DIR = "/lessons/";
    private static final ExperimentIO IO = new ExperimentIO();

    private Lessons() {}

    /** All lessons, in curriculum order. */
    public static List<Lesson> list() {
        JsonNode index = parseIndex(resource("index.json"));
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        try {
            return List.of(mapper.treeToValue(index.path("lessons"), Lesson[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lessons/index.json: " + e.getOriginalMessage(), e);
        }
    }

    /** The preset experiment of lesson {@code id}. */
    public static Experiment load(String id) {
        return loadWithWarnings(id).experiment();
    }

    /** The preset of lesson {@code id} with any load warnings (a shipped preset has none). */
    public static LoadResult loadWithWarnings(String id) {
        Lesson lesson = list().stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lesson '" + id + "': expected one of "
                        + list().stream().map(Lesson::id).collect(Collectors.joining(", "))));
        try {
            return IO.read(resource(lesson.file()), "lessons/" + lesson.file());
        } catch (ExperimentFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static JsonNode parseIndex(String json) {
        try {
            JsonNode index = JsonMapper.builder().build().readTree(json);
            if (!"nnplay-lessons".equals(index.path("format").asText()) || index.path("version").asInt() != 1) {
                throw new IllegalStateException("lessons/index.json: expected format nnplay-lessons, version 1");
            }
            return index;
        } catch (IOException e) {
            throw new IllegalStateException("lessons/index.json: " + e.getMessage(), e);
        }
    }

    private static String resource(String file) {
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalStateException("lesson file must be a plain file name under lessons/: " + file);
        }
        try (InputStream in = Lessons.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("missing lesson resource lessons/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
