package org.nnplay.experiment.link;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys of a TensorFlow Playground link's hash ({@code #activation=tanh&batchSize=10&…}) read as the playground
 * reads them: split at every {@code &}, each part split at {@code =} (the text between the first and a second
 * {@code =} is the value, a part without {@code =} has no value), the last of repeated keys wins, and nothing is
 * percent-decoded. Values are converted with the playground's rules: a key counts only when its value is not blank,
 * a number is JavaScript's {@code +text}, a switch is on unless it says {@code false}, a {@code NAME_hide} key is on
 * only when it says {@code true}. Numbers are written back as JavaScript prints them.
 */
final class PlaygroundState {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern RADIX = Pattern.compile("0([xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)");

    /** The keys in link order, each with its text (null: the key had no {@code =}). */
    final Map<String, String> raw = new LinkedHashMap<>();

    /** The state in {@code hash} (the part after {@code #}). */
    PlaygroundState(String hash) {
        for (String part : hash.split("&", -1)) {
            String[] kv = part.split("=", -1);
            if (!kv[0].isEmpty()) {
                raw.remove(kv[0]);
                raw.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
    }

    /** Whether the link sets {@code key} with a value that is not blank (otherwise the default stands). */
    boolean has(String key) {
        String v = raw.get(key);
        return v != null && !jsTrim(v).isEmpty();
    }

    String text(String key) {
        return raw.get(key);
    }

    /** A switch: off only for {@code false}. */
    boolean bool(String key, boolean dflt) {
        return has(key) ? !"false".equals(raw.get(key)) : dflt;
    }

    /** JavaScript's conversion of text to a number ({@code +text}): NaN when it is not one. */
    static double number(String text) {
        String t = jsTrim(text);
        if (t.isEmpty()) {
            return 0;
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        switch (t) {
            case "Infinity", "+Infinity" -> { return Double.POSITIVE_INFINITY; }
            case "-Infinity" -> { return Double.NEGATIVE_INFINITY; }
            default -> { }
        }
        if (RADIX.matcher(t).matches()) {
            int radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new java.math.BigInteger(t.substring(2), radix).doubleValue();
        }
        return Double.NaN;
    }

    /** JavaScript's {@code String(number)}: 0.03, 10, 0.000001, 1e-7, 1.5e+21. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        double size = Math.abs(v);
        if (size >= 1e-6 && size < 1e21) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** JavaScript's {@code trim()}: white space and line ends, including no-break and byte-order-mark spaces. */
    static String jsTrim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && space(s.charAt(a))) {
            a++;
        }
        while (b > a && space(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
