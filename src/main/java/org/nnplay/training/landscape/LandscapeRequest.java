package org.nnplay.training.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * One 2-D landscape to compute: the loss ({@link LossSetup}), the plane ({@link Slice}), the rectangle
 * [alphaMin, alphaMax] × [betaMin, betaMax] and the resolution n (n × n points, both ends included).
 */
public record LandscapeRequest(LossSetup loss, Slice slice, double alphaMin, double alphaMax, double betaMin,
                               double betaMax, int resolution) {
    public static final int DEFAULT_RESOLUTION = 41;
    public static final double DEFAULT_RANGE = 1.0;
    /** Coarse levels are never made smaller than this. */
    public static final int MIN_COARSE = 11;

    public LandscapeRequest {
        if (resolution < 2) {
            throw new IllegalArgumentException("grid resolution must be ≥ 2, got " + resolution);
        }
        if (!(alphaMax > alphaMin) || !(betaMax > betaMin) || !Double.isFinite(alphaMax - alphaMin)
                || !Double.isFinite(betaMax - betaMin)) {
            throw new IllegalArgumentException("grid range must be finite and non-empty, got α ∈ [" + alphaMin + ", "
                    + alphaMax + "], β ∈ [" + betaMin + ", " + betaMax + "]");
        }
        if (slice.size() != loss.layout().size()) {
            throw new IllegalArgumentException("slice has " + slice.size() + " entries, the network "
                    + loss.layout().size());
        }
    }

    /** A square grid ±range around the slice's centre. */
    public static LandscapeRequest around(LossSetup loss, Slice slice, double range, int resolution) {
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("grid range must be > 0, got " + range);
        }
        return new LandscapeRequest(loss, slice, -range, range, -range, range, resolution);
    }

    /** The usual first view: random filter-normalised directions (seeded) around the setup's weights. */
    public static LandscapeRequest aroundCurrent(LossSetup loss, long seed, boolean includeBiases, double range,
                                                 int resolution) {
        Directions dirs = Directions.filterNormalized(loss.template(), seed, includeBiases);
        return around(loss, Slice.of(loss.center(), dirs), range, resolution);
    }

    public LandscapeRequest withResolution(int n) {
        return new LandscapeRequest(loss, slice, alphaMin, alphaMax, betaMin, betaMax, n);
    }

    public double alpha(int i) { return alphaMin + (alphaMax - alphaMin) * i / (resolution - 1); }

    public double beta(int j) { return betaMin + (betaMax - betaMin) * j / (resolution - 1); }

    /**
     * The resolutions computed coarse to fine, ending with {@link #resolution()}: n, (n−1)/2 + 1, … while the
     * halving is exact and stays ≥ {@link #MIN_COARSE}. Each level's points are a subset of the next level's, so
     * the finer level only computes the new points (41 → 11, 21, 41: 1681 forward passes in all, not 2243).
     */
    public int[] levels() {
        List<Integer> rs = new ArrayList<>();
        int r = resolution;
        rs.add(r);
        while ((r - 1) % 2 == 0 && (r - 1) / 2 + 1 >= MIN_COARSE) {
            r = (r - 1) / 2 + 1;
            rs.add(0, r);
        }
        return rs.stream().mapToInt(Integer::intValue).toArray();
    }
}
