package io.conex4j.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
     * Reads every {@code .npy} entry of an {@code .npz}; names lose their {@code .npy}.
     *
     * @throws IllegalArgumentException naming the file and the entry on any format problem
     */
    public static Map<String, NpyArray> read(Path path) throws IOException {
        Map<String, NpyArray> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : readEntries(path).entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(".npy")) {
                throw new IllegalArgumentException(path + ": entry '" + name + "' is not an .npy array");
            }
            out.put(name.substring(0, name.length() - 4), Npy.read(e.getValue(), path + ":" + name));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(path + ": no arrays (not an .npz archive?)");
        }
        return out;
    }

    /**
     * The raw bytes of every entry of a zip archive, in order. Entries are limited to the file's own size times
     * the zip's maximal compression ratio, so a corrupted length cannot exhaust memory; a repeated name or an
     * invalid archive is an error naming the file.
     */
    public static Map<String, byte[]> readEntries(Path path) throws IOException {
        long limit = Math.min(Integer.MAX_VALUE - 8L, Math.max(1 << 20, Files.size(path) * 1100));
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (out.put(name, readLimited(zip, limit, path + ":" + name)) != null) {
                    throw new IllegalArgumentException(path + ": entry '" + name + "' appears twice");
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new IllegalArgumentException(path + ": not a valid .npz archive (" + e.getMessage() + ")", e);
        }
        return out;
    }

    /** Reads a stream to its end, failing once it exceeds {@code limit} bytes. */
    private static byte[] readLimited(InputStream in, long limit, String what) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        long total = 0;
        int r;
        while ((r = in.read(chunk)) > 0) {
            total += r;
            if (total > limit) {
                throw new IllegalArgumentException(what + ": entry larger than " + limit + " bytes");
            }
            buf.write(chunk, 0, r);
        }
        return buf.toByteArray();
    }
}
