package org.nnplay.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Settings that are saved to files and typed on the command line by a stable lower-case key. */
public interface Named {
    String key();

    /** Finds the constant whose key (or enum name, case-insensitive) is {@code key}; the message lists the allowed keys. */
    static <E extends Enum<E> & Named> E parse(Class<E> type, String key, String what) {
        if (key != null) {
            String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.key().equals(k) || e.name().toLowerCase(Locale.ROOT).equals(k)) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + key + "': expected one of " + keys(type));
    }

    static <E extends Enum<E> & Named> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Named::key).collect(Collectors.joining(", "));
    }
}
