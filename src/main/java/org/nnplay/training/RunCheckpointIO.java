package org.nnplay.training;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nnplay.engine.nn.Weights;
import org.nnplay.engine.optim.Optimizer;
import org.nnplay.engine.optim.OptimizerKind;
import org.nnplay.io.FileProblem;
import org.nnplay.io.SafeFiles;

/**
 * Saves a {@link RunCheckpoint} in a small binary file beside the autosave ({@code autosave.run}): every double
 * exactly, with a {@code tag} the caller chooses (the autosave stores a digest of the experiment file saved with it,
 * so a checkpoint is only used with its own experiment). Reading treats the file as untrusted: its size is capped,
 * every count is checked against the bytes that are left before anything is allocated, and any problem is a
 * {@link FileProblem} naming the byte where it is.
 */
public final class RunCheckpointIO {
    /** The bytes every checkpoint file starts with. */
    static final byte[] MAGIC = "NNPLAY-RUN\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A checkpoint read back, with its tag. */
    public record Tagged(RunCheckpoint checkpoint, byte[] tag) {}

    private RunCheckpointIO() {}

    public static void write(RunCheckpoint c, byte[] tag, Path file) throws FileProblem {
        SafeFiles.save(file, o -> {
            DataOutputStream out = new DataOutputStream(o);
            out.write(MAGIC);
            out.writeInt(VERSION);
            bytes(out, tag);
            out.writeLong(c.epoch());
            out.writeLong(c.steps());
            out.writeInt(c.weights().layers().size());
            for (Weights.Layer l : c.weights().layers()) {
                out.writeInt(l.in());
                out.writeInt(l.out());
                for (double[] a : new double[][] {l.w(), l.b(), l.gamma(), l.beta(), l.runMean(), l.runVar()}) {
                    doubles(out, a);
                }
            }
            Optimizer.State o1 = c.optimizer();
            out.writeUTF(o1.kind().name());
            out.writeLong(o1.steps());
            out.writeInt(o1.first().size());
            for (int i = 0; i < o1.first().size(); i++) {
                doubles(out, o1.first().get(i));
                doubles(out, o1.second().get(i));
            }
            History.State h = c.history();
            out.writeInt(h.series().size());
            for (Map.Entry<Metric, MinMaxSeries.State> e : new EnumMap<>(h.series()).entrySet()) {
                MinMaxSeries.State s = e.getValue();
                out.writeUTF(e.getKey().name());
                out.writeInt(s.width());
                out.writeLong(s.points());
                longs(out, s.x0());
                longs(out, s.x1());
                doubles(out, s.min());
                doubles(out, s.max());
                doubles(out, s.sum());
                ints(out, s.finite());
                ints(out, s.count());
                doubles(out, s.last());
            }
            out.writeInt(h.events().size());
            for (TrainingEvent e : h.events()) {
                out.writeUTF(e.kind().name());
                out.writeLong(e.epoch());
                out.writeBoolean(e.message() != null);
                if (e.message() != null) out.writeUTF(e.message().length() > 8000 ? e.message().substring(0, 8000) : e.message());
            }
            matrix(out, h.trainConfusion());
            matrix(out, h.testConfusion());
            out.flush();
        });
    }

    /** Reads a checkpoint file; any problem is a {@link FileProblem} that names the file and the byte. */
    public static Tagged read(Path file) throws FileProblem {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw SafeFiles.problem(file, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new FileProblem(file, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB: not a checkpoint");
        }
        return read(bytes, file.toString());
    }

    /** Reads a checkpoint from its bytes; {@code source} names it in messages. */
    public static Tagged read(byte[] bytes, String source) throws FileProblem {
        Reader r = new Reader(bytes);
        try {
            return r.checkpoint();
        } catch (EOFException e) {
            throw new FileProblem(source, "byte " + r.offset() + ": the file ends too early", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FileProblem(source, "byte " + r.offset() + ": " + e.getMessage(), e);
        }
    }

    private static void doubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (double v : a) out.writeDouble(v);
    }

    private static void longs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        for (long v : a) out.writeLong(v);
    }

