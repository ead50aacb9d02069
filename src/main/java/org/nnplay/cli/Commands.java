package org.nnplay.cli;

import java.io.PrintStream;
import java.util.List;
import org.nnplay.bench.BenchCommand;
import org.nnplay.engine.check.GradCheckCommand;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.landscape.LandscapeCommand;

/** The headless subcommands, each a name, a line of help and the class that runs it. */
public final class Commands {
    private Commands() {}

    /** A command backed by a static {@code run(args, out, err)} method. */
    private record Simple(String name, String summary, Runner runner) implements Command {
        @Override public int run(String[] args, PrintStream out, PrintStream err) { return runner.run(args, out, err); }
    }

    private interface Runner {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    public static List<Command> all() {
        LandscapeCommand.setExperimentLoader(source -> ExperimentSetups.landscapeLoss(ExperimentFiles.read(source).experiment()));
        return List.of(
                new Simple("train", "train an experiment without a window (see: nnplay train --help)", TrainCommand::run),
                new Simple("bench", "epochs per second on each backend, against TensorFlow Playground's engine",
                        BenchCommand::run),
                new Simple("gradcheck", "check every op, layer and loss against finite differences and SameDiff",
                        GradCheckCommand::run),
                new Simple("landscape", "write the loss landscape around an experiment's weights as CSV",
                        LandscapeCommand::run),
                new Simple("search", "search the learning rate (and L2) of an experiment, grid or random, coarse to fine",
                        SearchCommand::run),
                new Simple("export", "an experiment as a PyTorch script, its data or its predictions (CSV)",
                        ExportCommand::run),
                new Simple("lessons", "list the lessons (id, scene, title) to open with --lesson ID", LessonsCommand::run),
                new Simple("compare", "train one run per value of a setting side by side and rank them (see: nnplay "
                        + "compare --help)", CompareCommand::run));
    }
}
