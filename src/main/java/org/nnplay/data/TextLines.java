package org.nnplay.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A data file's bytes as numbered lines of text, read as a stream with every limit checked while reading: UTF-8
 * with or without a byte order mark, or UTF-16 with one. A line ends at LF, CR LF or CR. Bytes that are not text in
 * that encoding, a NUL (a binary file or a device), a line longer than {@link DataLimits#MAX_LINE_CHARS} characters
 * and a file longer than its byte limit stop reading with a {@link DataFormatException} that names the line and the
 * byte; nothing is ever replaced silently. Memory stays within one line, however long or endless the input.
 */
final class TextLines {
    private static final int CHUNK = 64 * 1024;

    private final String file;
    private final InputStream in;
    private final long maxBytes;
    private final int maxLineChars;
    private final Charset charset;
    private final boolean utf16;
    private final boolean bigEndian;
    private final CharsetDecoder decoder;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private boolean eof;
    private byte[] line = new byte[256];
    private long bytes;
    private int lineNo;

    private TextLines(String file, InputStream in, long maxBytes, int maxLineChars, Charset charset, boolean bigEndian,
                      long bomBytes) {
        this.file = file;
        this.in = in;
        this.maxBytes = maxBytes;
        this.maxLineChars = maxLineChars;
        this.charset = charset;
        this.utf16 = charset != StandardCharsets.UTF_8;
        this.bigEndian = bigEndian;
        this.bytes = bomBytes;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Reads the byte order mark, if any, and returns the lines of {@code in}. */
    static TextLines open(String file, InputStream in, long maxBytes, int maxLineChars) throws IOException {
        TextLines probe = new TextLines(file, in, maxBytes, maxLineChars, StandardCharsets.UTF_8, false, 0);
        int b0 = probe.peek(0), b1 = probe.peek(1), b2 = probe.peek(2);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            probe.chunkPos = 3;
            probe.bytes = 3;
            return probe;
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            boolean big = b0 == 0xFE;
            TextLines t = new TextLines(file, in, maxBytes, maxLineChars,
                    big ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, big, 2);
            t.adopt(probe, 2);
            return t;
        }
        return probe;
    }

    /** The encoding the file was read in: "UTF-8" or "UTF-16". */
    String encoding() { return utf16 ? "UTF-16" : "UTF-8"; }

    /** The number of the line last returned (1-based). */
    int lineNumber() { return lineNo; }

    /** The next line without its end, or null after the last one. */
    String next() throws IOException, DataFormatException {
        int len = 0;
        int unit = readUnit();
        if (unit < 0) {
            return null;
        }
        lineNo++;
        int width = utf16 ? 2 : 1;
        int maxBytesOfLine = maxLineChars * (utf16 ? 4 : 4);
        while (unit >= 0) {
            if (unit == '\n') {
                break;
            }
            if (unit == '\r') {
                if (peekUnit() == '\n') {
                    readUnit();
                }
                break;
            }
            if (unit == 0) {
                throw stop("byte 0x00 at byte " + (len + 1) + " of the line is not text: this looks like a binary file,"
                        + " not a CSV file");
            }
            if (len + width > maxBytesOfLine) {
                throw tooLong();
            }
            if (len + width > line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytesOfLine, line.length * 2));
            }
            if (utf16) {
                line[len++] = (byte) (bigEndian ? unit >> 8 : unit);
                line[len++] = (byte) (bigEndian ? unit : unit >> 8);
            } else {
                line[len++] = (byte) unit;
            }
            unit = readUnit();
        }
        String text = decode(len);
        if (text.length() > maxLineChars) {
            throw tooLong();
        }
        return text;
    }

    private String decode(int len) throws DataFormatException {
        decoder.reset();
        ByteBuffer input = ByteBuffer.wrap(line, 0, len);
        try {
            CharBuffer out = decoder.decode(input);
            return out.toString();
        } catch (MalformedInputException e) {
            int at = input.position();
            String shown = at < len ? String.format(Locale.ROOT, "0x%02X", line[at] & 0xFF) : "at the end";
            throw stop("byte " + shown + " at byte " + (at + 1) + " of the line is not " + encoding() + " text: save the"
                    + " file as UTF-8 (or UTF-16 with a byte order mark)");
        } catch (CharacterCodingException e) {
            throw stop("the line is not " + encoding() + " text: save the file as UTF-8");
        }
    }

    private DataFormatException tooLong() {
        return stop("the line is longer than " + DataLimits.format(maxLineChars) + " characters: NNPlay reads lines of"
                + " at most " + DataLimits.format(maxLineChars) + " characters");
    }

    private DataFormatException stop(String message) {
        return new DataFormatException(file, lineNo, 0, message);
    }

    /** The next code unit (a byte in UTF-8, two in UTF-16), or -1 at the end. */
    private int readUnit() throws IOException, DataFormatException {
        int a = readByte();
        if (a < 0 || !utf16) {
            return a;
        }
        int b = readByte();
        if (b < 0) {
            throw stop("the file ends in the middle of a UTF-16 character");
        }
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private int peekUnit() throws IOException {
        if (!utf16) {
            return peek(0);
        }
        int a = peek(0), b = peek(1);
        if (a < 0 || b < 0) {
            return -1;
        }
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private int readByte() throws IOException, DataFormatException {
        if (chunkPos == chunkLen && !fill()) {
            return -1;
        }
        if (++bytes > maxBytes) {
            throw new DataFormatException(file, lineNo, 0, "the file is larger than " + DataLimits.megabytes(maxBytes)
                    + ": NNPlay reads data files of at most " + DataLimits.megabytes(maxBytes));
        }
        return chunk[chunkPos++] & 0xFF;
    }

    /** The byte {@code ahead} places after the next one (without reading it), or -1 at the end. */
    private int peek(int ahead) throws IOException {
        while (chunkPos + ahead >= chunkLen) {
            if (eof) {
                return -1;
            }
            if (chunkPos > 0) {
                System.arraycopy(chunk, chunkPos, chunk, 0, chunkLen - chunkPos);
                chunkLen -= chunkPos;
                chunkPos = 0;
            }
            int n = in.read(chunk, chunkLen, chunk.length - chunkLen);
            if (n < 0) {
                eof = true;
            } else {
                chunkLen += n;
            }
        }
        return chunk[chunkPos + ahead] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        chunkPos = 0;
        chunkLen = 0;
        while (chunkLen == 0) {
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            chunkLen = n;
        }
        return true;
    }

    private void adopt(TextLines probe, int skip) {
        System.arraycopy(probe.chunk, 0, chunk, 0, probe.chunkLen);
        chunkLen = probe.chunkLen;
        chunkPos = skip;
        eof = probe.eof;
    }
}
