package org.nnplay.ui.landscape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplay.training.landscape.PathPoint;
import org.nnplay.training.landscape.Trajectory;

/**
 * The recorded path on the shown slice: each kept snapshot projected once (cached by its index) with the loss
 * recorded with it, so appending an epoch costs one projection, not one per point.
 */
final class PathTracker {
    private final Map<Long, PathPoint> cache = new HashMap<>();
    private SliceProjection projection;
    private long offered = -1;

    /** A new slice: every point must be projected again. */
    void reset(SliceProjection p) {
        projection = p;
        cache.clear();
        offered = -1;
    }

    /** Whether the trajectory has grown since the last {@link #project}. */
    boolean changed(Trajectory t) {
        return (t == null ? 0 : t.offered()) != offered;
    }

    List<PathPoint> project(Trajectory t) {
        offered = t == null ? 0 : t.offered();
        if (t == null || projection == null) return List.of();
        List<PathPoint> out = new ArrayList<>();
        Map<Long, PathPoint> keep = new HashMap<>();
        for (Trajectory.Snapshot s : t.snapshots()) {
            PathPoint pp = cache.get(s.index());
            if (pp == null) {
                double[] w = s.weights();
                if (w.length != projection.size()) return List.of(); // recorded for another network
                double[] ab = projection.project(w);
                pp = new PathPoint(ab[0], ab[1], s.loss());
            }
            keep.put(s.index(), pp);
            out.add(pp);
        }
        cache.clear();
        cache.putAll(keep);
        return out;
    }
}
