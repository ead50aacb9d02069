package org.nnplay.experiment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds where a field path such as {@code data.handPoints[2].y} is in JSON text, so that errors found after parsing
 * can still name a line and column. Only runs when there is an error to report.
 */
final class JsonLocator {
    private JsonLocator() {}

    /** The location of the value at {@code path}, or of its nearest present ancestor; null if none is found. */
    static JsonLocation locate(JsonFactory factory, String json, String path) {
        for (String p = path; p != null; p = parent(p)) {
            JsonLocation at = find(factory, json, pointer(p));
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static JsonLocation find(JsonFactory factory, String json, JsonPointer target) {
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                if (parser.getParsingContext().pathAsPointer().equals(target)) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** "a.b[2].c" → "/a/b/2/c". */
    static JsonPointer pointer(String path) {
        StringBuilder sb = new StringBuilder();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty()) {
                sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            for (int i = bracket; i >= 0; i = part.indexOf('[', i + 1)) {
                sb.append('/').append(part, i + 1, part.indexOf(']', i));
            }
        }
        return JsonPointer.compile(sb.toString());
    }

    /** "a.b[2].c" → "a.b[2]" → "a.b" → "a" → null. */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
