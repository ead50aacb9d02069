package org.nnplay.experiment;

/**
 * A setting whose value is not allowed. {@link #field()} is the path of the setting relative to the record that
 * rejected it (e.g. {@code learningRate}, {@code hidden[2]}); readers prefix it with the path of that record
 * (e.g. {@code training.learningRate}) through {@link #under(String)}.
 */
public final class InvalidSettingException extends IllegalArgumentException {
    private final String field;
    private final String detail;

    /** @param detail what is wrong, written to follow the field name, e.g. "= -1 is out of range: allowed (0, 10]" */
    public InvalidSettingException(String field, String detail) {
        super(field + " " + detail);
        this.field = field;
        this.detail = detail;
    }

    public String field() { return field; }

    public String detail() { return detail; }

    /** The same problem, with the field path prefixed by {@code parent} (nothing added when it is empty). */
    public InvalidSettingException under(String parent) {
        if (parent == null || parent.isEmpty()) {
            return this;
        }
        String joined = field.startsWith("[") ? parent + field : parent + "." + field;
        InvalidSettingException e = new InvalidSettingException(joined, detail);
        e.initCause(this);
        return e;
    }
}
