package org.nnplay.engine.train;

import java.util.List;
import java.util.SplittableRandom;
import org.nnplay.engine.Backend;
import org.nnplay.engine.Tensor;
import org.nnplay.engine.UnaryFn;
import org.nnplay.engine.jvm.DenseStack;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Activations;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.Layer;
import org.nnplay.engine.nn.LossKind;
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
 * On the JVM backend a small network of plain dense layers takes its steps through {@link DenseStack} instead,
 * which computes the same bits in one kernel. Not thread-safe: one thread owns a trainer.
 */
public final class Trainer {
    /**
     * The widest layer a step is taken by {@link DenseStack} for (TensorFlow Playground's own limit): up to it the
     * fused step was faster in every shape measured (1.03–1.8×: 7-4-2 to 7-8×6, batches 10 to 256, tanh and ReLU);
     * from 12 neurons, batches of 32 or more, the graph's blocked products were faster (16 wide at batch 256: 0.65×).
     * Tests turn the fused step off to compare it with the graph ({@code -Dnnplay.fused=false} does the same).
     */
    static final int FUSED_MAX_WIDTH = 8;
    static volatile boolean fusedSteps = !"false".equals(System.getProperty("nnplay.fused"));
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
    private DenseStack stack;
    /** With a fused stack: every parameter's own array and its gradient's (the JVM backend's, updated in place). */
    private double[][] ownW;
    private double[][] ownG;
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
        stack = denseStack(b);
        if (stack != null) {
            Backend be = net.backend();
            ownW = new double[params.size()][];
            ownG = new double[params.size()][];
            for (int i = 0; i < params.size(); i++) {
                ownW[i] = be.hostValues(params.get(i).value(), null);
                ownG[i] = be.hostValues(params.get(i).gradBuf(), null);
            }
        }
    }

    /**
     * The fused step for this network and batch, or null where the graph takes the steps: another backend, no
     * fused multiply-add, a layer wider than {@link #FUSED_MAX_WIDTH}, dropout, batch norm, a penalty or softmax.
     */
    private DenseStack denseStack(int rows) {
        if (!fusedSteps || net.backend() != JvmBackend.INSTANCE || !DenseStack.available()
                || config.regularization().kind() != RegularizationKind.NONE || head.outputFn() == null) {
            return null;
        }
        List<Layer> layers = net.layers();
        int n = layers.size();
        int[] widths = new int[n + 1];
        UnaryFn[] fns = new UnaryFn[n];
        double[] fnParams = new double[n];
        double[][] w = new double[n][];
        double[][] b = new double[n][];
        double[][] gw = new double[n][];
        double[][] gb = new double[n][];
        Backend be = net.backend();
        widths[0] = layers.getFirst().inputs();
        for (int l = 0; l < n; l++) {
            Layer layer = layers.get(l);
            if (layer.dropout() > 0 || layer.batchNorm() != null || layer.outputs() > FUSED_MAX_WIDTH
                    || layer.inputs() > FUSED_MAX_WIDTH) {
                return null;
            }
            widths[l + 1] = layer.outputs();
            fns[l] = layer.hidden() ? Activations.fn(layer.activation()) : head.outputFn();
            fnParams[l] = layer.hidden() ? layer.activationParam() : 0;
            w[l] = be.hostValues(layer.weights().value(), null);
            b[l] = be.hostValues(layer.bias().value(), null);
            gw[l] = be.hostValues(layer.weights().gradBuf(), null);
            gb[l] = be.hostValues(layer.bias().gradBuf(), null);
        }
        LossKind kind = head.loss();
        DenseStack.Loss loss = kind == LossKind.BCE ? DenseStack.Loss.BCE_WITH_LOGITS
                : kind == LossKind.MAE ? DenseStack.Loss.ABSOLUTE : DenseStack.Loss.SQUARED;
        double factor = kind == LossKind.HALF_SQUARED ? 0.5 : 1.0;
        return new DenseStack(widths, fns, fnParams, loss, factor, rows, w, b, gw, gb);
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

    /** Whether steps are taken by the fused {@link DenseStack} (for tests). */
    boolean fusedStep() { return stack != null; }

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
        double loss = stack != null ? stack.step(train.x(), trainTargets, order, cursor, rows) : graphStep(g, rows);
        if (!Double.isFinite(loss)) {
            return diverge("the loss became " + loss + " at epoch " + (epoch + 1));
        }
        int updated = stack != null ? updateInPlace() : !update() ? GRADIENT_NOT_FINITE
                : !weightsFinite() ? WEIGHT_NOT_FINITE : UPDATED;
        if (updated == GRADIENT_NOT_FINITE) {
            return diverge("a gradient became infinite or NaN at epoch " + (epoch + 1));
        }
        if (updated == WEIGHT_NOT_FINITE) {
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

    private static final int UPDATED = 0;
    private static final int GRADIENT_NOT_FINITE = 1;
    private static final int WEIGHT_NOT_FINITE = 2;

    private boolean update() {
        Backend be = net.backend();
        double norm2 = 0;
        for (int i = 0; i < params.size(); i++) {
            Tensor p = params.get(i);
            hostW[i] = be.hostValues(p.value(), copyW[i]);
            hostG[i] = be.hostValues(p.gradBuf(), copyG[i]);
            for (double v : hostG[i]) norm2 += v * v;
        }
        if (!Double.isFinite(norm2)) {
            return false;
        }
        double clip = config.clipNorm();
        double factor = clip > 0 && norm2 > clip * clip ? clip / Math.sqrt(norm2) : 1;
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
        return true;
    }

    /**
     * {@link #update()} and {@link #weightsFinite()} for a fused stack: the same arithmetic in the same order on the
     * parameters' own arrays, without calls into the backend per parameter (the steps of config a spent a quarter of
     * their time in updates).
     * Never split between threads: a fused stack's layers are at most 8 wide, its parameters far below the size
     * the backend splits.
     */
    private int updateInPlace() {
        double norm2 = 0;
        for (double[] g : ownG) {
            for (double v : g) norm2 += v * v;
        }
        if (!Double.isFinite(norm2)) {
            return GRADIENT_NOT_FINITE;
        }
        double clip = config.clipNorm();
        double factor = clip > 0 && norm2 > clip * clip ? clip / Math.sqrt(norm2) : 1;
        if (factor != 1) {
            for (double[] g : ownG) {
                for (int k = 0; k < g.length; k++) g[k] *= factor;
            }
        }
        optimizer.beginStep();
        optimizer.updateAll(ownW, ownG, currentLearningRate());
        // one pass: the gradients zeroed, the new weights checked (|w| ≤ MAX_VALUE is false for ±∞ and NaN)
        boolean finite = true;
        for (int i = 0; i < ownW.length; i++) {
            double[] g = ownG[i];
            double[] w = ownW[i];
            for (int k = 0; k < g.length; k++) {
                g[k] = 0.0;
                finite &= Math.abs(w[k]) <= Double.MAX_VALUE;
            }
        }
        return finite ? UPDATED : WEIGHT_NOT_FINITE;
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
