package org.nnplay.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with malformed JSON, in words: the JSON parser's own messages name its classes and options
 * ({@code enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code StreamReadConstraints.getMaxNestingDepth()}), so
 * each kind of problem is described here instead, and whatever is left is stripped of anything that looks like code.
 */
final class JsonProblems {
    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'(?='))*)'");
    private static final Pattern NUMBER = Pattern.compile("\\((\\d+)\\)");

    private JsonProblems() {}

    /** One line describing {@code e}, e.g. "expected , or } between fields, found 'x'". */
    static String describe(JsonProcessingException e, int maxNesting, int maxString, int maxNumber) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "the file is not valid JSON";
        }
        if (e instanceof StreamConstraintsException) {
            return limit(m, maxNesting, maxString, maxNumber);
        }
        if (e instanceof MismatchedInputException && m.startsWith("Trailing token")) {
            return "there is more text after the experiment's closing }";
        }
        if (m.startsWith("Non-standard token")) {
            return quoted(m) + " is not a number in JSON: write a number (NaN and Infinity are not allowed)";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early: a closing } or ], or a closing quote, is missing";
        }
        if (m.startsWith("Duplicate field")) {
            return "the field " + quoted(m) + " appears twice";
        }
        if (m.startsWith("Unrecognized token")) {
            return "unexpected text " + quoted(m) + ": expected a value (a number, a string in double quotes, true, "
                    + "false, null, [ ... ] or { ... })";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return character(m) + " inside a string: write it as an escape such as \\n or \\u0000";
        }
        if (m.startsWith("Illegal character")) {
            return character(m) + " between values: only spaces, tabs and line breaks may stand there";
        }
        if (m.startsWith("Unrecognized character escape")) {
            return "unknown escape \\" + quoted(m).replace("'", "") + " in a string: allowed are \\\" \\\\ \\/ \\b "
                    + "\\f \\n \\r \\t and \\u followed by four hex digits";
        }
        if (m.startsWith("Unexpected close marker")) {
            return "unexpected " + quoted(m) + ": it closes a bracket that is not open, or the wrong kind";
        }
        if (m.startsWith("Unexpected character")) {
            return unexpected(m);
        }
        if (m.startsWith("Invalid numeric value") || m.startsWith("Numeric value")) {
            return "a number is not written as JSON writes numbers (no leading zeros, a digit before and after a "
                    + "decimal point, at most " + maxNumber + " characters)";
        }
        if (m.startsWith("Invalid UTF") || m.contains("UTF-8")) {
            return "the file is not UTF-8 text";
        }
        return "the file is not valid JSON: " + scrub(m);
    }

    private static String unexpected(String m) {
        String what = character(m);
        if (m.contains("double-quote to start field name")) {
            return what.equals("'''") ? "single quotes are not JSON: write field names and strings in double quotes"
                    : what + " where a field name in double quotes should be";
        }
        if (m.contains("comma to separate Object entries")) return what + " where , or } should be (between fields)";
        if (m.contains("comma to separate Array entries")) return what + " where , or ] should be (between values)";
        if (m.contains("colon to separate field name and value")) return what + " where : should be (after a field name)";
        if (m.contains("comment")) return "comments are not allowed in JSON";
        if (m.contains("root-level")) return "there is more text after the experiment's closing }";
        if (m.contains("closing quote")) return what + " where a closing double quote should be";
        if (m.contains("plus sign")) return "numbers in JSON are written without a leading +";
        if (m.contains("numeric value")) return "a number is not complete: " + what + " where a digit should be";
        if (m.contains("valid value")) {
            return what + " where a value should be (a number, a string in double quotes, true, false, null, "
                    + "[ ... ] or { ... })";
        }
        return "unexpected " + what;
    }

    /** "'x'" for a printable character, "a control character (code 27)" for a control, from "(code N)". */
    private static String character(String m) {
        Matcher c = CODE.matcher(m);
        if (!c.find()) {
            return "a character";
        }
        int code = Integer.parseInt(c.group(1));
        return Character.isISOControl(code) || org.nnplay.io.SafeText.isControl(code)
                ? "a control character (code " + code + ")" : "'" + new String(Character.toChars(code)) + "'";
    }

    /** The first 'quoted' part of a message, with its quotes, shortened; "a value" when there is none. */
    private static String quoted(String m) {
        Matcher q = QUOTED.matcher(m);
        return q.find() ? "'" + org.nnplay.io.SafeText.shown(q.group(1), 40) + "'" : "a value";
    }

    private static String limit(String m, int maxNesting, int maxString, int maxNumber) {
        if (m.contains("nesting")) return "the file is nested more than " + maxNesting + " levels deep";
        if (m.contains("String value length")) return "a string is longer than " + maxString + " characters";
        if (m.contains("Name length")) return "a field name is longer than " + maxString + " characters";
        if (m.contains("Number value length")) return "a number is longer than " + maxNumber + " characters";
        Matcher n = NUMBER.matcher(m);
        return "the file exceeds a limit" + (n.find() ? " (" + n.group(1) + ")" : "");
    }

    /** Whatever the parser said, without names in backticks, "(from ...)" notes or anything that looks like code. */
    static String scrub(String m) {
        String s = m.lines().findFirst().orElse("");
        s = s.replaceAll("`[^`]*`", "")
                .replaceAll("\\(from [^)]*\\)", "")
                .replaceAll("\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*", "")
                .replaceAll("\\b\\w*(?:Feature|Exception|Constraints|JsonNode|Json\\w+)\\b(?:\\.\\w+)*(?:\\(\\))?", "")
                .replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "malformed" : s;
    }
}
