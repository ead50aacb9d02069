package org.nnplay.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lessons shipped on the classpath under {@code lessons/}. {@code index.json} lists them:
 * <pre>{@code {"format": "nnplay-lessons", "version": 2,
 *  "topics": [{"id": "neuron", "title": "Neurons and boundaries"}, …],
 *  "lessons": [{"id", "scene", "topic", "title", "file"?, "window"?, "description", "look"}, …]}}</pre>
 * in curriculum order; each {@code file} is an ordinary experiment file named after the lesson's id, and
 * {@code window} is one of {@link LessonWindow}'s keys. The reader is strict: an unknown or missing field, a wrong
 * type, an unknown topic or window, a repeated id or another version is an error. The index ships with the
 * application, so a broken one is a bug: it is reported as an {@link IllegalStateException} naming the entry.
 */
public final class Lessons {
    static final String FORMAT = "nnplay-lessons";
    static final int VERSION = 2;
    private static final String DIR = "/lessons/";
    private static final ExperimentIO IO = new ExperimentIO();

    /** The parsed index: topics in menu order, lessons in curriculum order. */
    record Index(List<LessonTopic> topics, List<Lesson> lessons) {}

    private static final class Shipped {
        static final Index INDEX = parse(resource("index.json"));
    }

    private Lessons() {}

    /** Every lesson, in curriculum order: presets and those that only open a window. */
    public static List<Lesson> all() { return Shipped.INDEX.lessons(); }

    /** The lessons that open a preset experiment, in curriculum order. */
    public static List<Lesson> list() { return all().stream().filter(Lesson::hasPreset).toList(); }

    /** The course's topics, in the order the menu shows them. */
    public static List<LessonTopic> topics() { return Shipped.INDEX.topics(); }

    /** The lessons of one topic, in curriculum order. */
    public static List<Lesson> of(LessonTopic topic) {
        return all().stream().filter(l -> l.topic().equals(topic.id())).toList();
    }

    public static Optional<Lesson> find(String id) {
        return all().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson {@code id}; an unknown id is refused with the list of the known ones. */
    public static Lesson get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown lesson '" + id
                + "': expected one of " + ids(all())));
    }

    /** The preset experiment of lesson {@code id}. */
    public static Experiment load(String id) {
        return loadWithWarnings(id).experiment();
    }

    /**
     * The preset of lesson {@code id} with any load warnings (a shipped preset has none). Its {@code view.lesson} is
     * the lesson's id, so the window shows the lesson's explanation beside it.
     */
    public static LoadResult loadWithWarnings(String id) {
        Lesson lesson = get(id);
        if (!lesson.hasPreset()) {
            throw new IllegalArgumentException("lesson '" + id + "' opens the " + lesson.window().key()
                    + " window and has no experiment: lessons with one are " + ids(list()));
        }
        try {
            LoadResult r = IO.read(resource(lesson.file()), "lessons/" + lesson.file());
            return new LoadResult(r.experiment().withView(v -> v.withLesson(id)), r.warnings());
        } catch (ExperimentFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String ids(List<Lesson> lessons) {
        return lessons.stream().map(Lesson::id).collect(Collectors.joining(", "));
    }

    /** Reads an index (strictly, see the class comment). */
    static Index parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (IOException e) {
            throw bad("", "is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw bad("", "must be a JSON object");
        }
        fields(root, "", Set.of("format", "version", "topics", "lessons"), Set.of());
        if (!FORMAT.equals(text(root, "format", ""))) {
            throw bad("format", "must be \"" + FORMAT + "\"");
        }
        if (!root.get("version").isInt() || root.get("version").asInt() != VERSION) {
            throw bad("version", "= " + root.get("version") + ": this NNPlay reads version " + VERSION);
        }
        List<LessonTopic> topics = new ArrayList<>();
        Set<String> topicIds = new HashSet<>();
        for (JsonNode t : array(root, "topics")) {
            String at = "topics[" + topics.size() + "]";
            fields(t, at, Set.of("id", "title"), Set.of());
            LessonTopic topic = build(at, () -> new LessonTopic(text(t, "id", at), text(t, "title", at)));
            if (!topicIds.add(topic.id())) {
                throw bad(at, "repeats the topic id " + topic.id());
            }
            topics.add(topic);
        }
        List<Lesson> lessons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode l : array(root, "lessons")) {
            String at = "lessons[" + lessons.size() + "]";
            fields(l, at, Set.of("id", "scene", "topic", "title", "description", "look"), Set.of("file", "window"));
            JsonNode scene = l.get("scene");
            if (!scene.isInt()) {
                throw bad(at + ".scene", "must be a whole number");
            }
            Lesson lesson = build(at, () -> new Lesson(text(l, "id", at), scene.asInt(), text(l, "topic", at),
                    text(l, "title", at), l.has("file") ? text(l, "file", at) : null,
                    l.has("window") ? LessonWindow.fromKey(text(l, "window", at)) : null,
                    text(l, "description", at), text(l, "look", at)));
            if (!topicIds.contains(lesson.topic())) {
                throw bad(at + ".topic", "= " + lesson.topic() + " is not among the topics");
            }
            if (!ids.add(lesson.id())) {
                throw bad(at, "repeats the lesson id " + lesson.id());
            }
            lessons.add(lesson);
        }
        return new Index(List.copyOf(topics), List.copyOf(lessons));
    }

    private static <T> T build(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw bad(at, e.getMessage());
        }
    }

    private static void fields(JsonNode node, String at, Set<String> required, Set<String> optional) {
        if (!node.isObject()) {
            throw bad(at, "must be a JSON object");
        }
        for (String r : required) {
            if (!node.has(r)) {
                throw bad(path(at, r), "is missing");
            }
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!required.contains(name) && !optional.contains(name)) {
                throw bad(path(at, name), "is not a field of the lesson index");
            }
        }
    }

    private static String text(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(path(at, field), "must be text");
        }
        return v.asText();
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (!v.isArray() || v.isEmpty()) {
            throw bad(field, "must be a non-empty list");
        }
        return v;
    }

    private static String path(String at, String field) { return at.isEmpty() ? field : at + "." + field; }

    private static IllegalStateException bad(String at, String why) {
        return new IllegalStateException("lessons/index.json" + (at.isEmpty() ? "" : ": " + at) + " " + why);
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
