package org.nnplay.experiment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small argument checks shared by the settings records; all throw {@link InvalidSettingException}. */
final class Checks {
    private Checks() {}

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidSettingException(field, "is missing");
        }
        return value;
    }

    /** An immutable copy of {@code list}, which must have no null elements and at most {@code max} of them. */
    static <T> List<T> list(String field, List<T> list, int min, int max) {
        notNull(field, list);
        if (list.size() < min || list.size() > max) {
            String allowed = min == max ? "exactly " + min : min + " to " + max;
            throw new InvalidSettingException(field,
                    "has " + count(list.size(), "entry", "entries") + ": allowed " + allowed);
        }
        for (int i = 0; i < list.size(); i++) {
            notNull(field + "[" + i + "]", list.get(i));
        }
        return List.copyOf(list);
    }

    static <T> void distinct(String field, List<T> list) {
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            if (!seen.add(list.get(i))) {
                throw new InvalidSettingException(field + "[" + i + "]", "= " + label(list.get(i)) + " is listed twice");
            }
        }
    }

    /** "1 entry", "3 entries". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** How a value is shown in a message: a setting's key, or its string form. */
    static String label(Object value) {
        return value instanceof org.nnplay.engine.Named n ? n.key() : String.valueOf(value);
    }

    static String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidSettingException(field, "is " + value.length() + " characters long: allowed at most " + maxLength);
        }
        return value;
    }
}
