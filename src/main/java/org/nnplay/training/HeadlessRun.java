package org.nnplay.training;

import java.util.ArrayList;
import java.util.List;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.train.Evaluation;

/**
 * Training without a window, on the caller's thread, through the same session code the service runs (so the same
 * experiment and seed give the same weights in the app and in scripts). Reports every {@code every} epochs.
 */
public final class HeadlessRun {
    public enum Status { DONE, DIVERGED, EARLY_STOP, TARGET_REACHED }

    /** A progress report: the metrics of the weights at the end of {@code epoch}. */
    public record Report(long epoch, Evaluation train, Evaluation test, double learningRate, boolean last) {}

    public interface Reporter {
        void report(Report r);
    }

    public record Result(Status status, long epoch, Evaluation train, Evaluation test, Weights weights,
                         List<TrainingEvent> events, String message) {}

    private HeadlessRun() {}

    public static Result run(TrainingSetup setup, long epochs, int every, Reporter reporter) {
        return run(setup, epochs, every, reporter, e -> { });
    }

    /** As {@link #run(TrainingSetup, long, int, Reporter)}, also calling {@code onEpoch} after every epoch (keep it cheap). */
    public static Result run(TrainingSetup setup, long epochs, int every, Reporter reporter,
                             java.util.function.LongConsumer onEpoch) {
        if (epochs < 0 || every < 1) {
            throw new IllegalArgumentException("epochs must be ≥ 0 and the report interval ≥ 1");
        }
        List<TrainingEvent> events = new ArrayList<>();
        Session session = new Session(setup.withStopping(setup.stopping().withMaxEpochs(0)), 0, events::add);
        session.setRules(setup.stopping().withMaxEpochs(0));
        Status status = Status.DONE;
        String message = null;
        while (session.epoch() < epochs) {
            Session.Outcome o = session.step();
            if (o == Session.Outcome.BATCH) {
                continue;
            }
            if (o == Session.Outcome.DIVERGED) {
                status = Status.DIVERGED;
            } else if (o == Session.Outcome.STOPPED) {
                TrainingEvent last = events.get(events.size() - 1);
                status = last.kind() == TrainingEvent.Kind.EARLY_STOP ? Status.EARLY_STOP : Status.TARGET_REACHED;
            }
            if (status != Status.DONE) {
                message = events.get(events.size() - 1).message();
                break;
            }
            onEpoch.accept(session.epoch());
            if (session.epoch() % every == 0 && session.epoch() < epochs) {
                Evaluation[] m = session.measure();
                reporter.report(new Report(session.epoch(), m[0], m[1], session.learningRate(), false));
            }
        }
        Evaluation[] m = session.measure();
        reporter.report(new Report(session.epoch(), m[0], m[1], session.learningRate(), true));
        return new Result(status, session.epoch(), m[0], m[1], session.weights(), List.copyOf(events), message);
    }
}
