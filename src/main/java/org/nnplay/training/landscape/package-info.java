/**
 * Loss landscapes (the lessons of scenes 6–8 in {@code lessons/index.json}: learning rates, optimizers, batches):
 * pure computation, no JavaFX; a view or the {@code landscape} command calls it and shows the results.
 *
 * <h2>Around the current weights</h2>
 * <pre>{@code
 * LandscapeComputer computer = new LandscapeComputer();            // owns 2 daemon threads; close() on exit
 * LossSetup loss = Model.of(setup, weights).trainingLoss();        // a run's loss (org.nnplay.training.Model), or
 * LossSetup loss = LossSetup.of(net, train, reg, includePenalty);   // copies the weights: build it on the training thread
 * LandscapeRequest req = LandscapeRequest.aroundCurrent(loss, seed, includeBiases, 1.0, 41);
 * LandscapeJob job = computer.submit(req, new LandscapeListener() {  // cancels the previous job
 *     public void onLevel(LandscapeGrid g) { Platform.runLater(() -> heatmap.show(g)); }   // 11×11, 21×21, 41×41
 *     public void onProgress(double f) { ... }
 *     public void onFailed(Throwable e) { ... }
 * });
 * job.cancel();                                                     // or submit a new request on any change
 * }</pre>
 * Test-data loss: {@code loss.withData(testMatrix)}. Other planes: {@code new LandscapeRequest(loss, slice, αmin, αmax,
 * βmin, βmax, n)} with any {@link org.nnplay.training.landscape.Slice}.
 *
 * <h2>Along the path</h2>
 * <pre>{@code
 * Trajectory t = new Trajectory();                                  // bounded: every k-th snapshot, k doubling
 * t.offer(net.weights().flatten(), trainLoss);                      // after each step or epoch, on the training thread
 * PathPlane plane = PathPlane.of(t, PathPlane.DEFAULT_MARGIN, seed); // PCA; plane.explained(), plane.path()
 * computer.submit(plane.request(loss, 41), listener);               // the surface under the path
 * LineInterpolation line = LineInterpolation.compute(loss, t.first().weights(), t.latest().weights());
 * }</pre>
 *
 * <h2>Optimizer race (scenes 6 and 7)</h2>
 * <pre>{@code
 * List<OptimizerRace.Run> runs = OptimizerRace.run(loss, req.slice(), α0, β0, OptimizerRace.defaults(), 100, token);
 * }</pre>
 * Each run's {@code path()} is a list of {@link org.nnplay.training.landscape.PathPoint} (α, β, loss) to draw on the
 * same slice's heat map; {@code divergence()} says why a racer stopped early.
 */
package org.nnplay.training.landscape;
