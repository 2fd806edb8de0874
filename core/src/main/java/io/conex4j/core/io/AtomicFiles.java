package io.conex4j.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Atomic file writes: the content goes to a temporary file in the target's folder, is forced to disk, then
 * renamed over the target, so an interrupted write never leaves a half-written file under the final name.
 *
 * <ul>
 *   <li>The file gets the permissions of the file it replaces, or, for a new file, those of any newly created
 *       file (the umask's).</li>
 *   <li>A symbolic link is followed: its target is replaced and the link kept.</li>
 *   <li>Temporary files are named {@code .<name>.conex4j-tmp-<pid>-<n>}. A process killed while writing leaves
 *       one behind; the next write to the same target deletes those whose process is no longer alive.</li>
 * </ul>
 */
public final class AtomicFiles {

    private static final String TMP_MARK = ".conex4j-tmp-";
    private static final int MAX_LINKS = 40;
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Temporary files this process is writing now: its own, never stale. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /** Something that writes a whole file's content. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content to {@code out}; the stream is flushed and closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code path} atomically (see the class description). Missing folders are
     * created.
     *
     * @throws IOException if the target is a folder, the folder is not writable, or writing fails; the target
     *     is then unchanged and the temporary file removed
     */
    public static void write(Path path, Content content) throws IOException {
        Path target = resolveLinks(path.toAbsolutePath());
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder, not a file");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        deleteStaleTemporaries(target);
        Path tmp = dir.resolve("." + target.getFileName() + TMP_MARK + PID + "-" + SEQUENCE.incrementAndGet());
        IN_FLIGHT.add(tmp);
        try {
            Files.createFile(tmp);
            copyPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                content.writeTo(new NonClosing(out));
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                IN_FLIGHT.remove(tmp);
            }
        }
    }

    /** {@code path} with every symbolic link of its last component followed (a dangling link's target too). */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        return p;
    }

    /** Deletes the temporary files of {@code target} left by processes no longer alive (or by this one). */
    static void deleteStaleTemporaries(Path target) throws IOException {
        String prefix = "." + target.getFileName() + TMP_MARK;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(),
                f -> f.getFileName().toString().startsWith(prefix))) {
            for (Path f : files) {
                if (isStale(f, f.getFileName().toString().substring(prefix.length()))) {
                    try {
                        Files.deleteIfExists(f);
                    } catch (IOException e) {
                        // Someone else's file we may not delete: it does not stand in the way of this write.
                    }
                }
            }
        }
    }

    /** Whether a temporary file, whose name ends with {@code <pid>-<n>}, belongs to no running write. */
    private static boolean isStale(Path file, String pidAndNumber) {
        int dash = pidAndNumber.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? pidAndNumber : pidAndNumber.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == PID) {
            // Left by an earlier process with the same pid (a restarted container), or by a failed delete.
            return !IN_FLIGHT.contains(file);
        }
        return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Gives {@code tmp} the POSIX permissions of {@code target} if it exists (else keeps the umask's). */
    private static void copyPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (from == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, from.readAttributes().permissions());
    }

    /** Forces the folder's entry for the renamed file to disk, where the platform allows it. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (Windows); the rename itself is already atomic.
        }
    }

    /** Lets the content close its wrapper streams without closing the file before it is forced to disk. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
