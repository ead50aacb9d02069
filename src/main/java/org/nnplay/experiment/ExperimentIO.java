package org.nnplay.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;

/**
 * Saves and loads experiment files: JSON objects with {@code "format": "nnplay-experiment"}, {@code "version"} and
 * the groups of {@link Experiment} under their record component names ("data", "training", "learningRate", ...).
 * <p>
 * Reading is plain data: the JSON tree is read field by field into the records, so no type named in a file is ever
 * instantiated (there is no polymorphic typing). Missing fields take their defaults, unknown ones are ignored with
 * a warning (the first five, then a count), anything else wrong is an {@link ExperimentFormatException} saying what
 * and where in words. Files larger than {@link #maxBytes()} are rejected before parsing. Saving goes through
 * {@link SafeFiles}: links followed, permissions kept, replaced atomically.
 * Instances are immutable and thread-safe.
 */
public final class ExperimentIO {
    public static final String FORMAT = ExperimentReader.FORMAT;
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    private static final int MAX_NESTING = 32;
    private static final int MAX_STRING = 100_000;
    private static final int MAX_NUMBER = 100;

    private final long maxBytes;
    private final JsonMapper mapper;

    public ExperimentIO() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file (in bytes; for strings, in characters) that is read */
    public ExperimentIO(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(maxBytes)
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER)
                        .maxNameLength(MAX_STRING)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new NamedModule())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads an experiment file. Every failure is an {@link ExperimentFormatException} that names {@code file} and
     * says why in words: no such file, permission denied, is a folder, too large, not UTF-8 text, malformed JSON (with
     * line and column), or a setting that is wrong (with its field and line).
     */
    public LoadResult read(Path file) throws ExperimentFormatException {
        String source = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new FileProblem(file, "is a folder, not an experiment file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > maxBytes) {
                throw tooLarge(source, Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even when the reported size is wrong (a pipe, a device, a growing file).
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (ExperimentFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new ExperimentFormatException(source, -1, -1, null, SafeFiles.reason(e), e);
        }
        return read(bytes, source);
    }

    /** Reads an experiment from the bytes of a file (UTF-8); {@code sourceName} is used in messages. */
    public LoadResult read(byte[] bytes, String sourceName) throws ExperimentFormatException {
        if (bytes.length > maxBytes) {
            throw tooLarge(sourceName, bytes.length);
        }
        return read(TextBytes.utf8(bytes, sourceName), sourceName);
    }

    /** Reads an experiment from JSON text; {@code sourceName} (e.g. a file name) is used in messages. */
    public LoadResult read(String json, String sourceName) throws ExperimentFormatException {
        if (json.length() > maxBytes) {
            throw tooLarge(sourceName, json.length());
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntax(sourceName, e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ExperimentFormatException(sourceName, -1, -1, null, "the file is empty", null);
        }
        WarningList warnings = new WarningList();
        try {
            return new LoadResult(ExperimentReader.read(tree, warnings), warnings.summary());
        } catch (InvalidSettingException e) {
            JsonLocation at = JsonLocator.locate(mapper.getFactory(), json, e.field());
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new ExperimentFormatException(sourceName, line, column, e.field(), e.getMessage(), e);
        }
    }

    /** The experiment as JSON: "format" first, then "version" and the groups; absent (null) parts are left out. */
    public String toJson(Experiment experiment) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.setAll((ObjectNode) mapper.valueToTree(experiment));
        try {
            return mapper.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an experiment as JSON", e);
        }
    }

    /**
     * Saves the experiment to {@code file}: through a link to the file it points to, keeping the file's permissions,
     * replaced in one atomic rename ({@link SafeFiles}); a folder, a device or a pipe is refused.
     */
    public void write(Experiment experiment, Path file) throws FileProblem {
        SafeFiles.saveString(file, toJson(experiment));
    }

    private ExperimentFormatException tooLarge(String source, long size) {
        return new ExperimentFormatException(source, -1, -1, null, "the file is " + size + " bytes: the limit is "
                + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MB)", null);
    }

    private static ExperimentFormatException syntax(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String what = JsonProblems.describe(e, MAX_NESTING, MAX_STRING, MAX_NUMBER);
        return new ExperimentFormatException(source, line, column, null,
                (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException ? "" : "malformed JSON: ") + what, e);
    }

    /** Two-space indentation, "key": value, arrays on one line (hidden layers and weight rows stay readable). */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        return printer;
    }
}
