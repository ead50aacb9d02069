package org.nnplay.training;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.DataSets;
import org.nnplay.data.DatasetSpec;
import org.nnplay.data.Domain;
import org.nnplay.data.Generators;
import org.nnplay.data.HandPoints;
import org.nnplay.data.ProblemType;
import org.nnplay.data.Sample;
import org.nnplay.engine.nn.ActivationKind;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.NetworkSpec;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.optim.OptimizerSpec;
import org.nnplay.engine.optim.ScheduleSpec;
import org.nnplay.engine.train.TrainConfig;
import org.nnplay.experiment.BatchNormStats;
import org.nnplay.experiment.CsvPoint;
import org.nnplay.experiment.DataNames;
import org.nnplay.experiment.DataSettings;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.HandPoint;
import org.nnplay.experiment.LayerWeights;
import org.nnplay.experiment.NetworkSettings;
import org.nnplay.experiment.ScheduleSettings;
import org.nnplay.experiment.TrainingSettings;
import org.nnplay.experiment.Weights;

/** Turns the saved experiment model into what the engine and the data package build from, and weights back. */
public final class ExperimentMapping {
    private ExperimentMapping() {}

    /** The experiment's points: generated from its seed, or its imported CSV points, plus the hand-placed ones. */
    public static DataSet dataSet(Experiment e) {
        DataSettings d = e.data();
        DataSet base;
        if (d.csvPoints() != null) {
            List<Sample> pts = new ArrayList<>();
            for (CsvPoint p : d.csvPoints()) {
                pts.add(new Sample(p.x1(), p.x2(), p.y()));
            }
            int classes = d.problem() == ProblemType.REGRESSION ? 0 : d.classes();
            Domain domain = pts.isEmpty() ? Domain.square(6) : Domain.around(pts, 0.05);
            String name = d.csvName() == null ? "imported points" : d.csvName();
            DataNames n = d.names();
            base = Generators.split(name, pts, d.trainRatio(), e.seed(), d.problem(), classes, domain,
                    n == null ? "x₁" : n.x1(), n == null ? "x₂" : n.x2(), n == null ? List.of() : n.classes())
                    .withLabelName(n == null ? null : n.label());
        } else {
            base = DataSets.generate(new DatasetSpec(d.dataset(), d.samples(), d.noise(), d.trainRatio(), e.seed(),
                    d.classes()));
        }
        if (d.handPoints().isEmpty()) {
            return base;
        }
        HandPoints hand = HandPoints.empty();
        for (HandPoint p : d.handPoints()) {
            hand = hand.add(p.x1(), p.x2(), p.y(), p.train());
        }
        return hand.mergeInto(base);
    }

    public static NetworkSpec network(Experiment e) {
        NetworkSettings n = e.network();
        boolean regression = e.data().problem() == ProblemType.REGRESSION;
        int[] hidden = n.hidden().stream().mapToInt(Integer::intValue).toArray();
        ActivationKind[] acts = new ActivationKind[hidden.length];
        for (int l = 0; l < hidden.length; l++) {
            acts[l] = n.activationOf(l);
        }
        int outputs = Head.outputs(e.training().loss(), regression, e.data().classes());
        return new NetworkSpec(e.features().inputs().size(), hidden, acts, n.leakySlope(), outputs, e.training().loss(),
                regression, n.init(), n.initScale(), n.biasInit(), n.dropout(), n.batchNorm());
    }

    public static TrainConfig trainConfig(Experiment e) {
        TrainingSettings t = e.training();
        ScheduleSettings s = t.schedule();
        OptimizerSpec opt = new OptimizerSpec(t.optimizer(), t.momentum(), t.beta1(), t.beta2(), t.epsilon(), t.rho(),
                t.weightDecay());
        ScheduleSpec schedule = new ScheduleSpec(s.kind(), s.stepSize(), s.gamma(), s.period(), s.warmupEpochs(), s.minLr());
        Regularization reg = new Regularization(t.regularization(), t.regularizationRate(), t.l1Ratio());
        return new TrainConfig(t.batchSize(), t.learningRate(), opt, schedule, reg, t.clipNorm());
    }

    /** The engine's weights from the file's (null when the experiment has none). */
    public static org.nnplay.engine.nn.Weights weights(Weights w) {
        if (w == null) {
            return null;
        }
        List<org.nnplay.engine.nn.Weights.Layer> layers = new ArrayList<>();
        for (LayerWeights l : w.layers()) {
            double[][] m = l.w();
            int in = l.inputs();
            int out = l.outputs();
            double[] flat = new double[in * out];
            for (int i = 0; i < in; i++) {
                System.arraycopy(m[i], 0, flat, i * out, out);
            }
            BatchNormStats bn = l.batchNorm();
            layers.add(new org.nnplay.engine.nn.Weights.Layer(in, out, flat, l.b(), bn == null ? null : bn.gamma(),
                    bn == null ? null : bn.beta(), bn == null ? null : bn.mean(), bn == null ? null : bn.variance()));
        }
        return new org.nnplay.engine.nn.Weights(layers);
    }

    /** The file's weights from the engine's. */
    public static Weights weights(org.nnplay.engine.nn.Weights w) {
        List<LayerWeights> layers = new ArrayList<>();
        for (org.nnplay.engine.nn.Weights.Layer l : w.layers()) {
            double[][] m = new double[l.in()][l.out()];
            for (int i = 0; i < l.in(); i++) {
                System.arraycopy(l.w(), i * l.out(), m[i], 0, l.out());
            }
            BatchNormStats bn = l.gamma() == null ? null : new BatchNormStats(l.gamma(), l.beta(), l.runMean(), l.runVar());
            layers.add(new LayerWeights(m, l.b(), bn));
        }
        return new Weights(layers);
    }
}
