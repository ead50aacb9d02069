package org.nnplay.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.nnplay.engine.Named;

/**
 * Reads one JSON object of a settings file at a field path (e.g. {@code training.schedule}). Absent fields give the
 * caller's default; a value of the wrong type is an {@link InvalidSettingException} naming the full path; keys that
 * nobody asked for become warnings in {@link #finish()}. Only plain JSON values are read: nothing in a file names a
 * Java type.
 */
final class FieldReader {
    /** Reads one array element found at {@code path}. */
    interface Element<T> {
        T read(JsonNode node, String path);
    }

    private final JsonNode node;
    private final String path;
    private final List<String> warnings;
    private final Set<String> asked = new HashSet<>();

    FieldReader(JsonNode node, String path, List<String> warnings) {
        if (!node.isObject() && !node.isMissingNode()) {
            throw new InvalidSettingException(path.isEmpty() ? "(top level)" : path,
                    "= " + shown(node) + ": expected an object { ... }");
        }
        this.node = node;
        this.path = path;
        this.warnings = warnings;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The raw value of {@code name}, or null when it is absent (an explicit JSON null is returned as NullNode). */
    JsonNode raw(String name) {
        asked.add(name);
        return node.get(name);
    }

    /** Whether {@code name} is present with a value other than null. */
    boolean has(String name) {
        JsonNode v = raw(name);
        return v != null && !v.isNull();
    }

    /** The object at {@code name}; an empty one (all defaults) when absent. */
    FieldReader object(String name) {
        JsonNode v = raw(name);
        return new FieldReader(v == null ? MissingNode.getInstance() : v, path(name), warnings);
    }

    double number(String name, double dflt) {
        JsonNode v = raw(name);
        return v == null ? dflt : number(v, path(name));
    }

    int integer(String name, int dflt) {
        JsonNode v = raw(name);
        return v == null ? dflt : integer(v, path(name));
    }

    long whole(String name, long dflt) {
        JsonNode v = raw(name);
        if (v == null) {
            return dflt;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        double d = v.isNumber() ? v.doubleValue() : Double.NaN;
        if (d == Math.rint(d) && Math.abs(d) < 0x1p62) { // 1e5: a whole number written with an exponent
            return (long) d;
        }
        throw typeError(v, path(name), "a whole number");
    }

    boolean bool(String name, boolean dflt) {
        JsonNode v = raw(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw typeError(v, path(name), "true or false");
        }
        return v.booleanValue();
    }

    /** Text, or the default when absent or null. */
    String text(String name, String dflt) {
        JsonNode v = raw(name);
        return v == null || v.isNull() ? dflt : text(v, path(name));
    }

    <E extends Enum<E> & Named> E named(String name, Class<E> type, E dflt) {
        JsonNode v = raw(name);
        return v == null ? dflt : named(v, path(name), type);
    }

    /** The elements of the array {@code name}, {@code dflt} when absent, and null for an explicit null. */
    <T> List<T> list(String name, List<T> dflt, Element<T> element) {
        JsonNode v = raw(name);
        if (v == null) {
            return dflt;
        }
        if (v.isNull()) {
            return null;
        }
        return list(v, path(name), element);
    }

    /** Runs a record constructor; its complaints get this object's path as prefix. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidSettingException e) {
            throw e.under(path);
        }
    }

    /** Records a warning for every field that was not read. */
    void finish() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!asked.contains(name)) {
                warnings.add("unknown field '" + org.nnplay.io.SafeText.shown(name, 40) + "' at "
                        + org.nnplay.io.SafeText.shown(path(name), 80) + " ignored");
            }
        }
    }

    List<String> warnings() {
        return warnings;
    }

    static <T> List<T> list(JsonNode v, String path, Element<T> element) {
        if (!v.isArray()) {
            throw typeError(v, path, "an array [ ... ]");
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(element.read(v.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    static double number(JsonNode v, String path) {
        if (!v.isNumber()) {
            throw typeError(v, path, "a number");
        }
        return v.doubleValue();
    }

    static int integer(JsonNode v, String path) {
        if (!v.isNumber() || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw typeError(v, path, "a whole number");
        }
        if (!v.canConvertToInt()) {
            throw new InvalidSettingException(path, "= " + shown(v) + " is too large");
        }
        return v.intValue();
    }

    static String text(JsonNode v, String path) {
        if (!v.isTextual()) {
            throw typeError(v, path, "a string in quotes");
        }
        return v.textValue();
    }

    static <E extends Enum<E> & Named> E named(JsonNode v, String path, Class<E> type) {
        if (!v.isTextual()) {
            throw typeError(v, path, "one of " + Named.keys(type));
        }
        E e = NamedModule.find(type, v.textValue());
        if (e == null) {
            throw new InvalidSettingException(path, "= " + NamedModule.notAllowed(type, v.textValue()));
        }
        return e;
    }

    static double[] numbers(JsonNode v, String path) {
        if (v == null || v.isNull()) {
            return null;
        }
        List<Double> list = list(v, path, FieldReader::number);
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static InvalidSettingException typeError(JsonNode v, String path, String expected) {
        return new InvalidSettingException(path, "= " + shown(v) + ": expected " + expected);
    }

    /** A value as it appears in JSON, shortened for messages. */
    static String shown(JsonNode v) {
        if (v.isNumber() && !Double.isFinite(v.doubleValue())) {
            return "a number beyond ±1.8e308";
        }
        return org.nnplay.io.SafeText.shown(v.toString(), 40);
    }
}
