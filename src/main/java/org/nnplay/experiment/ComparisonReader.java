package org.nnplay.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an experiment file's {@code compare} block: {@code "setting"} (a {@link ComparedSetting} key) and
 * {@code "values"}, each a string as typed on the command line, a number, or (for {@code hidden} and
 * {@code features}) an array such as {@code [8, 8]}.
 */
final class ComparisonReader {
    private ComparisonReader() {}

    static Comparison read(FieldReader r) {
        if (!r.has("setting")) {
            throw new InvalidSettingException(r.path("setting"), "is missing: expected one of "
                    + org.nnplay.engine.Named.keys(ComparedSetting.class));
        }
        ComparedSetting setting = r.named("setting", ComparedSetting.class, null);
        if (!r.has("values")) {
            throw new InvalidSettingException(r.path("values"), "is missing: expected " + Comparison.MIN_VALUES
                    + " to " + Comparison.MAX_VALUES + " values of " + setting.key());
        }
        List<String> values = r.list("values", null, ComparisonReader::value);
        r.finish();
        return r.build(() -> new Comparison(setting, values));
    }

    /** Since a value of one setting may be a number, a key or a list, each is read as the text it stands for. */
    private static String value(JsonNode v, String path) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode p = v.get(i);
                if (!p.isTextual() && !p.isNumber()) {
                    throw FieldReader.typeError(p, path + "[" + i + "]", "a number or a name");
                }
                parts.add(p.isTextual() ? p.textValue() : p.decimalValue().stripTrailingZeros().toPlainString());
            }
            return parts.isEmpty() ? ComparedSetting.NO_HIDDEN : String.join(",", parts);
        }
        throw FieldReader.typeError(v, path, "a value in quotes, a number or a list");
    }
}
