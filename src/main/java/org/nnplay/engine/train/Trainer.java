package org.nnplay.engine.train;

import java.util.List;
import java.util.SplittableRandom;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.ModelGraph;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.RegularizationKind;
import org.nnplay.engine.optim.Optimizer;

/**
 * Mini-batch training of one network on one data set (which {@link #setData} may swap): shuffle (seeded) each
 * epoch, and for each batch forward, backward, check that everything is finite, clip, update. The same code serves
 * the app, the CLI and benchmarks.
 *
 * <p>Graphs are built once per batch size (plus one for a shorter last batch), so a warm step allocates nothing.
 * On the JVM backend a small network of plain dense layers takes its steps through {@link FusedSteps} instead,
 * which computes the same bits in one kernel. Not thread-safe: one thread owns a trainer.
 */
public final class Trainer {
    /** How an update ended: the step diverges on a gradient or a weight that is not finite. */
    enum Update { DONE, GRADIENT_NOT_FINITE, WEIGHT_NOT_FINITE }

    private final Network net;
    private final Head head;
    private Matrix train;
    private double[] trainTargets;
    private final int outputs;
    private final SplittableRandom shuffle;
    private final long seed;
    private int[] order;
    private final List<Tensor> params;
    private final double[][] hostW;
    private final double[][] hostG;
    private final double[][] copyW;
    private final double[][] copyG;
    private final double[][] backup;
    private TrainConfig config;
    private Optimizer optimizer;
    private ModelGraph batchGraph;
    private ModelGraph tailGraph;
    private FusedSteps fused;
    /** Times steps to choose between one core and two; null where the backend has no second core to use. */
    private final SecondCore secondCore;
    private double[] batchX;
    private double[] batchY;
    private long epoch;
    private long steps;
    private int cursor;
    private double epochLossSum;
    private int epochBatches;
    private double lastEpochLoss = Double.NaN;
    private String divergence;

