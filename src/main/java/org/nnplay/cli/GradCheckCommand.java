package org.nnplay.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.nnplay.engine.check.GradCheck;
import org.nnplay.engine.check.GradChecker;

/**
 * {@code gradcheck [--json] [--no-samediff]}: runs every gradient check of {@link GradCheck#all()} and prints one row
 * per check (aligned table, or one JSON object per line) and a summary. Exit status 0 when all pass, 1 when any
 * fails, 2 for unknown flags.
 */
final class GradCheckCommand implements Command {
    static final String USAGE = "usage: gradcheck [--json] [--no-samediff]\n"
            + "  --json          one JSON object per check, then a summary object\n"
            + "  --no-samediff   compare with finite differences only (does not load ND4J)";

    @Override public String name() { return "gradcheck"; }

    @Override public String summary() {
        return "check every op, layer and loss against finite differences and SameDiff";
    }

    @Override public int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean sameDiff = true;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--no-samediff" -> sameDiff = false;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("gradcheck: unknown option '" + a + "'");
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        List<GradChecker.Result> results = GradChecker.runAll(GradCheck.all(), sameDiff);
        long failed = results.stream().filter(r -> !r.passed()).count();
        long passed = results.size() - failed;
        if (json) {
            results.forEach(r -> out.println(json(r)));
            out.println("{\"summary\": true, \"passed\": " + passed + ", \"failed\": " + failed + ", \"total\": "
                    + results.size() + "}");
        } else {
            printTable(results, out);
            out.println(passed + " passed, " + failed + " failed");
        }
        return failed == 0 ? 0 : 1;
    }

    private static void printTable(List<GradChecker.Result> results, PrintStream out) {
        int nameWidth = Math.max(4, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        int catWidth = Math.max(8, results.stream().mapToInt(r -> r.category().length()).max().orElse(0));
        String format = "%-" + nameWidth + "s  %-" + catWidth + "s  %12s  %16s  %-6s  %s%n";
        out.printf(Locale.ROOT, format, "name", "category", "fd max rel", "samediff max rel", "result", "note");
        for (GradChecker.Result r : results) {
            out.printf(Locale.ROOT, format, r.name(), r.category(), sci(r.fdMaxRelError()),
                    r.comparedWithSameDiff() ? sci(r.sameDiffMaxRelError()) : "—", r.passed() ? "pass" : "FAIL",
                    r.note()).flush();
        }
    }

    private static String sci(double v) { return String.format(Locale.ROOT, "%.2e", v); }

    static String json(GradChecker.Result r) {
        return "{\"name\": " + quote(r.name()) + ", \"category\": " + quote(r.category())
                + ", \"fd_max_rel_error\": " + number(r.fdMaxRelError())
                + ", \"samediff_max_rel_error\": " + (r.comparedWithSameDiff() ? number(r.sameDiffMaxRelError()) : "null")
                + ", \"passed\": " + r.passed() + ", \"note\": " + quote(r.note()) + "}";
    }

    /** JSON has no Infinity or NaN: an unmeasurable error is written as a string. */
    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : quote(Double.toString(v));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
