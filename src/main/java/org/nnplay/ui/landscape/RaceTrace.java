package org.nnplay.ui.landscape;

import java.util.List;
import javafx.scene.paint.Color;
import org.nnplay.training.landscape.PathPoint;

/** One racer's path as drawn: its colour, its points on the slice, and whether it diverged (drawn with a cross). */
record RaceTrace(String name, Color color, List<PathPoint> path, boolean diverged) {
    RaceTrace {
        path = List.copyOf(path);
    }
}