    public Trainer(Network net, Matrix train, TrainConfig config, long seed) {
        if (train.rows() == 0) {
            throw new IllegalArgumentException("there are no training points: add points or raise the training ratio");
        }
        this.net = net;
        this.head = net.spec().head();
        this.train = train;
        this.outputs = net.spec().outputs();
        this.seed = seed;
        this.shuffle = new SplittableRandom(seed * 31 + 7);
        this.order = identity(train.rows());
        this.trainTargets = encode(train);
        this.params = net.parameters();
        hostW = new double[params.size()][];
        hostG = new double[params.size()][];
        copyW = new double[params.size()][];
        copyG = new double[params.size()][];
        backup = new double[params.size()][];
        int[] sizes = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            int n = params.get(i).rows() * params.get(i).cols();
            sizes[i] = n;
            copyW[i] = new double[n];
            copyG[i] = new double[n];
            backup[i] = new double[n];
        }
        this.optimizer = new Optimizer(config.optimizer(), sizes);
        this.config = config;
        this.secondCore = net.backend().hasSecondCore() ? new SecondCore() : null;
        buildGraphs();
        shuffleOrder();
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) o[i] = i;
        return o;
    }

    /**
     * Trains on other rows from now on (points were added or removed), keeping the weights, the optimizer's state
     * and the epoch and step counters. An epoch in progress starts over on the new rows, in a new shuffled order;
     * the shuffle's random stream goes on, so the same steps and swaps give the same run. The graphs are rebuilt
     * for the new row count. The rows must have the columns the network takes.
     */
    public void setData(Matrix next) {
        if (next.rows() == 0) {
            throw new IllegalArgumentException("there are no training points: add points or raise the training ratio");
        }
        if (next.cols() != train.cols()) {
            throw new IllegalArgumentException("new data has " + next.cols() + " columns, the network takes " + train.cols());
        }
        train = next;
        trainTargets = encode(next);
        order = identity(next.rows());
        cursor = 0;
        epochLossSum = 0;
        epochBatches = 0;
        buildGraphs();
        shuffleOrder();
    }

    private double[] encode(Matrix m) {
        double[] t = new double[m.rows() * outputs];
        for (int r = 0; r < m.rows(); r++) {
            head.encode(m.labels()[r], t, r * outputs, outputs);
        }
        return t;
    }

    private void buildGraphs() {
        int b = Math.min(config.batchSize(), train.rows());
        batchGraph = new ModelGraph(net, b, true, config.regularization(), seed + 1);
        int tail = train.rows() % b;
        tailGraph = tail == 0 ? null : new ModelGraph(net, tail, true, config.regularization(), seed + 2);
        batchX = new double[b * train.cols()];
        batchY = new double[b * outputs];
        fused = FusedSteps.of(net, config, b);
    }

    /** Applies new live settings between steps; a new batch size or penalty kind rebuilds the graphs, never the weights. */
    public void setConfig(TrainConfig next) {
        boolean rebuild = next.batchSize() != config.batchSize()
                || (next.regularization().kind() == RegularizationKind.NONE) != (config.regularization().kind() == RegularizationKind.NONE);
        optimizer.setSpec(next.optimizer());
        this.config = next;
        if (rebuild) {
            buildGraphs();
        } else {
            batchGraph.setRegularization(next.regularization());
            if (tailGraph != null) {
                tailGraph.setRegularization(next.regularization());
            }
        }
    }

    public TrainConfig config() { return config; }

    /** Whether steps are taken by {@link FusedSteps} (for tests). */
    boolean fusedStep() { return fused != null; }

    /** What chooses between one core and two for the steps; null where there is no choice (for tests and bench). */
    SecondCore secondCore() { return secondCore; }

    public Network network() { return net; }

    public long epoch() { return epoch; }

    public long steps() { return steps; }

    /** The learning rate the schedule gives for the current epoch. */
    public double currentLearningRate() { return config.schedule().rate(config.learningRate(), epoch); }

    /** Why training stopped, if a loss, gradient or weight became NaN or infinite; null while all is finite. */
    public String divergence() { return divergence; }

    /** Mean mini-batch loss (data + penalty) of the last completed epoch. */
    public double lastEpochLoss() { return lastEpochLoss; }

    /** Runs mini-batches to the end of the current epoch. Returns false (and sets {@link #divergence()}) if it diverged. */
    public boolean runEpoch() {
        do {
            if (!step()) {
                return false;
            }
        } while (cursor != 0);
        return true;
    }

    /** One mini-batch. Returns false if it diverged; the weights are then restored to the start of the epoch. */
    public boolean step() {
        if (divergence != null) {
            return false;
        }
        if (cursor == 0) {
            backupWeights();
        }
        int remaining = train.rows() - cursor;
        if (remaining < batchGraph.rows() && (tailGraph == null || tailGraph.rows() != remaining)) {
            // the batch size changed mid-epoch: the rows left are not the tail the graphs were built for
            tailGraph = new ModelGraph(net, remaining, true, config.regularization(), seed + 2);
        }
        ModelGraph g = remaining >= batchGraph.rows() ? batchGraph : tailGraph;
        int rows = g.rows();
        boolean timed = secondCore != null && fused == null;
        long start = 0;
        if (timed) {
            net.backend().useSecondCore(secondCore.nextStepUses());
            start = System.nanoTime();
        }
        double loss = fused != null ? fused.step(train.x(), trainTargets, order, cursor, rows) : graphStep(g, rows);
        Update updated = Double.isFinite(loss)
                ? fused != null ? fused.update(optimizer, config.clipNorm(), currentLearningRate()) : update()
                : null;
        if (timed) {
            secondCore.took(System.nanoTime() - start, g == batchGraph);
            net.backend().useSecondCore(true); // this thread's other work (a preview, another trainer) as by default
        }
        if (updated == null) {
            return diverge("the loss became " + loss + " at epoch " + (epoch + 1));
        }
        if (updated == Update.GRADIENT_NOT_FINITE) {
            return diverge("a gradient became infinite or NaN at epoch " + (epoch + 1));
        }
        if (updated == Update.WEIGHT_NOT_FINITE) {
            return diverge("a weight became infinite or NaN at epoch " + (epoch + 1));
        }
        steps++;
        epochLossSum += loss * rows;
        epochBatches += rows;
        cursor += rows;
        if (cursor >= train.rows()) {
            cursor = 0;
            epoch++;
            lastEpochLoss = epochLossSum / epochBatches;
            epochLossSum = 0;
            epochBatches = 0;
            shuffleOrder();
        }
        return true;
    }

    /** The batch's rows copied into the graph, then its forward and backward passes: the loss. */
    private double graphStep(ModelGraph g, int rows) {
        int cols = train.cols();
        double[] x = train.x();
        // rows of a few values each (inputs, then targets): plain loops rather than two System.arraycopy calls a row
        for (int r = 0; r < rows; r++) {
            int src = order[cursor + r] * cols;
            int dst = r * cols;
            for (int c = 0; c < cols; c++) batchX[dst + c] = x[src + c];
            int srcY = order[cursor + r] * outputs;
            int dstY = r * outputs;
            for (int c = 0; c < outputs; c++) batchY[dstY + c] = trainTargets[srcY + c];
        }
        if (rows == batchGraph.rows()) {
            g.setBatch(batchX, batchY);
        } else {
            g.setBatch(java.util.Arrays.copyOf(batchX, rows * cols), java.util.Arrays.copyOf(batchY, rows * outputs));
        }
        return g.forwardBackward();
    }

    /** Clips, updates and zeroes every parameter's gradient through the backend, then checks the new weights. */
    private Update update() {
        Backend be = net.backend();
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            hostW[i] = be.hostValues(p.value(), copyW[i]);
            hostG[i] = be.hostValues(p.gradBuf(), copyG[i]);
        }
        double factor = clipFactor(hostG, config.clipNorm());
        if (Double.isNaN(factor)) {
            return Update.GRADIENT_NOT_FINITE;
        }
        double lr = currentLearningRate();
        optimizer.beginStep();
        for (int i = 0; i < params.size(); i++) {
            double[] g = hostG[i];
            if (factor != 1) {
                for (int k = 0; k < g.length; k++) g[k] *= factor;
            }
            if (be.splits(g.length)) {
                int index = i;
                double[] w = hostW[i];
                be.inHalves(g.length, (from, to) -> optimizer.update(index, w, g, lr, from, to));
            } else {
                optimizer.update(i, hostW[i], g, lr);
            }
            Tensor p = params.get(i);
            be.write(p.value(), hostW[i]); // nothing to copy where hostW[i] is the parameter's own array
            p.zeroGrad();
        }
        return weightsFinite() ? Update.DONE : Update.WEIGHT_NOT_FINITE;
    }

    /**
     * What the gradients are scaled by so that their norm (over all of them, in order) is at most {@code clipNorm}
     * (0: no clipping): 1 when it already is, NaN when a gradient is not finite.
     */
    static double clipFactor(double[][] grads, double clipNorm) {
        double norm2 = 0;
        for (double[] g : grads) {
            for (double v : g) norm2 += v * v;
        }
        if (!Double.isFinite(norm2)) {
            return Double.NaN;
        }
        return clipNorm > 0 && norm2 > clipNorm * clipNorm ? clipNorm / Math.sqrt(norm2) : 1;
    }

    /** After {@link #update()}: hostW holds every parameter's new values. */
    private boolean weightsFinite() {
        for (double[] w : hostW) {
            for (double v : w) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean diverge(String why) {
        divergence = why;
        restoreWeights();
        return false;
    }

    /** The optimizer's state (a copy), for a checkpoint. */
    public Optimizer.State optimizerState() { return optimizer.state(); }

    /**
     * Goes on from a checkpoint: the epoch and step counters and the optimizer's state of a run saved earlier (null:
     * the optimizer starts afresh; the weights are loaded into the network by the caller). A new epoch starts, in a
     * new shuffled order.
     *
     * @throws IllegalArgumentException when the optimizer state does not fit
     */
    public void resumeFrom(long epoch, long steps, Optimizer.State state) {
        if (epoch < 0 || steps < 0) {
            throw new IllegalArgumentException("a checkpoint's epoch and step counts cannot be negative");
        }
        if (state != null) {
            optimizer.restore(state);
        } else {
            optimizer.reset();
        }
        this.epoch = epoch;
        this.steps = steps;
        divergence = null;
        cursor = 0;
        epochLossSum = 0;
        epochBatches = 0;
        net.zeroGrad();
        shuffleOrder();
    }

    /** Clears a divergence so training can resume from the restored weights (with fresh optimizer state). */
    public void resume() {
        divergence = null;
        optimizer.reset();
        cursor = 0;
        epochLossSum = 0;
        epochBatches = 0;
        net.zeroGrad();
    }

    private void backupWeights() {
        for (int i = 0; i < params.size(); i++) {
            net.backend().read(params.get(i).value(), backup[i]);
        }
    }

    private void restoreWeights() {
        for (int i = 0; i < params.size(); i++) {
            params.get(i).set(backup[i]);
        }
        net.zeroGrad();
    }

    private void shuffleOrder() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
