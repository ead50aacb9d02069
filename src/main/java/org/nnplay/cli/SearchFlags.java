package org.nnplay.cli;

import org.nnplay.training.search.LogRange;
import org.nnplay.training.search.Strategy;

/**
 * The {@code search} command's arguments: one experiment file and flags, each with a default that gives the
 * lecture's search (random, e^x with x ~ U[−5, 0]). Bad input throws {@link TrainFlags.UsageException} with one line
 * that names the flag, like {@code train}'s.
 */
final class SearchFlags {
    static final int MAX_ROUNDS = 10;

    String file;
    Strategy strategy = Strategy.RANDOM;
    int trials = 20;
    long epochs = 50;
    LogRange lr = LogRange.LECTURE_LEARNING_RATE;
    LogRange l2;
    long seed = 1;
    int rounds = 1;
    Integer threads;
    boolean json;

    static SearchFlags parse(String[] args) {
        SearchFlags f = new SearchFlags();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--json")) {
                f.json = true;
                continue;
            }
            if (!a.startsWith("--")) {
                if (f.file != null) throw new TrainFlags.UsageException("unexpected argument '" + a + "': one experiment file only");
                f.file = a;
                continue;
            }
            String flag = a;
            String v;
            int eq = a.indexOf('=');
            if (eq > 0) {
                flag = a.substring(0, eq);
                v = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                v = args[++i];
            } else {
                throw new TrainFlags.UsageException(flag + " needs a value");
            }
            switch (flag) {
                case "--strategy" -> f.strategy = strategy(v);
                case "--trials" -> f.trials = (int) TrainFlags.parseLong(flag, v, 1, 10_000);
                case "--epochs" -> f.epochs = TrainFlags.parseLong(flag, v, 1, 1_000_000);
                case "--lr-range" -> f.lr = range(flag, v);
                case "--l2-range" -> f.l2 = range(flag, v);
                case "--seed" -> f.seed = TrainFlags.parseLong(flag, v, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--rounds" -> f.rounds = (int) TrainFlags.parseLong(flag, v, 1, MAX_ROUNDS);
                case "--threads" -> f.threads = (int) TrainFlags.parseLong(flag, v, 1, 1024);
                default -> throw new TrainFlags.UsageException("unknown flag '" + flag + "'");
            }
        }
        if (f.file == null) throw new TrainFlags.UsageException("which experiment? give a FILE.json");
        return f;
    }

    private static Strategy strategy(String v) {
        try {
            return Strategy.fromKey(v);
        } catch (IllegalArgumentException e) {
            throw new TrainFlags.UsageException("--strategy: " + e.getMessage());
        }
    }

    /** "LO,HI": exponents of e, e.g. {@code -5,0} for 0.0067 … 1. */
    static LogRange range(String flag, String v) {
        String[] parts = v.split(",");
        if (parts.length != 2) {
            throw new TrainFlags.UsageException(flag + ": expected LO,HI (exponents of e, e.g. -5,0), found '" + v + "'");
        }
        double lo = TrainFlags.parseDouble(flag, parts[0]);
        double hi = TrainFlags.parseDouble(flag, parts[1]);
        try {
            return new LogRange(lo, hi);
        } catch (IllegalArgumentException e) {
            throw new TrainFlags.UsageException(flag + ": " + e.getMessage());
        }
    }
}
