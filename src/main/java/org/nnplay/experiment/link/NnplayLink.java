package org.nnplay.experiment.link;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.nnplay.experiment.Experiment;
import org.nnplay.experiment.ExperimentFormatException;
import org.nnplay.experiment.ExperimentIO;
import org.nnplay.experiment.LoadResult;

/**
 * {@code nnplay:} links: a whole experiment (settings, seed, points placed by hand, optionally trained weights) in
 * one line of text, {@code nnplay:v1,} followed by the experiment file's JSON compressed with DEFLATE and written in
 * URL-safe base64 without padding. Reading undoes that within size limits and then reads the JSON exactly as a file
 * is read (the same checks and messages, with "nnplay link" in place of a file name). Nothing in a link is run.
 */
public final class NnplayLink {
    public static final String SCHEME = "nnplay:";
    public static final String PREFIX = SCHEME + "v1,";
    /** The source name in messages. */
    public static final String SOURCE = "nnplay link";
    /** The longest link read: 8 MB of text, more than 100,000 points placed by hand. */
    public static final int MAX_LENGTH = 8 * 1024 * 1024;
    /** The largest experiment a link may unpack to. */
    public static final int MAX_JSON = (int) ExperimentIO.DEFAULT_MAX_BYTES;

    private NnplayLink() {}

    /** Whether {@code text} starts like an nnplay link. */
    public static boolean looksLike(String text) {
        return text.strip().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The link of {@code e}, with its trained weights or without. */
    public static String write(Experiment e, boolean withWeights) {
        Experiment shared = withWeights ? e : e.withWeights(null);
        byte[] json = new ExperimentIO().toJson(shared).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** The experiment in an nnplay link; any damage or invalid setting is an error saying what and where. */
    public static LoadResult read(String link) throws ExperimentFormatException {
        String t = link.strip();
        if (t.length() > MAX_LENGTH) {
            throw error("the link is " + t.length() + " characters long: the limit is " + MAX_LENGTH);
        }
        String body = t.substring(SCHEME.length());
        if (body.startsWith("//")) {
            body = body.substring(2);
        }
        if (!body.regionMatches(true, 0, "v1,", 0, 3)) {
            int comma = body.indexOf(',');
            String version = comma > 0 && comma < 20 ? body.substring(0, comma) : "";
            throw error(version.matches("v\\d+")
                    ? "the link was made by a newer NNPlay (" + version + "): this NNPlay reads v1 links. Please update NNPlay."
                    : "this is not an experiment link (expected it to start with " + PREFIX + ")");
        }
        String data = body.substring(3).replaceAll("\\s+", "").replace('+', '-').replace('/', '_').replace("=", "");
        if (!data.matches("[A-Za-z0-9_-]*")) {
            throw error("the link is damaged (it has characters a link cannot have): copy it again in full");
        }
        if (data.length() % 4 == 1) {
            throw error("the link is cut short: copy it again in full");
        }
        byte[] packed = Base64.getUrlDecoder().decode(data);
        return new ExperimentIO().read(inflate(packed), SOURCE);
    }

    private static String inflate(byte[] packed) throws ExperimentFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw error("the link is cut short: copy it again in full");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_JSON) {
                    throw error("the link unpacks to more than " + MAX_JSON / (1024 * 1024) + " MB: the limit of an "
                            + "experiment");
                }
            }
        } catch (DataFormatException e) {
            throw error("the link is damaged (it does not unpack): copy it again in full");
        } finally {
            inflater.end();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw error("the link is damaged (its experiment is not text)");
        }
    }

    private static ExperimentFormatException error(String problem) {
        return new ExperimentFormatException(SOURCE, -1, -1, null, problem, null);
    }
}
