package org.nnplay.io;

/**
 * Text that came from a user or a file, made safe to show in a message or to write into a generated file. A
 * <em>control</em> here is anything that can end a line, move the cursor or reorder what a reader sees: the C0 and
 * C1 controls (NUL, ESC, NEL U+0085, ...), the line and paragraph separators U+2028 and U+2029, the bidirectional
 * controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the byte-order mark and lone surrogates.
 */
public final class SafeText {
    private SafeText() {}

    /** Whether {@code cp} is a control in the sense above. */
    public static boolean isControl(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || cp == 0xFEFF || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Whether {@code s} has no control at all. */
    public static boolean isClean(String s) {
        return s.codePoints().noneMatch(SafeText::isControl);
    }

    /**
     * For messages: every control written as an escape a reader can see ({@code \n}, {@code \t}, {@code \r},
     * {@code \0}, else {@code \u001B}), so a message stays on one line and never drives the terminal.
     */
    public static String escape(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            if (!isControl(cp)) {
                sb.appendCodePoint(cp);
                return;
            }
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0 -> sb.append("\\0");
                default -> sb.append(String.format("\\u%04X", cp));
            }
        });
        return sb.toString();
    }

    /** For generated text that is not a quoted literal: every control replaced by one space. */
    public static String oneLine(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(isControl(cp) ? ' ' : cp));
        return sb.toString();
    }

    /** {@link #escape}d and cut to at most {@code max} characters (with "…"), for quoting a value in a message. */
    public static String shown(String s, int max) {
        String e = escape(s);
        if (e == null || e.length() <= max) {
            return e;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(e.charAt(cut - 1))) {
            cut--;
        }
        return e.substring(0, cut) + "…";
    }
}
