package org.nnplay.training;

import java.util.List;
import org.nnplay.data.DataSet;
import org.nnplay.data.Sample;
import org.nnplay.engine.jvm.JvmBackend;
import org.nnplay.engine.nn.Head;
import org.nnplay.engine.nn.Network;
import org.nnplay.engine.nn.Regularization;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Evaluator;

/**
 * The network's prediction for every point of a run's data set, in the order of {@link DataSet#all()}: the
 * probability of class 1 for two classes, the predicted class for more, the value for regression (in the data's
 * units). For exporting
 * predictions next to the data (CsvExporter.writePredictions).
 */
public final class Predictions {
    private Predictions() {}

    public static double[] of(TrainingSetup setup, Weights weights) {
        Network net = Network.of(setup.network(), JvmBackend.INSTANCE, weights);
        List<Sample> all = setup.data().all();
        Evaluator eval = new Evaluator(net, Inputs.of(setup).matrix(all), Regularization.NONE);
        eval.evaluate();
        double[] out = eval.outputs();
        Head head = setup.network().head();
        int k = setup.network().outputs();
        double[] p = new double[all.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = head.regression() ? setup.data().scaling().y().toData(head.positive(out, i * k, k))
                    : k == 1 ? head.positive(out, i * k, k) : head.predictedClass(out, i * k, k);
        }
        return p;
    }
}
