package org.nnplay.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nnplay.experiment.Lesson;
import org.nnplay.experiment.LessonTopic;
import org.nnplay.experiment.Lessons;

/**
 * {@code nnplay lessons [--json]}: the lessons in the order of {@code lessons/index.json}: id, scene and title (and
 * the topic, and the window a lesson opens), as a table or one JSON object per line. Open one with
 * {@code nnplay --lesson ID} (the window) or {@code nnplay train --lesson ID}.
 */
final class LessonsCommand implements Command {
    static final String USAGE = """
            usage: nnplay lessons [--json]
              lists the lessons: id, scene and title, grouped by the course's topics
              --json   one JSON object per lesson: id, scene, title, topic, preset (true if it opens an experiment),
                       window (the window it opens, or null)
            open one in the window with: nnplay --lesson ID; train one headless with: nnplay train --lesson ID""";

    @Override public String name() { return "lessons"; }

    @Override public String summary() { return "list the lessons (id, scene, title) to open with --lesson ID"; }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        for (String a : args) {
            switch (a) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                case "--json" -> json = true;
                default -> {
                    err.println("nnplay lessons: unknown argument '" + a + "'");
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (json) {
            for (Lesson l : Lessons.all()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", l.id());
                o.put("scene", l.scene());
                o.put("title", l.title());
                o.put("topic", topic(l).title());
                o.put("preset", l.hasPreset());
                o.put("window", l.window() == null ? null : l.window().key());
                out.println(Json.object(o));
            }
            return 0;
        }
        int width = Lessons.all().stream().mapToInt(l -> l.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %5s  %s%n", "id", "scene", "title");
        for (LessonTopic t : Lessons.topics()) {
            out.println();
            out.println(t.title());
            for (Lesson l : Lessons.of(t)) {
                out.printf("%-" + width + "s  %5d  %s%s%n", l.id(), l.scene(), l.title(),
                        l.window() == null ? "" : "  (opens the " + l.window().key() + " window)");
            }
        }
        return 0;
    }

    private static LessonTopic topic(Lesson l) {
        return Lessons.topics().stream().filter(t -> t.id().equals(l.topic())).findFirst().orElseThrow();
    }
}
