package io.conex4j.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy's {@code .npy} format (version 1.0 written; 1.0, 2.0 and 3.0 read): the magic
 * {@code \x93NUMPY}, the version, a little-endian header length, an ASCII header dict
 * ({@code descr}, {@code fortran_order}, {@code shape}) padded with spaces to a multiple of 64 bytes and
 * ended by a newline, then the C-order data.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern ORDER = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    /** The longest header read: NumPy's own headers are a few hundred bytes. */
    private static final int MAX_HEADER = 1 << 20;
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** The complete {@code .npy} bytes of {@code a}. */
    public static byte[] toBytes(NpyArray a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length() * a.dtype().size() + 128);
        try {
            write(a, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The header dict text, padded so that magic + version + length + header is a multiple of 64. */
    static String header(NpyArray a) {
        StringBuilder shape = new StringBuilder("(");
        int[] s = a.shape();
        for (int i = 0; i < s.length; i++) {
            shape.append(s[i]);
            if (s.length == 1 || i < s.length - 1) {
                shape.append(s.length == 1 ? "," : ", ");
            }
        }
        shape.append(')');
        String dict = "{'descr': '" + a.dtype().descr() + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = MAGIC.length + 2 + 2 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        return dict + " ".repeat(pad) + "\n";
    }

    /** Writes {@code a} as {@code .npy} to {@code out}. */
    public static void write(NpyArray a, OutputStream out) throws IOException {
        byte[] header = header(a).getBytes(StandardCharsets.US_ASCII);
        if (header.length > 0xFFFF) {
            throw new IllegalArgumentException("npy: header too long for version 1.0");
        }
        out.write(MAGIC);
        out.write(1);
        out.write(0);
        out.write(header.length & 0xFF);
        out.write(header.length >>> 8);
        out.write(header);
        int n = a.length();
        ByteBuffer buf = ByteBuffer.allocate(Math.max(8, Math.min(1 << 16, n * a.dtype().size())))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (buf.remaining() < 8) {
                out.write(buf.array(), 0, buf.position());
                buf.clear();
            }
            switch (a.dtype()) {
                case F4 -> buf.putFloat(((float[]) a.data())[i]);
                case F8 -> buf.putDouble(((double[]) a.data())[i]);
                case I4 -> buf.putInt(((int[]) a.data())[i]);
                case I8 -> buf.putLong(((long[]) a.data())[i]);
                case B1 -> buf.put((byte) (((boolean[]) a.data())[i] ? 1 : 0));
            }
        }
        out.write(buf.array(), 0, buf.position());
    }

    /**
     * Parses {@code .npy} bytes.
     *
     * @param what names the source in error messages (a file and array name)
     * @throws IllegalArgumentException on any format problem, naming {@code what}
     */
    public static NpyArray read(byte[] bytes, String what) {
        try {
            return read(new ByteArrayInputStream(bytes), bytes.length, true, what);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one {@code .npy} array from {@code in}, to its end, allowing it at most {@code maxBytes} bytes (header
     * and data; at most {@code Integer.MAX_VALUE - 8}). The header's shape and dtype are checked against
     * {@code maxBytes} before the data is allocated, so a header that claims a huge array costs nothing; trailing
     * bytes are read only up to the limit.
     *
     * @param what names the source in error messages (a file and array name)
     * @throws IllegalArgumentException on any format problem, or an array larger than {@code maxBytes}, naming
     *     {@code what}
     */
    public static NpyArray read(InputStream in, long maxBytes, String what) throws IOException {
        return read(in, Math.min(maxBytes, Integer.MAX_VALUE - 8L), false, what);
    }

    /** {@code whole}: {@code maxBytes} is exactly the input's length (bytes in memory), not a limit. */
    private static NpyArray read(InputStream in, long maxBytes, boolean whole, String what) throws IOException {
        byte[] pre = in.readNBytes(10);
        if (pre.length < 10) {
            throw bad(what, "truncated: " + pre.length + " bytes");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (pre[i] != MAGIC[i]) {
                throw bad(what, "wrong magic (not an .npy array)");
            }
        }
        int major = pre[6];
        long headerLen;
        int start;
        if (major == 1) {
            headerLen = (pre[8] & 0xFF) | (pre[9] & 0xFF) << 8;
            start = 10;
        } else if (major == 2 || major == 3) {
            byte[] more = in.readNBytes(2);
            if (more.length < 2) {
                throw bad(what, "truncated header");
            }
            headerLen = ByteBuffer.wrap(new byte[] {pre[8], pre[9], more[0], more[1]}).order(ByteOrder.LITTLE_ENDIAN)
                    .getInt() & 0xFFFF_FFFFL;
            if (headerLen > maxBytes) {
                throw bad(what, "header length " + headerLen + " exceeds " + (whole ? "the file"
                        : "the limit of " + maxBytes + " bytes"));
            }
            start = 12;
        } else {
            throw bad(what, "unsupported format version " + major + "." + pre[7]);
        }
        byte[] headerBytes = in.readNBytes((int) Math.min(headerLen, MAX_HEADER));
        if (headerBytes.length < headerLen) {
            throw bad(what, headerLen > MAX_HEADER ? "header length " + headerLen + " is more than " + MAX_HEADER
                    : "truncated header");
        }
        String header = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher o = ORDER.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !o.find() || !s.find()) {
            throw bad(what, "malformed header " + header.trim());
        }
        NpyArray.DType dtype;
        try {
            dtype = NpyArray.DType.of(d.group(1));
        } catch (IllegalArgumentException e) {
            throw bad(what, e.getMessage());
        }
        if (o.group(1).equals("True")) {
            throw bad(what, "fortran_order arrays are not supported");
        }
        int[] shape = shape(s.group(1), what);
        long n = 1;
        for (int dim : shape) {
            n *= dim;
        }
        long dataStart = start + headerLen;
        long need = n * dtype.size();
        if (dataStart + need > maxBytes) {
            throw bad(what, whole
                    ? "truncated data: " + (maxBytes - dataStart) + " bytes for " + n + " elements of " + dtype.descr()
                    : "shape " + Arrays.toString(shape) + " of " + dtype.descr() + " needs " + (dataStart + need)
                            + " bytes, more than the limit of " + maxBytes);
        }
        byte[] data = in.readNBytes((int) need);
        long extra = data.length < need ? 0 : drain(in, maxBytes - dataStart - need + 1);
        if (data.length < need || extra > 0) {
            throw bad(what, (data.length < need ? "truncated data: " : "trailing data: ") + (data.length + extra)
                    + " bytes for " + n + " elements of " + dtype.descr());
        }
        return new NpyArray(dtype, shape, decode(dtype, data, (int) n, what));
    }

    /** Reads and drops at most {@code max} bytes of {@code in}; returns how many there were. */
    private static long drain(InputStream in, long max) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int r;
        while (total < max && (r = in.read(buf, 0, (int) Math.min(buf.length, max - total))) > 0) {
            total += r;
        }
        return total;
    }

    /** The dimensions of a header's shape tuple, e.g. {@code "2, 3"}. */
    private static int[] shape(String tuple, String what) {
        int[] shape = new int[0];
        long n = 1;
        for (String dim : tuple.split(",")) {
            String t = dim.trim();
            if (t.isEmpty()) {
                continue;
            }
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw bad(what, "bad shape (" + tuple + ")");
            }
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw bad(what, "bad dimension " + v);
            }
            n *= v;
            if (n > Integer.MAX_VALUE - 8) {
                throw bad(what, "too many elements");
            }
            shape = Arrays.copyOf(shape, shape.length + 1);
            shape[shape.length - 1] = (int) v;
        }
        return shape;
    }

    /** The little-endian {@code bytes} as the Java array of {@code dtype}. */
    private static Object decode(NpyArray.DType dtype, byte[] bytes, int len, String what) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return switch (dtype) {
            case F4 -> {
                float[] a = new float[len];
                buf.asFloatBuffer().get(a);
                yield a;
            }
            case F8 -> {
                double[] a = new double[len];
                buf.asDoubleBuffer().get(a);
                yield a;
            }
            case I4 -> {
                int[] a = new int[len];
                buf.asIntBuffer().get(a);
                yield a;
            }
            case I8 -> {
                long[] a = new long[len];
                buf.asLongBuffer().get(a);
                yield a;
            }
            case B1 -> {
                boolean[] a = new boolean[len];
                for (int i = 0; i < len; i++) {
                    byte b = bytes[i];
                    if (b != 0 && b != 1) {
                        throw bad(what, "bool element " + i + " has byte " + b);
                    }
                    a[i] = b == 1;
                }
                yield a;
            }
        };
    }

    private static IllegalArgumentException bad(String what, String why) {
        return new IllegalArgumentException(what + ": " + why);
    }
}
