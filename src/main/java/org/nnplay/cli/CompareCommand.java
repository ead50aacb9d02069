package org.nnplay.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.nnplay.experiment.ComparedSetting;
import org.nnplay.experiment.Comparison;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.InvalidSettingException;
import org.nnplay.training.compare.CompareBatch;
import org.nnplay.training.compare.Variants;

/**
 * {@code nnplay compare [train flags | --experiment FILE.json] --vary SETTING=V1,V2,... [--epochs N] [--json]}:
 * trains one copy of the experiment per value of one setting, on the same data from the same seed, all cores at
 * once, and prints them best first. Without {@code --vary} it runs the experiment file's own {@code compare} block.
 * Exit status: 0 done, 2 bad input (naming the setting or value), 3 every variant diverged.
 */
final class CompareCommand implements Command {
    static final String USAGE = """
            usage: nnplay compare [train flags | --experiment FILE.json] --vary SETTING=V1,V2,... [--epochs N] [--json]
              --vary SETTING=V1,V2,...  the setting to compare and 2 to 8 values of it (default: the file's compare block)
                  activation, optimizer, loss, schedule   names, e.g. activation=linear,tanh,relu
                  lr, reg-rate, dropout                   numbers, e.g. lr=0.003,0.03,0.3
                  batch                                   sizes or all, e.g. batch=1,10,all
                  init                                    e.g. init=normal:5,glorot_uniform,he_normal
                  regularization                          e.g. regularization=none,l1:0.001,l2:0.001
                  hidden, features                        lists separated by /, e.g. hidden=4,2/8,8,8
              --epochs N               epochs each variant trains (default: the experiment's maxEpochs, else 1000)
              --threads N              variants at once (default: the machine's cores); the figures do not change
              --json                   one JSON object per variant, best first, then a summary
              the train flags (nnplay train --help) set the experiment the variants start from
            Losses are without the regularisation penalty, so variants with different penalties compare.
            exit status: 0 done, 2 bad input, 3 every variant diverged""";

    @Override public String name() { return "compare"; }

    @Override public String summary() {
        return "train one run per value of a setting side by side and rank them (see: nnplay compare --help)";
    }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        List<String> rest = new ArrayList<>();
        String vary = null;
        Integer threads = null;
        Variants variants;
        TrainFlags flags;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--vary", "--threads" -> {
                        if (i + 1 >= args.length) throw new TrainFlags.UsageException(args[i] + " needs a value");
                        if (args[i].equals("--vary")) vary = args[++i];
                        else threads = (int) TrainFlags.parseLong("--threads", args[++i], 1, 1024);
                    }
                    case "--out", "--every" -> throw new TrainFlags.UsageException(args[i] + " is a train flag: "
                            + "compare prints its variants and saves nothing");
                    default -> rest.add(args[i]);
                }
            }
            flags = TrainFlags.parse(rest.toArray(String[]::new));
            Experiment base = TrainCommand.experiment(flags, err);
            Comparison comparison = vary != null ? comparison(vary) : base.compare();
            if (comparison == null) {
                throw new TrainFlags.UsageException("--vary SETTING=V1,V2,... is needed: "
                        + (flags.experiment == null ? "say which setting to compare" : flags.experiment + " has no compare block"));
            }
            try {
                variants = Variants.of(base, comparison);
            } catch (InvalidSettingException e) {
                throw new TrainCommand.BadInput(valueProblem(comparison.setting(), e));
            } catch (IllegalArgumentException e) {
                throw new TrainCommand.BadInput("--vary " + comparison.setting().key() + ": " + e.getMessage());
            }
        } catch (TrainFlags.UsageException ex) {
            err.println("nnplay compare: " + ex.getMessage());
            err.println("(nnplay compare --help lists the flags)");
            return 2;
        } catch (TrainCommand.BadInput ex) {
            err.println("nnplay compare: " + ex.getMessage());
            return 2;
        }
        Experiment base = variants.base();
        long epochs = flags.epochs != null ? flags.epochs
                : base.training().maxEpochs() > 0 ? base.training().maxEpochs() : 1000;
        int t = threads == null ? CompareBatch.defaultThreads() : threads;
        long start = System.nanoTime();
        List<CompareBatch.Result> results = CompareBatch.run(variants, epochs, t);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<CompareBatch.Result> best = results.stream().sorted(CompareBatch.BEST_FIRST).toList();
        new CompareTable(out, flags.json, base.compare().setting(), base.data().problem())
                .print(best, epochs, Math.min(t, results.size()), seconds);
        if (best.getFirst().diverged()) {
            err.println("nnplay compare: every variant diverged; try smaller learning rates");
            return 3;
        }
        return 0;
    }

    /** {@code SETTING=V1,V2,...}; hidden layers and features, being lists, are separated by {@code /}. */
    static Comparison comparison(String vary) {
        int eq = vary.indexOf('=');
        if (eq <= 0) {
            throw new TrainFlags.UsageException("--vary " + vary + ": expected SETTING=V1,V2,... e.g. lr=0.003,0.03,0.3");
        }
        ComparedSetting setting;
        try {
            setting = ComparedSetting.fromKey(vary.substring(0, eq));
        } catch (IllegalArgumentException e) {
            throw new TrainFlags.UsageException("--vary: " + e.getMessage());
        }
        boolean lists = setting == ComparedSetting.HIDDEN || setting == ComparedSetting.FEATURES;
        List<String> values = List.of(vary.substring(eq + 1).split(lists ? "/" : ",", -1));
        try {
            return new Comparison(setting, values);
        } catch (InvalidSettingException e) {
            throw new TrainFlags.UsageException(valueProblem(setting, e));
        }
    }

    /** An invalid comparison in the user's words: which setting, which value and why. */
    private static String valueProblem(ComparedSetting setting, InvalidSettingException e) {
        String field = e.field().replaceFirst("^compare\\.", "");
        String detail = e.detail();
        String what;
        if (field.equals("values")) {
            what = detail.replace("entry", "value").replace("entries", "values");
        } else if (field.startsWith("values[")) {
            what = "value " + detail.replaceFirst("^= ", "");
        } else {
            what = field + " " + detail;
        }
        return "--vary " + setting.key() + ": " + what;
    }
}