    private static void ints(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static void bytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static void matrix(DataOutputStream out, int[][] m) throws IOException {
        out.writeInt(m == null ? -1 : m.length);
        if (m != null) for (int[] row : m) ints(out, row);
    }

    /** Reading with every length checked against what is left. */
    private static final class Reader {
        private final int size;
        private final CountingInput counter;
        private final DataInputStream in;

        Reader(byte[] bytes) {
            size = bytes.length;
            counter = new CountingInput(bytes);
            in = new DataInputStream(counter);
        }

        long offset() { return counter.position(); }

        Tagged checkpoint() throws IOException {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) throw new IOException("not an NNPlay checkpoint");
            int version = in.readInt();
            if (version != VERSION) throw new IOException("checkpoint version " + version + ", expected " + VERSION);
            byte[] tag = in.readNBytes(count(1));
            long epoch = in.readLong();
            long steps = in.readLong();
            int layers = count(8);
            List<Weights.Layer> ws = new ArrayList<>();
            for (int l = 0; l < layers; l++) {
                int from = in.readInt();
                int to = in.readInt();
                double[] w = doubles(false);
                double[] b = doubles(false);
                if (from < 1 || to < 1 || (long) from * to != w.length || b.length != to) {
                    throw new IOException("layer " + (l + 1) + " has the wrong number of weights");
                }
                ws.add(new Weights.Layer(from, to, w, b, doubles(true), doubles(true), doubles(true), doubles(true)));
            }
            OptimizerKind kind = name(OptimizerKind.class, in.readUTF());
            long t = in.readLong();
            int params = count(8);
            List<double[]> first = new ArrayList<>();
            List<double[]> second = new ArrayList<>();
            for (int i = 0; i < params; i++) {
                first.add(doubles(false));
                second.add(doubles(false));
            }
            Map<Metric, MinMaxSeries.State> series = new EnumMap<>(Metric.class);
            int metrics = count(8);
            for (int i = 0; i < metrics; i++) {
                Metric m = name(Metric.class, in.readUTF());
                MinMaxSeries.State s = new MinMaxSeries.State(in.readInt(), in.readLong(), longs(), longs(),
                        doubles(false), doubles(false), doubles(false), ints(), ints(), doubles(false));
                MinMaxSeries.of(History.DEFAULT_CAPACITY, s); // holds together, or says why
                series.put(m, s);
            }
            int events = count(11);
            List<TrainingEvent> ev = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                TrainingEvent.Kind k = name(TrainingEvent.Kind.class, in.readUTF());
                long at = in.readLong();
                String message = in.readBoolean() ? in.readUTF() : null;
                ev.add(new TrainingEvent(k, 0, at, message));
            }
            int[][] train = matrix();
            int[][] test = matrix();
            if (in.read() >= 0) throw new IOException("there are more bytes after the checkpoint");
            RunCheckpoint c = new RunCheckpoint(epoch, steps, new Weights(ws), new Optimizer.State(kind, t, first, second),
                    new History.State(series, ev, train, test));
            return new Tagged(c, tag);
        }

        /** A count of items of at least {@code bytesEach} bytes that the rest of the file can hold. */
        private int count(int bytesEach) throws IOException {
            int n = in.readInt();
            if (n < 0 || (long) n * bytesEach > size - offset()) {
                throw new IOException("a count of " + n + " does not fit in the file");
            }
            return n;
        }

        private double[] doubles(boolean nullable) throws IOException {
            int n = in.readInt();
            if (n == -1 && nullable) return null;
            if (n < 0 || (long) n * 8 > size - offset()) throw new IOException("a count of " + n + " does not fit in the file");
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = in.readDouble();
            return a;
        }

        private long[] longs() throws IOException {
            long[] a = new long[count(8)];
            for (int i = 0; i < a.length; i++) a[i] = in.readLong();
            return a;
        }

        private int[] ints() throws IOException {
            int[] a = new int[count(4)];
            for (int i = 0; i < a.length; i++) a[i] = in.readInt();
            return a;
        }

        private int[][] matrix() throws IOException {
            int n = in.readInt();
            if (n == -1) return null;
            if (n < 0 || (long) n * 4 > size - offset()) throw new IOException("a count of " + n + " does not fit in the file");
            int[][] m = new int[n][];
            for (int i = 0; i < n; i++) m[i] = ints();
            return m;
        }

        private static <E extends Enum<E>> E name(Class<E> type, String name) throws IOException {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) return e;
            }
            throw new IOException("unknown name '" + org.nnplay.io.SafeText.shown(name, 40) + "'");
        }
    }

    /** A byte array input that knows where it is. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] bytes) { super(bytes); }

        int position() { return pos; }
    }
}
