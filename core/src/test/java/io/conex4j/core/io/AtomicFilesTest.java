package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.conex4j.core.testutil.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes: permissions, symbolic links, stale temporary files, a writer killed mid-write. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static void write(Path p, String text) throws IOException {
        AtomicFiles.write(p, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assumePosix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFile() throws Exception {
        assumePosix();
        Path reference = Files.createFile(dir.resolve("reference"));
        Path f = dir.resolve("new.npz");
        write(f, "x");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), "the umask's permissions");
    }

    @Test
    void overwritingKeepsThePermissionsOfTheReplacedFile() throws Exception {
        assumePosix();
        Path f = dir.resolve("kept.csv");
        for (String perms : new String[] {"rw-r--r--", "rw-r-----", "rw-rw-r--"}) {
            Files.write(f, new byte[] {1});
            Set<PosixFilePermission> p = PosixFilePermissions.fromString(perms);
            Files.setPosixFilePermissions(f, p);
            write(f, "new");
            assertEquals(perms, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            assertEquals("new", Files.readString(f));
        }
    }

    @Test
    void aSymbolicLinkIsKeptAndItsTargetReplaced() throws Exception {
        Path real = Files.createDirectories(dir.resolve("data")).resolve("real.npz");
        Files.writeString(real, "old");
        Path link = dir.resolve("link.npz");
        Path chain = dir.resolve("chain.npz");
        try {
            Files.createSymbolicLink(link, Path.of("data", "real.npz"));
            Files.createSymbolicLink(chain, link.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        write(chain, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.isSymbolicLink(chain), "the link to the link too");
        assertEquals("new", Files.readString(real));
        try (Stream<Path> s = Files.list(real.getParent())) {
            assertEquals(1, s.count(), "no temporary file left beside the real file");
        }
        Path dangling = dir.resolve("dangling.csv");
        Files.createSymbolicLink(dangling, Path.of("data", "later.csv"));
        write(dangling, "made");
        assertEquals("made", Files.readString(dir.resolve("data").resolve("later.csv")));
        assertTrue(Files.isSymbolicLink(dangling));
    }

    @Test
    void aFolderIsNotReplaced() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.npz"));
        IOException e = assertThrows(IOException.class, () -> write(folder, "x"));
        assertEquals(folder + " is a folder, not a file", e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aFailingWriterLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("t.npz");
        write(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("t.npz"), names());
    }

    /** A pid that no process has: that of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        long pid = p.pid();
        assumeTrue(ProcessHandle.of(pid).isEmpty(), "pid " + pid + " was reused at once");
        return pid;
    }

    @Test
    void staleTemporaryFilesOfTheTargetAreRemovedOthersKept() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        long self = ProcessHandle.current().pid();
        Path f = dir.resolve("w.npz");
        Files.writeString(dir.resolve(".w.npz.conex4j-tmp-" + dead + "-1"), "stale");
        Files.writeString(dir.resolve(".w.npz.conex4j-tmp-" + self + "-999999"), "stale, from an earlier process");
        Files.writeString(dir.resolve(".w.npz.conex4j-tmp-" + alive + "-1"), "another process is writing");
        Files.writeString(dir.resolve(".other.npz.conex4j-tmp-" + dead + "-1"), "another target's");
        Files.writeString(dir.resolve(".w.npz.conex4j-tmp-notapid"), "not ours");
        write(f, "fresh");
        assertEquals(List.of(".other.npz.conex4j-tmp-" + dead + "-1", ".w.npz.conex4j-tmp-" + alive + "-1",
                ".w.npz.conex4j-tmp-notapid", "w.npz"), names());
        assertEquals("fresh", Files.readString(f));
    }

    /** A JVM killed (SIGKILL) in the middle of a write leaves the old file and a temporary one; the next write removes it. */
    @Test
    void aWriteAfterAKilledWriterRemovesItsTemporaryFile() throws Exception {
        Path f = dir.resolve("big.npz");
        Files.writeString(f, "old");
        Process child = ChildJvm.start(AtomicFilesKillProbe.class, List.of(), f.toString());
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("writing")) {
                // Skip anything the JVM prints first.
            }
            assertEquals("writing", line, "the child started writing");
            Path tmp = dir.resolve(".big.npz.conex4j-tmp-" + child.pid() + "-1");
            assertEquals(4 << 20, Files.size(tmp), "the child's temporary file holds what it wrote");
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        assertEquals(List.of(".big.npz.conex4j-tmp-" + child.pid() + "-1", "big.npz"), names(), "kill -9 leaves it");
        assertEquals("old", Files.readString(f), "the target is untouched");
        write(f, "new");
        assertEquals(List.of("big.npz"), names(), "the stale temporary file is gone");
        assertEquals("new", Files.readString(f));
        assertFalse(Files.exists(dir.resolve(".big.npz.conex4j-tmp-" + child.pid() + "-1")));
    }
}
