package org.nnplay.training.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Weights;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.link.Links;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.HeadlessRun;
import org.nnplay.training.TrainingSetup;

/**
 * NNPlay against TensorFlow Playground's algorithm under Node, seeded by the {@code seedrandom} package as the
 * playground is: the generator's numbers bit for bit, and the training and test loss after 100 epochs of runs opened
 * from playground links to 1e-9 relative. Skipped, with a note, where node or npm is missing.
 */
class PlaygroundNodeTest {
    static final int EPOCHS = 100;
    static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** name, link: the data sets, both problem types, every activation, L1 and L2, odd batches, hidden inputs. */
    static final String[][] LINKS = {
        {"circle", "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
                + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.12345&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
                + "&initZero=false&hideText=false"},
        {"xor", "https://playground.tensorflow.org/#activation=tanh&batchSize=10&dataset=xor&learningRate=0.03"
                + "&noise=15&networkShape=4,2&seed=0.73519&percTrainData=60&x=true&y=true"},
        {"gauss", "#activation=sigmoid&dataset=gauss&learningRate=0.1&noise=35&networkShape=3&seed=gauss&batchSize=1"},
        {"spiral, all features", "#activation=tanh&dataset=spiral&learningRate=0.03&noise=10&networkShape=8,8,5"
                + "&seed=0.27411&batchSize=10&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true"
                + "&sinY=true&cosX=true&cosY=true"},
        {"reg-plane", "#problem=regression&regDataset=reg-plane&activation=linear&learningRate=0.01&networkShape=2"
                + "&seed=0.5&noise=5&batchSize=20"},
        {"reg-gauss", "#problem=regression&regDataset=reg-gauss&activation=relu&learningRate=0.03&networkShape=6,4"
                + "&seed=0.9&noise=10&batchSize=3&percTrainData=40"},
        {"L1 (relu, batch 8)", "#activation=relu&dataset=circle&regularization=L1&regularizationRate=0.01"
                + "&learningRate=0.1&networkShape=6,3&seed=0.31&batchSize=8&percTrainData=70&xSquared=true&ySquared=true"},
        {"L2 (xor, batch 25)", "#activation=tanh&dataset=xor&regularization=L2&regularizationRate=0.01"
                + "&learningRate=0.3&networkShape=5,5&seed=l2-seed&batchSize=25&xTimesY=true"},
        {"initZero", "#initZero=true&seed=0.4&activation=tanh&dataset=circle&noise=20"},
        {"hidden input x", "#seed=0.6&x_hide=true&sinX=true&dataset=xor&networkShape=&learningRate=0.3"},
    };

    @BeforeAll
    static void node() {
        String missing = NodePlayground.missing();
        if (missing != null) {
            System.out.println("PlaygroundNodeTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
    }

    @Test
    void theSeededGeneratorGivesSeedrandomsNumbersBitForBit() throws Exception {
        List<String> seeds = List.of("0.12345", "1", "spiral-seed", "", "ünïcødé ✓ \uD834\uDD1E", "x".repeat(300),
                "%20a=b");
        ObjectNode req = JSON.createObjectNode();
        ObjectNode draws = req.putObject("draws");
        seeds.forEach(draws.putArray("seeds")::add);
        draws.put("count", 2000);
        JsonNode out = JSON.readTree(NodePlayground.run(req.toString())).get("draws");
        for (int s = 0; s < seeds.size(); s++) {
            SeededRandom r = new SeededRandom(seeds.get(s));
            for (int i = 0; i < 2000; i++) {
                double js = out.get(s).get(i).doubleValue();
                assertThat(r.nextDouble()).as("seed '%s', draw %d", seeds.get(s), i).isEqualTo(js);
            }
        }
    }

    @Test
    void runsFromPlaygroundLinksAgreeWithThePlaygroundsAlgorithmAfter100Epochs() throws Exception {
        ObjectNode req = JSON.createObjectNode();
        ObjectNode runs = req.putObject("runs");
        for (String[] l : LINKS) {
            runs.withArray("links").add(l[1]);
        }
        runs.put("epochs", EPOCHS);
        JsonNode node = JSON.readTree(NodePlayground.run(req.toString())).get("runs");
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-22s %-22s %-22s %-9s %-22s %-22s %-9s %s", "link", "train (node)",
                "train (NNPlay)", "rel.diff", "test (node)", "test (NNPlay)", "rel.diff", "dead links"));
        double worst = 0;
        for (int i = 0; i < LINKS.length; i++) {
            JsonNode js = node.get(i);
            Experiment e = Links.read(LINKS[i][1]).experiment();
            TrainingSetup setup = ExperimentSetups.of(e, JvmBackend.INSTANCE);
            assertThat(setup.data().train()).as(LINKS[i][0]).hasSize(js.get("trainPoints").intValue());
            assertThat(setup.data().test()).as(LINKS[i][0]).hasSize(js.get("testPoints").intValue());
            assertThat(setup.data().train().get(0).x1()).as(LINKS[i][0]).isEqualTo(js.get("firstPoint").get(0).doubleValue());
            assertThat(setup.data().train().get(0).x2()).as(LINKS[i][0]).isEqualTo(js.get("firstPoint").get(1).doubleValue());
            HeadlessRun.Result r = HeadlessRun.run(setup, EPOCHS, EPOCHS, x -> { });
            assertThat(r.status()).isEqualTo(HeadlessRun.Status.DONE);
            double train = r.train().dataLoss();
            double test = r.test().dataLoss();
            double dTrain = relative(train, js.get("train").doubleValue());
            double dTest = relative(test, js.get("test").doubleValue());
            worst = Math.max(worst, Math.max(dTrain, dTest));
            rows.add(String.format(Locale.ROOT, "%-22s %-22s %-22s %-9.1e %-22s %-22s %-9.1e %d", LINKS[i][0],
                    js.get("train").doubleValue(), train, dTrain, js.get("test").doubleValue(), test, dTest, zeros(r.weights())));
            assertThat(dTrain).as("%s: training loss %s (NNPlay) vs %s (node)", LINKS[i][0], train, js.get("train"))
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(dTest).as("%s: test loss %s (NNPlay) vs %s (node)", LINKS[i][0], test, js.get("test"))
                    .isLessThanOrEqualTo(TOLERANCE);
        }
        rows.add("worst relative difference: " + worst);
        System.out.println("Training and test loss after " + EPOCHS + " epochs, NNPlay vs TensorFlow Playground's "
                + "algorithm under Node:\n" + String.join("\n", rows));
    }

    private static double relative(double a, double b) {
        return a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** Weights that are exactly zero (under L1: links the penalty took across zero). */
    private static int zeros(Weights w) {
        int n = 0;
        for (Weights.Layer l : w.layers()) {
            for (double v : l.w()) {
                if (v == 0) n++;
            }
        }
        return n;
    }
}
