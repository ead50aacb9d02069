package org.nnplay.training;

/**
 * What a consumer wants in its next snapshot: the decision-boundary grid at {@code gridResolution}² cells, every
 * neuron's grid (inputs included) at {@code neuronResolution}² (0: none), and whether to compute grids at all.
 * Metrics, weights and history come with every snapshot.
 */
public record SnapshotRequest(int gridResolution, int neuronResolution, boolean wantGrid) {
    public static final int MAX_RESOLUTION = 1000;
    public static final SnapshotRequest METRICS_ONLY = new SnapshotRequest(0, 0, false);

    public SnapshotRequest {
        if (gridResolution < 0 || gridResolution > MAX_RESOLUTION || neuronResolution < 0
                || neuronResolution > MAX_RESOLUTION) {
            throw new IllegalArgumentException("snapshot resolution must be in 0.." + MAX_RESOLUTION);
        }
        if (wantGrid && gridResolution < 1) {
            throw new IllegalArgumentException("a grid needs a resolution ≥ 1");
        }
    }

    public static SnapshotRequest grid(int resolution, int neuronResolution) {
        return new SnapshotRequest(resolution, neuronResolution, true);
    }
}
