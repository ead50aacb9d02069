package org.nnplay.ui.lessons;

import org.nnplay.experiment.Lesson;

/** Opens a lesson: its preset in the playground, then its window if it has one. The menu and browser report here. */
@FunctionalInterface
public interface LessonOpener {
    void open(Lesson lesson);
}
