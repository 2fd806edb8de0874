package io.conex4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        if (bytes.length < 10) {
            throw bad(what, "truncated: " + bytes.length + " bytes");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw bad(what, "wrong magic (not an .npy array)");
            }
        }
        int major = bytes[6];
        int headerLen;
        int start;
        if (major == 1) {
            headerLen = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw bad(what, "truncated header");
            }
            long len = ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
            if (len > bytes.length) {
                throw bad(what, "header length " + len + " exceeds the file");
            }
            headerLen = (int) len;
            start = 12;
        } else {
            throw bad(what, "unsupported format version " + major + "." + bytes[7]);
        }
        if (start + headerLen > bytes.length) {
            throw bad(what, "truncated header");
        }
        String header = new String(bytes, start, headerLen, major == 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
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
        String[] dims = s.group(1).split(",");
        int[] shape = new int[0];
        long n = 1;
        for (String dim : dims) {
            String t = dim.trim();
            if (t.isEmpty()) {
                continue;
            }
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw bad(what, "bad shape (" + s.group(1) + ")");
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
        int dataStart = start + headerLen;
        long need = n * dtype.size();
        if (bytes.length - dataStart != need) {
            throw bad(what, (bytes.length - dataStart < need ? "truncated data: " : "trailing data: ")
                    + (bytes.length - dataStart) + " bytes for " + n + " elements of " + dtype.descr());
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, dataStart, (int) need).order(ByteOrder.LITTLE_ENDIAN);
        int len = (int) n;
        Object data = switch (dtype) {
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
                    byte b = bytes[dataStart + i];
                    if (b != 0 && b != 1) {
                        throw bad(what, "bool element " + i + " has byte " + b);
                    }
                    a[i] = b == 1;
                }
                yield a;
            }
        };
        return new NpyArray(dtype, shape, data);
    }

    private static IllegalArgumentException bad(String what, String why) {
        return new IllegalArgumentException(what + ": " + why);
    }
}
