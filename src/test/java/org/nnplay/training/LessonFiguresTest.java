package org.nnplay.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplay.data.DatasetKind;
import org.nnplay.data.Feature;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.LossKind;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Evaluator;
import org.nnplay.engine.train.Matrix;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.Lessons;
import org.nnplay.training.search.HyperSearch;
import org.nnplay.training.search.LogRange;
import org.nnplay.training.search.SearchPlan;
import org.nnplay.training.search.SearchSpace;
import org.nnplay.training.search.Strategy;
import org.nnplay.training.search.TrialResult;

/**
 * Each lesson preset of scenes 1, 3–5, 12, 13 and 15–18 shows its point: trained headless with the window's own
 * session code, as long as the preset says (its speed × under a minute), the figures state the lesson. The
 * comparison scenes (2, 6, 7, 8, 11, 14) are checked with the compare view.
 */
class LessonFiguresTest {
    /** A headless run of an experiment: every report, in epoch order, and the result. */
    record Run(Experiment experiment, TrainingSetup setup, List<HeadlessRun.Report> reports, HeadlessRun.Result result) {
        HeadlessRun.Report at(long epoch) {
            return reports.stream().filter(r -> r.epoch() == epoch).findFirst().orElseThrow();
        }

        double trainLoss(long epoch) { return at(epoch).train().total(); }

        double testAccuracy() { return result.test().accuracy(); }
    }

