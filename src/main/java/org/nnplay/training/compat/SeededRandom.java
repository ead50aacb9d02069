package org.nnplay.training.compat;

/**
 * The seeded random numbers TensorFlow Playground draws its points, shuffle and initial weights from: the
 * {@code seedrandom} package (2.4.x) with a string seed, an RC4 ("ARC4") key stream turned into doubles in [0, 1).
 *
 * <ul>
 *   <li>Key: each UTF-16 unit of the seed is folded into a 256-byte key, key[j mod 256] = (smear + unit) mod 256,
 *       where smear accumulates {@code smear ^= 19 · key[j mod 256]} (0 for a slot not yet written).</li>
 *   <li>Cipher: the usual RC4 key schedule over that key (a key of length 0 acts as the single byte 0), then 256
 *       output bytes are thrown away.</li>
 *   <li>Double: six bytes give a 48-bit numerator over 2^48; while it has fewer than 52 significant bits another
 *       byte is appended (numerator and denominator grow by 256, the new byte waits as the "extra" low part);
 *       once it reaches 2^53 everything is halved (the extra byte shifted right) so the sum {@code n + x} stays an
 *       exact integer; the result is {@code (n + x) / d}.</li>
 * </ul>
 * Every step is integer arithmetic below 2^61 or division by a power of two, so the doubles are bit for bit those
 * of the JavaScript package. Not thread-safe.
 */
public final class SeededRandom {
    private static final int WIDTH = 256;
    private static final int MASK = WIDTH - 1;
    private static final long SIGNIFICANCE = 1L << 52;
    private static final long OVERFLOW = 1L << 53;
    private static final double START_DENOMINATOR = 0x1p48;

    private final int[] s = new int[WIDTH];
    private int i;
    private int j;

    public SeededRandom(String seed) {
        int[] key = key(seed);
        for (int k = 0; k < WIDTH; k++) {
            s[k] = k;
        }
        int jj = 0;
        for (int k = 0; k < WIDTH; k++) {
            int t = s[k];
            jj = MASK & (jj + key[k % key.length] + t);
            s[k] = s[jj];
            s[jj] = t;
        }
        for (int k = 0; k < WIDTH; k++) {
            nextByte(); // the first 256 bytes are thrown away
        }
    }

    /** The key bytes the seed string folds into (at most 256; a single 0 for the empty string). */
    static int[] key(String seed) {
        int[] key = new int[WIDTH];
        boolean[] written = new boolean[WIDTH];
        int smear = 0;
        int length = 0;
        for (int k = 0; k < seed.length(); k++) {
            int slot = MASK & k;
            smear ^= written[slot] ? key[slot] * 19 : 0;
            key[slot] = MASK & (smear + seed.charAt(k));
            if (!written[slot]) {
                written[slot] = true;
                length++;
            }
        }
        return length == 0 ? new int[] {0} : java.util.Arrays.copyOf(key, length);
    }

    /** The next {@code count} key-stream bytes as one big-endian number ({@code count} ≤ 7). */
    private long bytes(int count) {
        long r = 0;
        for (int c = 0; c < count; c++) {
            r = r * WIDTH + nextByte();
        }
        return r;
    }

    private int nextByte() {
        i = MASK & (i + 1);
        int t = s[i];
        j = MASK & (j + t);
        s[i] = s[j];
        s[j] = t;
        return s[MASK & (s[i] + t)];
    }

    /** The next double in [0, 1), as {@code Math.random()} after {@code Math.seedrandom(seed)}. */
    public double nextDouble() {
        long n = bytes(6);
        double d = START_DENOMINATOR;
        long x = 0;
        while (n < SIGNIFICANCE) {
            n = (n + x) * WIDTH;
            d *= WIDTH;
            x = bytes(1);
        }
        while (n >= OVERFLOW) {
            n /= 2;
            d /= 2;
            x >>>= 1;
        }
        return (n + x) / d;
    }
}
