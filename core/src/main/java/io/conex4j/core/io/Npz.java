package io.conex4j.core.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz}: a zip archive of {@code name.npy} entries, readable by {@code numpy.load}. Writes are
 * atomic ({@link AtomicFiles}): an interrupted save never leaves a half-written file under the final name.
 */
public final class Npz {

    private Npz() {
    }

    /** Writes the arrays (names without {@code .npy}) as an {@code .npz} at {@code path}, atomically. */
    public static void write(Path path, Map<String, NpyArray> arrays) throws IOException {
        write(path, arrays, Map.of());
    }

    /** Like {@link #write(Path, Map)}, with extra files (e.g. a manifest) stored first, under their own names. */
    public static void write(Path path, Map<String, NpyArray> arrays, Map<String, byte[]> files) throws IOException {
        AtomicFiles.write(path, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue());
                    zip.closeEntry();
                }
                for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                    Npy.write(e.getValue(), zip);
                    zip.closeEntry();
                }
                zip.finish();
            }
        });
    }

    /**
     * Reads every {@code .npy} entry of an {@code .npz}; names lose their {@code .npy}. Each entry may inflate to
     * at most {@link #defaultEntryLimit} bytes.
     *
     * @throws IllegalArgumentException naming the file and the entry on any format problem or an entry too large
     */
    public static Map<String, NpyArray> read(Path path) throws IOException {
        long limit = defaultEntryLimit(path);
        return read(path, name -> limit);
    }

    /**
     * Reads every {@code .npy} entry of an {@code .npz}, each at most {@code maxEntryBytes} bytes once inflated
     * (the whole {@code .npy}: header and data); see {@link #read(Path, ToLongFunction)}.
     */
    public static Map<String, NpyArray> read(Path path, long maxEntryBytes) throws IOException {
        return read(path, name -> maxEntryBytes);
    }

    /**
     * Reads every {@code .npy} entry of an {@code .npz}; names lose their {@code .npy}. {@code maxEntryBytes}
     * gives, for each entry name (with {@code .npy}), the most bytes it may inflate to (the whole {@code .npy}:
     * header and data; at most {@value #MAX_ENTRY_BYTES}). An entry fails before anything of its size is allocated
     * when the zip declares more, when its {@code .npy} header's shape and dtype need more, or as soon as
     * inflating it gives more: a zip bomb is detected after at most the limit plus 64 KiB.
     *
     * @throws IllegalArgumentException naming the file and the entry on any format problem or an entry too large
     */
    public static Map<String, NpyArray> read(Path path, ToLongFunction<String> maxEntryBytes) throws IOException {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        forEachEntry(path, maxEntryBytes, (name, limit, zip) -> {
            if (!name.endsWith(".npy")) {
                throw new IllegalArgumentException(path + ": entry '" + name + "' is not an .npy array");
            }
            String what = path + ":" + name;
            NpyArray a = Npy.read(new Bounded(zip, limit, path, name), limit, what);
            if (out.put(name.substring(0, name.length() - 4), a) != null) {
                throw new IllegalArgumentException(path + ": entry '" + name + "' appears twice");
            }
        });
        if (out.isEmpty()) {
            throw new IllegalArgumentException(path + ": no arrays (not an .npz archive?)");
        }
        return out;
    }

    /**
     * The raw bytes of every entry of a zip archive, in order, each at most {@link #defaultEntryLimit} bytes; a
     * repeated name, an entry too large or an invalid archive is an error naming the file.
     */
    public static Map<String, byte[]> readEntries(Path path) throws IOException {
        long limit = defaultEntryLimit(path);
        return readEntries(path, name -> limit);
    }

    /**
     * The raw bytes of every entry of a zip archive, in order. {@code maxEntryBytes} gives, for each entry name,
     * the most bytes it may inflate to (at most {@value #MAX_ENTRY_BYTES}); an entry whose zip header declares more,
     * or that inflates to more, fails as soon as that is known, without allocating its size.
     *
     * @throws IllegalArgumentException naming the file and the entry on a repeated name, an entry too large or
     *     an invalid archive
     */
    public static Map<String, byte[]> readEntries(Path path, ToLongFunction<String> maxEntryBytes)
            throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        forEachEntry(path, maxEntryBytes, (name, limit, zip) -> {
            byte[] bytes = new Bounded(zip, limit, path, name).readAllBytes();
            if (out.put(name, bytes) != null) {
                throw new IllegalArgumentException(path + ": entry '" + name + "' appears twice");
            }
        });
        return out;
    }

    /** The most bytes one entry can have: the longest Java array. */
    public static final long MAX_ENTRY_BYTES = Integer.MAX_VALUE - 8;

    /**
     * The entry limit used when the caller gives none: the file's size times 1100 (beyond zip's maximal
     * compression ratio of about 1032), at least 1 MiB, at most {@link #MAX_ENTRY_BYTES}. It stops zip bombs but
     * lets a large archive's entries be large; a caller that knows the expected sizes should pass them.
     */
    public static long defaultEntryLimit(Path path) throws IOException {
        return Math.min(MAX_ENTRY_BYTES, Math.max(1 << 20, Files.size(path) * 1100));
    }

    @FunctionalInterface
    private interface EntryReader {
        void read(String name, long limit, InputStream zip) throws IOException;
    }

    /** Opens the archive and hands every entry, with its limit checked against its declared size, to {@code reader}. */
    private static void forEachEntry(Path path, ToLongFunction<String> maxEntryBytes, EntryReader reader)
            throws IOException {
        try (InputStream in = Files.newInputStream(path);
                ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                long limit = Math.max(0, Math.min(MAX_ENTRY_BYTES, maxEntryBytes.applyAsLong(name)));
                if (e.getSize() > limit) {
                    throw new IllegalArgumentException(path + ": entry '" + name + "' declares " + e.getSize()
                            + " bytes, more than the limit of " + limit);
                }
                reader.read(name, limit, zip);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new IllegalArgumentException(path + ": not a valid .npz archive (" + e.getMessage() + ")", e);
        }
    }

    /** One entry's stream, failing with a message naming the file and the entry once it exceeds its limit. */
    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private final Path path;
        private final String name;
        private long count;

        Bounded(InputStream in, long limit, Path path, String name) {
            super(in);
            this.limit = limit;
            this.path = path;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            // Never more than one byte past the limit, so that exceeding it is seen without reading further.
            int n = in.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.max(0, Math.min(n, 8192))]);
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                throw new IllegalArgumentException(path + ": entry '" + name + "' inflates to more than its limit of "
                        + limit + " bytes (a zip bomb or a corrupted archive)");
            }
        }

        @Override
        public void close() {
            // The zip stream stays open for the next entry.
        }
    }
}
