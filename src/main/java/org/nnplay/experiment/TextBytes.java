package org.nnplay.experiment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The bytes of an experiment file as text: UTF-8 (with or without a byte-order mark), as JSON files are. UTF-16 and
 * UTF-32 files, and files with NUL bytes, are refused with what they are; a byte that is not UTF-8 is refused with its
 * line, so nothing is replaced silently and no NUL byte ever reaches a message.
 */
final class TextBytes {
    private TextBytes() {}

    static String utf8(byte[] bytes, String source) throws ExperimentFormatException {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw new ExperimentFormatException(source, -1, -1, null, "the file is " + wide
                    + " text: experiment files are UTF-8 (save it as UTF-8)", null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new ExperimentFormatException(source, line(bytes, at), column(bytes, at), null,
                    String.format(Locale.ROOT, "byte 0x%02X is not UTF-8 text: experiment files are UTF-8 (save it as "
                            + "UTF-8)", bytes[at] & 0xFF), null);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ExperimentFormatException(source, line(bytes, i), column(bytes, i), null,
                        "the file has a NUL byte: it is not a text file", null);
            }
        }
        return out.flip().toString();
    }

    /** "UTF-16" or "UTF-32" when the bytes start with such a byte-order mark or with ASCII padded by zeros. */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0))) {
            return "UTF-32";
        }
        if (b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE))) {
            return "UTF-16";
        }
        if (b.length >= 4 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[0] != 0) return "UTF-32";
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) return "UTF-32";
        if (b.length >= 2 && (b[0] == 0) != (b[1] == 0)) return "UTF-16";
        return null;
    }

    private static int line(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static int column(byte[] bytes, int at) {
        int start = at;
        while (start > 0 && bytes[start - 1] != '\n') start--;
        return at - start + 1;
    }
}
