package org.nnplay.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.io.CommandLine;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;
import org.nnplay.io.SafeText;
import org.nnplay.training.ExperimentSetups;
import org.nnplay.training.landscape.LandscapeComputer;
import org.nnplay.training.landscape.LandscapeGrid;
import org.nnplay.training.landscape.LandscapeRequest;
import org.nnplay.training.landscape.LossSetup;

/**
 * {@code nnplay landscape --experiment FILE.json [--grid 41] [--range 1] [--seed 1] [--out FILE.csv]}: the training
 * loss (with the experiment's regularisation term) on a grid around the experiment's current weights, along two
 * random filter-normalised directions, as CSV with the header {@code alpha,beta,loss} (β rows, α varying fastest).
 * The experiment is read by {@link ExperimentFiles}, its loss built by {@link ExperimentSetups#landscapeLoss}, the
 * grid computed by {@link LandscapeComputer}.
 *
 * <p>Exit codes: 0 success, 1 failure at run time, 2 bad input: a bad flag or value, an experiment that cannot be
 * read, an {@code --out} that cannot be written (checked before computing).
 */
final class LandscapeCommand implements Command {
    static final String USAGE = """
            usage: nnplay landscape --experiment FILE.json [--grid 41] [--range 1] [--seed 1] [--out FILE.csv]
              --experiment  the experiment whose current weights are the centre (required): a file, an
                            nnplay: link or a TensorFlow Playground link
              --grid        points per axis, 2 to 401 (default 41)
              --range       the grid spans −range … +range on both axes, at most 1000 (default 1)
              --seed        seed of the two random directions (default 1)
              --out         write the CSV here instead of to standard output""";
    static final int MAX_GRID = 401;
    static final double MAX_RANGE = 1000;

    @Override public String name() { return "landscape"; }

    @Override public String summary() { return "write the loss landscape around an experiment's weights as CSV"; }

    /** Parsed and validated arguments. */
    record Args(String experiment, int grid, double range, long seed, Path out) {}

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = parse(CommandLine.splitEquals(args));
            if (a != null && a.out() != null) {
                SafeFiles.check(a.out());
            }
        } catch (IllegalArgumentException e) {
            err.println("nnplay landscape: " + SafeText.escape(e.getMessage()));
            err.println(USAGE);
            return 2;
        } catch (FileProblem e) {
            err.println("nnplay landscape: --out " + e.getMessage());
            return 2;
        }
        if (a == null) {
            out.println(USAGE);
            return 0;
        }
        LossSetup loss;
        try {
            loss = ExperimentSetups.landscapeLoss(ExperimentFiles.read(a.experiment()).experiment());
        } catch (ExperimentFormatException e) {
            err.println("nnplay landscape: " + SafeText.escape(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println("nnplay landscape: cannot load " + SafeText.escape(a.experiment()) + ": "
                    + SafeText.escape(e.getMessage()));
            return 2;
        }
        if (a.out() == null) {
            return run(loss, a.grid(), a.range(), a.seed(), out, err);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream csv = new PrintStream(bytes, false, StandardCharsets.UTF_8)) {
            code = run(loss, a.grid(), a.range(), a.seed(), csv, err);
        }
        if (code != 0) {
            return code;
        }
        try {
            SafeFiles.save(a.out(), bytes::writeTo);
        } catch (FileProblem e) {
            err.println("nnplay landscape: could not save the CSV: " + e.getMessage());
            return 1;
        }
        out.println("wrote " + a.grid() * a.grid() + " points to " + SafeText.escape(a.out().toString()));
        return 0;
    }

    /** Computes the grid around the loss's weights and writes it to out as CSV. */
    static int run(LossSetup loss, int grid, double range, long seed, PrintStream out, PrintStream err) {
        LandscapeGrid g;
        try (LandscapeComputer computer = new LandscapeComputer()) {
            g = computer.compute(LandscapeRequest.aroundCurrent(loss, seed, false, range, grid));
        } catch (RuntimeException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null
                    ? e.getCause() : e;
            err.println("nnplay landscape: " + SafeText.escape(cause.getMessage()));
            return 1;
        }
        writeCsv(g, out);
        out.flush();
        if (out.checkError()) {
            err.println("nnplay landscape: writing the CSV failed");
            return 1;
        }
        return 0;
    }

    /** {@code alpha,beta,loss}, then one line per point, β rows, α varying fastest. */
    private static void writeCsv(LandscapeGrid g, PrintStream out) {
        StringBuilder sb = new StringBuilder(64 * g.n() * g.n());
        sb.append("alpha,beta,loss\n");
        for (int j = 0; j < g.n(); j++) {
            for (int i = 0; i < g.n(); i++) {
                sb.append(g.alpha(i)).append(',').append(g.beta(j)).append(',').append(g.loss(i, j)).append('\n');
            }
        }
        out.print(sb);
    }

    /** Null for --help. */
    static Args parse(String[] args) {
        String experiment = null;
        int grid = LandscapeRequest.DEFAULT_RESOLUTION;
        double range = LandscapeRequest.DEFAULT_RANGE;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> { return null; }
                case "--experiment" -> experiment = value(args, ++i, flag);
                case "--out" -> out = path(value(args, ++i, flag));
                case "--grid" -> {
                    String v = value(args, ++i, flag);
                    try {
                        grid = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        grid = -1;
                    }
                    if (grid < 2 || grid > MAX_GRID) {
                        throw new IllegalArgumentException("--grid must be a whole number from 2 to " + MAX_GRID
                                + ", got '" + v + "'");
                    }
                }
                case "--range" -> {
                    String v = value(args, ++i, flag);
                    try {
                        range = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        range = Double.NaN;
                    }
                    if (!(range > 0 && range <= MAX_RANGE)) {
                        throw new IllegalArgumentException("--range must be a number above 0 and at most "
                                + (int) MAX_RANGE + ", got '" + v + "'");
                    }
                }
                case "--seed" -> {
                    String v = value(args, ++i, flag);
                    try {
                        seed = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed must be a whole number, got '" + v + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown flag '" + flag + "'");
            }
        }
        if (experiment == null) {
            throw new IllegalArgumentException("--experiment FILE.json is required");
        }
        return new Args(experiment, grid, range, seed, out);
    }

    private static Path path(String v) {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--out: '" + v + "' is not a valid file name");
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
