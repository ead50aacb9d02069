package org.nnplay.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads experiment files: JSON objects with {@code "format": "nnplay-experiment"}, {@code "version"} and
 * the groups of {@link Experiment} under their record component names ("data", "training", "learningRate", ...).
 * <p>
 * Reading is plain data: the JSON tree is read field by field into the records, so no type named in a file is ever
 * instantiated (there is no polymorphic typing). Missing fields take their defaults, unknown ones are ignored with
 * a warning, anything else wrong is an {@link ExperimentFormatException} saying what and where. Files larger than
 * {@link #maxBytes()} are rejected before parsing. Writing is atomic (a temporary file moved into place).
 * Instances are immutable and thread-safe.
 */
public final class ExperimentIO {
    public static final String FORMAT = ExperimentReader.FORMAT;
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    private static final int MAX_NESTING = 32;
    private static final int MAX_STRING = 100_000;

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
                        .maxNumberLength(100)
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
     * Reads an experiment file; the message of any format error names {@code file}. Other I/O problems (no such
     * file, no permission) are thrown as they are.
     */
    public LoadResult read(Path file) throws IOException {
        String source = file.toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(source, size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even when the reported size is wrong (a pipe, a device, a growing file).
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExperimentFormatException(source, -1, -1, null, "the file is not UTF-8 text", e);
        }
        return read(json, source);
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
        } catch (StreamConstraintsException e) {
            throw syntax(sourceName, e, "the file exceeds a limit: ");
        } catch (JsonProcessingException e) {
            throw syntax(sourceName, e, "malformed JSON: ");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ExperimentFormatException(sourceName, -1, -1, null, "the file is empty", null);
        }
        List<String> warnings = new ArrayList<>();
        try {
            return new LoadResult(ExperimentReader.read(tree, warnings), warnings);
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

    /** Writes the experiment to {@code file} atomically: to a temporary file beside it, then moved into place. */
    public void write(Experiment experiment, Path file) throws IOException {
        byte[] bytes = toJson(experiment).getBytes(StandardCharsets.UTF_8);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ExperimentFormatException tooLarge(String source, long size) {
        return new ExperimentFormatException(source, -1, -1, null, "the file is " + size + " bytes: the limit is "
                + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MB)", null);
    }

    private static ExperimentFormatException syntax(String source, JsonProcessingException e, String prefix) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String detail = e.getOriginalMessage();
        int newline = detail.indexOf('\n');
        if (newline >= 0) {
            detail = detail.substring(0, newline);
        }
        detail = detail.replaceAll("\\[Source: [^;\\]]*; ", "[");
        return new ExperimentFormatException(source, line, column, null, prefix + detail, e);
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
