package org.nnplay.data;

/**
 * The one place names from a data file pass through on their way in (class names, column names with their units):
 * surrounding spaces, control and direction-override characters are removed, runs of spaces become one, and a name
 * longer than {@link DataLimits#MAX_NAME_CHARS} characters is shortened with "…". Whatever the file held, a name
 * is then one line of plain text that the legend, the probe, tooltips and exports can show.
 */
public final class Names {
    private Names() {}

    /** The name as NNPlay keeps it; {@code fallback} when nothing printable is left. */
    public static String clean(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        StringBuilder sb = new StringBuilder(Math.min(raw.length(), DataLimits.MAX_NAME_CHARS + 1));
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = sb.length() > 0;
                continue;
            }
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        if (sb.isEmpty()) {
            return fallback;
        }
        if (sb.codePointCount(0, sb.length()) > DataLimits.MAX_NAME_CHARS) {
            int end = sb.offsetByCodePoints(0, DataLimits.MAX_NAME_CHARS - 1);
            return sb.substring(0, end).strip() + "…";
        }
        return sb.toString();
    }
}
