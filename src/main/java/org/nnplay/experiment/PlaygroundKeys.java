package org.nnplay.experiment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a TensorFlow Playground link said that NNPlay has no setting for, kept so that the experiment can be copied
 * back as the same link ({@code "playground"} in the file): {@code seed} is the link's seed text, which the
 * playground's generator takes as it is (null: the experiment's numeric seed, written out); {@code keys} holds the
 * link's other keys by name with their text (a tutorial, classroom switches with no NNPlay control, the data set
 * of the other problem type, …).
 */
public record PlaygroundKeys(String seed, Map<String, String> keys) {
    public static final int MAX_KEYS = 200;
    public static final int MAX_TEXT = 1000;
    public static final int MAX_NAME = 100;

    public PlaygroundKeys {
        if (seed != null && (seed.isBlank() || seed.length() > MAX_TEXT)) {
            throw new InvalidSettingException("seed", seed.isBlank() ? "is empty" : "is " + seed.length()
                    + " characters long: allowed at most " + MAX_TEXT);
        }
        keys = keys == null ? Map.of() : keys;
        if (keys.size() > MAX_KEYS) {
            throw new InvalidSettingException("keys", "has " + keys.size() + " entries: allowed at most " + MAX_KEYS);
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            String name = e.getKey();
            if (name == null || !name.matches("[A-Za-z0-9_]{1," + MAX_NAME + "}")) {
                throw new InvalidSettingException("keys", "has the name '" + name + "': allowed letters, digits and _ "
                        + "(at most " + MAX_NAME + ")");
            }
            Checks.notNull("keys." + name, e.getValue());
            Checks.text("keys." + name, e.getValue(), MAX_TEXT);
            sorted.put(name, e.getValue());
        }
        keys = Collections.unmodifiableMap(sorted);
    }

    /** Nothing kept. */
    public boolean keepsNothing() { return seed == null && keys.isEmpty(); }

    public PlaygroundKeys withSeed(String v) { return new PlaygroundKeys(v, keys); }

    /**
     * {@code e} seeded with {@code text} as TensorFlow Playground is: a whole number becomes the experiment's seed;
     * other text (the playground's are like 0.27411) is kept, and the experiment's number seed is a hash of it.
     */
    public static Experiment withSeedText(Experiment e, String text) {
        long n = numericSeed(text);
        String kept = Long.toString(n).equals(text) ? null : text;
        PlaygroundKeys p = e.playground() == null ? new PlaygroundKeys(kept, Map.of()) : e.playground().withSeed(kept);
        return e.withSeed(n).withPlayground(p);
    }

    private static long numericSeed(String text) {
        try {
            long v = Long.parseLong(text);
            if (Long.toString(v).equals(text)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // not a whole number
        }
        return text.hashCode() & 0x7fffffffL;
    }

    /** The seed text TensorFlow Playground's generator takes for {@code e}: the kept text, else its number seed. */
    public static String seedOf(Experiment e) {
        PlaygroundKeys p = e.playground();
        return p != null && p.seed() != null ? p.seed() : Long.toString(e.seed());
    }
}
