package org.nnplay.experiment;

/** A topic of the course that groups lessons in the menu and the browser, e.g. {@code losses}, "Losses". */
public record LessonTopic(String id, String title) {
    public LessonTopic {
        Lesson.requireText("topic id", id);
        Lesson.requireText("topic " + id + ": title", title);
    }
}