    static Run run(Experiment e, long epochs, int every) {
        TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);
        List<HeadlessRun.Report> reports = new ArrayList<>();
        HeadlessRun.Result r = HeadlessRun.run(setup, epochs, every, reports::add);
        return new Run(e, setup, reports, r);
    }

    /** The preset trained for its own length. */
    static Run run(String id, int every) {
        Experiment e = Lessons.load(id);
        return run(e, e.training().maxEpochs(), every);
    }

    /** The network's outputs on {@code samples}, through the training code's own inputs (features, scaling). */
    static double[] outputs(TrainingSetup setup, Weights weights, List<Sample> samples) {
        Network net = Network.of(setup.network(), JvmBackend.INSTANCE, weights);
        Evaluator eval = new Evaluator(net, Inputs.of(setup).matrix(samples), Regularization.NONE);
        eval.evaluate();
        return eval.outputs().clone();
    }

    /** The loss of the untrained network on the training split. */
    static double initialLoss(TrainingSetup setup) {
        Network net = Network.create(setup.network(), JvmBackend.INSTANCE, setup.seed());
        return new Evaluator(net, Inputs.of(setup).train(), Regularization.NONE).evaluate().dataLoss();
    }

    @Test
    void scene1_theTypedWeightsGiveSigmaOfMinusSixAtMinusOneTwo_andTheNeuronIsASigmoid() {
        Experiment e = Lessons.load("01-perceptron");
        TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);

        double y = outputs(setup, setup.initialWeights(), List.of(new Sample(-1, 2, 0)))[0];

        assertThat(e.network().hidden()).isEmpty();
        assertThat(e.network().activation()).as("what the bar's activation shows").isEqualTo(ActivationKind.SIGMOID);
        assertThat(setup.network().head().outputFn()).isEqualTo(org.nnplay.engine.UnaryFn.SIGMOID);
        assertThat(y).isCloseTo(1 / (1 + Math.exp(6)), within(1e-12)).isCloseTo(0.0025, within(1e-4));
        Run trained = run("01-perceptron", 10);
        assertThat(trained.testAccuracy()).as("the trained line separates the two Gaussians").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void scene3_theProbabilitySharpensAsTheLossFallsAndTheBoundarySeparatesTheClouds() {
        Run r = run("03-red-vs-green", 1);
        double start = initialLoss(r.setup());

        assertThat(start).as("an untrained network is a coin toss").isCloseTo(Math.log(2), within(0.1));
        assertThat(r.result().train().dataLoss()).isLessThan(start / 10);
        assertThat(r.testAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.trainLoss(10)).as("still learning after ten epochs, so the change can be watched")
                .isGreaterThan(2 * r.result().train().total());
    }

    @Test
    void scene4_willIPass_isLearnedOnStandardisedLecturesAndHours() {
        Run r = run("04-will-i-pass", 10);

        assertThat(r.experiment().data().dataset()).isEqualTo(DatasetKind.PASS);
        assertThat(r.experiment().features().standardize()).isTrue();
        assertThat(r.setup().data().x1Label()).isEqualTo("lectures attended");
        assertThat(r.setup().data().x2Label()).isEqualTo("hours on final project");
        assertThat(r.setup().data().classNames()).containsExactly("fail", "pass");
        assertThat(r.testAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void scene5_crossEntropyStartsAtLnTwoForTwoClassesAndLnThreeForThree() {
        Run bce = run("05-loss-bce", 10);
        Run softmax = run("05-loss-softmax", 10);

        assertThat(bce.experiment().training().loss()).isEqualTo(LossKind.BCE);
        assertThat(initialLoss(bce.setup())).isCloseTo(Math.log(2), within(0.1));
        assertThat(bce.testAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(softmax.experiment().training().loss()).isEqualTo(LossKind.SOFTMAX_CE);
        assertThat(softmax.setup().network().outputs()).isEqualTo(3);
        assertThat(initialLoss(softmax.setup())).isCloseTo(Math.log(3), within(0.15));
        assertThat(softmax.testAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    /**
     * Squared error weighs large errors most, absolute error every error alike: on the plane with eight outliers,
     * the MSE neuron tilts towards them (a large error on the clean test points) while the MAE neuron stays on the
     * plane; yet over all training points, outliers included, the MSE neuron has the smaller squared error.
     */
    @Test
    void scene5_outliersPullTheSquaredErrorFit_notTheAbsoluteErrorFit() {
        Run mse = run("05-loss-mse", 10);
        Run mae = run("05-loss-mae", 10);
        assertThat(mae.experiment().data()).isEqualTo(mse.experiment().data());
        assertThat(mse.experiment().data().handPoints()).as("the outliers").hasSizeGreaterThanOrEqualTo(5);
        List<Sample> train = mse.setup().data().train();
        double[] labels = Inputs.of(mse.setup()).matrix(train).labels();
        double[] a = outputs(mse.setup(), mse.result().weights(), train);
        double[] b = outputs(mae.setup(), mae.result().weights(), train);
        double squaredA = 0;
        double squaredB = 0;
        for (int i = 0; i < train.size(); i++) {
            squaredA += (a[i] - labels[i]) * (a[i] - labels[i]);
            squaredB += (b[i] - labels[i]) * (b[i] - labels[i]);
        }

        assertThat(mse.result().test().rmse()).as("MSE's error on the clean test points")
                .isGreaterThan(10 * mae.result().test().rmse()).isGreaterThan(0.05);
        assertThat(mae.result().test().r2()).as("MAE fits the plane").isGreaterThan(0.99);
        assertThat(squaredA).as("yet MSE wins its own measure, outliers included").isLessThan(squaredB);
    }

    /**
     * Issue 13: the test loss rises at least 20 % above its minimum while the training loss still falls, and early
     * stopping then ends the run on the best weights, within a minute at the preset's speed.
     */
    @Test
    void scene12_theTestLossTurnsUpWhileTheTrainingLossFalls_thenEarlyStoppingRestoresTheBest() {
        Run r = run("12-overfitting", 1);
        Experiment e = r.experiment();
        List<HeadlessRun.Report> seen = r.reports().subList(0, r.reports().size() - 1); // the last is after the restore
        // early stopping compares the evaluations, which fall on the history's cadence
        List<HeadlessRun.Report> evaluated = seen.stream().filter(x -> r.setup().evaluatesAt(x.epoch(),
                ExperimentSetups.stopping(e.training()))).toList();
        HeadlessRun.Report best = evaluated.stream().min(java.util.Comparator.comparingDouble(x -> x.test().total()))
                .orElseThrow();
        HeadlessRun.Report risen = seen.stream().filter(x -> x.epoch() > best.epoch()
                && x.test().total() >= 1.2 * best.test().total()).findFirst().orElseThrow(
                        () -> new AssertionError("the test loss never rose 20 % above its minimum"));

        assertThat(best.epoch()).as("it learns first").isGreaterThan(50);
        assertThat(best.test().total()).isLessThan(0.7 * initialLoss(r.setup()));
        assertThat(risen.train().total()).as("training loss still falling").isLessThan(0.8 * best.train().total());
        assertThat(r.result().status()).isEqualTo(HeadlessRun.Status.EARLY_STOP);
        assertThat(r.result().message()).contains("Restored the best weights, from epoch " + best.epoch());
        assertThat(r.result().test().total()).as("the restored weights are the best ones")
                .isCloseTo(best.test().total(), within(1e-12));
        assertThat(r.result().epoch() / e.training().speed()).as("seconds at its own speed").isLessThan(60);
    }

    @Test
    void scene13_stepDecayHalvesTheRateAndTheBouncingLossCalmsDown() {
        Run r = run("13-schedule-step", 1);
        double lr0 = r.experiment().training().learningRate();

        for (int k = 0; k < 4; k++) {
            assertThat(r.at(100L * k + 50).learningRate()).as("rate in step " + k).isCloseTo(lr0 * Math.pow(0.5, k), within(1e-12));
        }
        double[] before = range(r, 51, 100);
        double[] after = range(r, 151, 200);
        assertThat(after[1] - after[0]).as("spread of the loss after the first drop")
                .isLessThan((before[1] - before[0]) / 5);
        assertThat(after[1]).as("and it settles below where it bounced").isLessThan(before[1]);
        assertThat(r.testAccuracy()).isGreaterThan(0.85);
    }

    @Test
    void scene13_warmRestartsBumpTheLossUpThenEachCycleEndsLower() {
        Run r = run("13-schedule-cosine-restarts", 1);
        double lr0 = r.experiment().training().learningRate();
        int period = r.experiment().training().schedule().period();

        for (int k = 1; k < r.experiment().training().maxEpochs() / period; k++) {
            long restart = (long) k * period;
            assertThat(r.at(restart - 1).learningRate()).as("low before restart " + k).isLessThan(lr0 / 20);
            assertThat(r.at(restart).learningRate()).as("η₀ again at restart " + k).isCloseTo(lr0, within(lr0 / 100));
            double bump = range(r, restart + 1, restart + 20)[1];
            assertThat(bump).as("the loss bumps up after restart " + k).isGreaterThan(2 * r.trainLoss(restart));
            assertThat(r.trainLoss(restart + period)).as("cycle " + (k + 1) + " ends lower")
                    .isLessThan(r.trainLoss(restart));
        }
    }

    /** The least and largest training loss over epochs [from, to]. */
    private static double[] range(Run r, long from, long to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (long e = from; e <= to; e++) {
            lo = Math.min(lo, r.trainLoss(e));
            hi = Math.max(hi, r.trainLoss(e));
        }
        return new double[] {lo, hi};
    }

    @Test
    void scene15_theWindowsDefaultSearchFindsAValleyBetweenTooSmallAndTooLarge() {
        Experiment e = Lessons.load("15-search");
        // what the search window starts with: 20 trials, 30 epochs each, η = e^x with x from −5 to 0, on a grid
        SearchPlan plan = new SearchPlan(Strategy.GRID, SearchSpace.learningRate(new LogRange(-5, 0)), 20, 30, 1);
        List<TrialResult> results = new HyperSearch(1).runAll(e, plan);
        TrialResult best = results.stream().min(TrialResult.BEST_FIRST).orElseThrow();
        TrialResult smallest = results.getFirst();
        TrialResult largest = results.getLast();

        assertThat(best.trial().learningRate()).as("the valley is inside the range")
                .isGreaterThan(smallest.trial().learningRate()).isLessThan(largest.trial().learningRate());
        assertThat(smallest.testLoss()).as("too small: still high").isGreaterThan(3 * best.testLoss());
        assertThat(largest.diverged() || largest.testLoss() > 2 * best.testLoss()).as("too large: worse").isTrue();
        assertThat(best.testAccuracy()).isGreaterThan(0.9);
    }

    @Test
    void scene16_oneLinearNeuronOnTheRadiusSeparatesTheCircle_onX1X2ItCannot() {
        Run polar = run("16-polar-features", 10);
        Experiment plain = polar.experiment().withFeatures(f -> f.withInputs(List.of(Feature.X1, Feature.X2)));
        Run cartesian = run(plain, plain.training().maxEpochs(), 10);

        assertThat(polar.experiment().network().hidden()).isEmpty();
        assertThat(polar.experiment().features().inputs()).containsExactly(Feature.R, Feature.THETA);
        assertThat(polar.testAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(cartesian.testAccuracy()).isLessThan(0.75);
        Weights.Layer neuron = polar.result().weights().layers().getFirst();
        assertThat(Math.abs(neuron.weight(0, 0))).as("the radius carries the decision")
                .isGreaterThan(5 * Math.abs(neuron.weight(1, 0)));
    }

    @Test
    void scene17_sixLayersOfEightLearnTheSpiral_oneLayerOf32DoesNotInTheSameEpochs() {
        Run deep = run("17-depth", 50);
        Experiment wide = deep.experiment().withNetwork(n -> n.withHidden(List.of(32)));
        Run shallow = run(wide, wide.training().maxEpochs(), 50);

        assertThat(deep.experiment().network().hidden()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(deep.testAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(shallow.testAccuracy()).isLessThan(0.8);
    }

    /** Scene 18: the preset written as the lectures write PyTorch (the syntax is checked by PyTorchScriptTest). */
    @Test
    void scene18_thePresetIsASequentialOfItsLayersWithItsLossOptimizerAndLoop() {
        Experiment e = Lessons.load("18-pytorch");
        String py = PyTorchScript.of(e);

        assertThat(Lessons.get("18-pytorch").window()).isEqualTo(org.nnplay.experiment.LessonWindow.PYTORCH);
        assertThat(py).contains("model = nn.Sequential(").contains("nn.Linear(2, 4)").contains("nn.Linear(4, 2)")
                .contains("nn.Linear(2, 1)").contains("nn.Tanh()")
                .contains("torch.optim.SGD(model.parameters(), lr=0.1")
                .contains("optimizer.zero_grad()").contains(".backward()").contains("optimizer.step()")
                .contains("torch.manual_seed(" + e.seed() + ")");
        assertThat(run("18-pytorch", 50).testAccuracy()).as("and the network it describes learns the circle")
                .isGreaterThanOrEqualTo(0.9);
    }
}
