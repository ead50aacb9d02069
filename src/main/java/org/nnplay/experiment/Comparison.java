package org.nnplay.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One setting and 2 to 8 values of it, trained side by side: saved as an experiment's {@code compare} block, e.g.
 * {@code "compare": {"setting": "lr", "values": ["0.003", "0.03", "3"]}}. Values are stored canonical
 * ({@link ComparedSetting#canonical}) and must differ. Variant {@code i} is the experiment with value {@code i}
 * ({@link #variant}): the same data, seed and everything else, so with the same seed it trains exactly as a single
 * run with that value would.
 */
public record Comparison(ComparedSetting setting, List<String> values) {
    public static final int MIN_VALUES = 2;
    public static final int MAX_VALUES = 8;

    public Comparison {
        Checks.notNull("setting", setting);
        values = Checks.list("values", values, MIN_VALUES, MAX_VALUES);
        List<String> canonical = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                canonical.add(setting.canonical(values.get(i)));
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("values[" + i + "]", about(values.get(i), e.getMessage()));
            }
        }
        Checks.distinct("values", canonical);
        values = List.copyOf(canonical);
    }

    /** {@code = "abc" is not a number...} about the whole value, {@code = "x1,x9": 'x9' is not...} about a part. */
    static String about(String value, String problem) {
        return "= \"" + value + "\"" + (problem.startsWith("is ") ? " " : ": ") + problem;
    }

    public int size() { return values.size(); }

    public Comparison withValues(List<String> v) { return new Comparison(setting, v); }

    /**
     * Variant {@code i}: the base (without its comparison) with value {@code i} of the setting, named after it. A
     * base that shows the comparison on its stage gives variants that show the normal layout.
     *
     * @throws InvalidSettingException at {@code values[i]} when the value does not fit the base (e.g. a loss for
     *         another kind of problem)
     */
    public Experiment variant(Experiment base, int i) {
        String value = values.get(i);
        Experiment plain = base.withComparison(null);
        if (plain.view().stage() == StageView.COMPARE) {
            plain = plain.withView(v -> v.withStage(StageView.NORMAL));
        }
        String name = plain.name() + " (" + setting.key() + " = " + value + ")";
        if (name.length() > Experiment.MAX_NAME_LENGTH) {
            name = name.substring(name.length() - Experiment.MAX_NAME_LENGTH);
        }
        try {
            return setting.edit(value).apply(plain.withName(name));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("values[" + i + "]", "= \"" + value + "\" does not fit this experiment: "
                    + e.getMessage());
        }
    }

    /** Every variant, in the order of the values. */
    public List<Experiment> variants(Experiment base) {
        List<Experiment> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(variant(base, i));
        }
        return List.copyOf(out);
    }

    /** Throws, at the first value that does not fit {@code base}, what {@link #variant} would. */
    public void check(Experiment base) {
        variants(base);
    }
}
