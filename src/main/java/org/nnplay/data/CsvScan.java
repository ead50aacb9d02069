package org.nnplay.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one data file into a {@link CsvTable}: the bytes through {@link TextLines} (encodings and limits), the rows
 * through Jackson's CSV parser; finds the separator and the header, keeps every cell in its {@link CsvColumn} and the
 * first rows for the preview, and turns the parser's complaints into the user's words with the line.
 */
final class CsvScan {
    private final String file;
    private final TextLines text;
    private final int maxRows;
    private final ProblemList problems;
    private final List<CsvColumn> columns = new ArrayList<>();
    private final List<List<String>> preview = new ArrayList<>();
    private int[] lines = new int[256];
    private int rows;
    private char delimiter;
    private boolean header;
    private List<String> declared = List.of();

    CsvScan(String file, TextLines text, int maxRows) {
        this.file = file;
        this.text = text;
        this.maxRows = maxRows;
        this.problems = new ProblemList(file);
    }

    CsvTable run() throws IOException, DataFormatException {
        Deque<String> ahead = new ArrayDeque<>();
        String first = null;
        for (String line = text.next(); line != null; line = text.next()) {
            ahead.add(line);
            String stripped = line.strip();
            if (stripped.regionMatches(true, 0, CsvTable.CLASSES_COMMENT, 0, CsvTable.CLASSES_COMMENT.length())) {
                declared = CsvSyntax.split(stripped.substring(CsvTable.CLASSES_COMMENT.length()), ',').stream()
                        .map(n -> Names.clean(n, "")).filter(n -> !n.isEmpty()).distinct()
                        .limit(DataLimits.MAX_CLASSES).toList();
            }
            if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
                first = line;
                break;
            }
        }
        if (first == null) {
            throw problems.fatal(0, 0, "empty file: expected rows of x1, x2, label");
        }
        Character d = CsvSyntax.detect(first);
        if (d == null) {
            throw problems.fatal(text.lineNumber(), 0, "unknown delimiter: expected columns x1, x2, label"
                    + " separated by commas, semicolons or tabs");
        }
        delimiter = d;
        CsvParser parser = parser(new LinesReader(text, ahead));
        try (parser) {
            parse(parser);
        } catch (Stop stop) {
            throw stop.reason;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? text.lineNumber() : at.getLineNr();
            throw problems.fatal(line, 0, syntaxMessage(e));
        }
        if (rows == 0) {
            throw problems.fatal(text.lineNumber(), 0, "no data rows: expected rows of x1, x2, label after the"
                    + " header");
        }
        problems.throwIfAny();
        if (columns.size() < 3) {
            throw problems.fatal(lines[0], 0, "expected at least 3 columns (x1, x2, label), found "
                    + columns.size());
        }
        return new CsvTable(file, delimiter, header, List.copyOf(columns), Arrays.copyOf(lines, rows),
                List.copyOf(preview), text.encoding(), declared);
    }

    private CsvParser parser(Reader in) throws IOException {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(DataLimits.MAX_LINE_CHARS).build())
                .build();
        CsvParser p = factory.createParser(in);
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"').withComments());
        p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        p.enable(CsvParser.Feature.TRIM_SPACES);
        p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        p.enable(CsvParser.Feature.ALLOW_COMMENTS);
        return p;
    }

    /** Rows come as arrays of strings inside one outer array (Jackson's WRAP_AS_ARRAY). */
    private void parse(CsvParser p) throws IOException, DataFormatException {
        List<String> fields = new ArrayList<>();
        int depth = 0;
        int line = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == JsonToken.START_ARRAY) {
                depth++;
                fields.clear();
                line = 0;
            } else if (t == JsonToken.END_ARRAY) {
                if (depth-- == 2) {
                    row(fields, line > 0 ? line : p.currentTokenLocation().getLineNr());
                }
            } else if (t == JsonToken.VALUE_STRING) {
                if (line == 0) {
                    line = p.currentTokenLocation().getLineNr();
                }
                if (fields.size() == DataLimits.MAX_COLUMNS) {
                    throw problems.fatal(line, fields.size() + 1, "too many columns: NNPlay reads at most "
                            + DataLimits.MAX_COLUMNS + " columns");
                }
                fields.add(p.getText());
            }
        }
    }

    private void row(List<String> fields, int line) throws DataFormatException {
        if (fields.size() == 1 && fields.getFirst().isBlank()) {
            return;
        }
        if (columns.isEmpty()) {
            start(fields, line);
            if (header) {
                return;
            }
        }
        if (fields.size() != columns.size()) {
            problems.add(line, Math.min(fields.size(), columns.size()) + 1, "expected " + columns.size()
                    + " columns (" + names() + "), found " + fields.size());
            return;
        }
        if (rows == maxRows) {
            throw problems.fatal(line, 0, "too many rows: NNPlay takes at most " + DataLimits.format(maxRows)
                    + " data rows");
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, rows * 2);
        }
        lines[rows++] = line;
        for (int i = 0; i < fields.size(); i++) {
            columns.get(i).add(fields.get(i), delimiter, line);
        }
        if (preview.size() < CsvTable.PREVIEW_ROWS) {
            preview.add(List.copyOf(fields));
        }
    }

    private String names() {
        List<String> n = columns.stream().map(c -> c.name).toList();
        return n.size() <= 5 ? String.join(", ", n) : String.join(", ", n.subList(0, 4)) + ", …";
    }

    private void start(List<String> fields, int line) {
        header = fields.stream().noneMatch(f -> CsvSyntax.isNumber(CsvSyntax.normalise(f.strip(), delimiter)));
        int n = fields.size();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String fallback = n <= 4 && i < 4 ? new String[] {"x1", "x2", "label", "split"}[i] : "column " + (i + 1);
            String name = header ? Names.clean(fields.get(i), fallback) : fallback;
            String unique = name;
            for (int k = 2; !used.add(unique.toLowerCase(Locale.ROOT)); k++) {
                unique = name + " (" + k + ")";
            }
            columns.add(new CsvColumn(i, unique));
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (m.contains("missing closing quote") || m.contains("eof") && m.contains("quote")) {
            return "a quoted field is not closed: it starts with \" and the file ends before the closing \"";
        }
        if (m.contains("string value length") || m.contains("maximum")) {
            return "a field is longer than " + DataLimits.format(DataLimits.MAX_LINE_CHARS)
                    + " characters (a quote that is never closed?)";
        }
        if (m.contains("expected column separator")) {
            return "a quoted field is followed by more text before the separator: write \"\" for a quote inside"
                    + " quotes";
        }
        return "this line cannot be read as comma, semicolon or tab separated values";
    }

    /** Carries a problem found while Jackson reads through {@link LinesReader}. */
    private static final class Stop extends IOException {
        final DataFormatException reason;

        Stop(DataFormatException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }

    /** The lines of {@link TextLines} as characters, each ended by '\n', after the lines already read ahead. */
    private static final class LinesReader extends Reader {
        private final TextLines text;
        private final Deque<String> ahead;
        private String current = "";
        private int pos;
        private boolean done;

        LinesReader(TextLines text, Deque<String> ahead) {
            this.text = text;
            this.ahead = ahead;
        }

        @Override public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == current.length()) {
                if (done) {
                    return -1;
                }
                String next;
                if (!ahead.isEmpty()) {
                    next = ahead.poll();
                } else {
                    try {
                        next = text.next();
                    } catch (DataFormatException e) {
                        throw new Stop(e);
                    }
                }
                if (next == null) {
                    done = true;
                    return -1;
                }
                current = next + "\n";
                pos = 0;
            }
            int n = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override public void close() { }
    }
}
