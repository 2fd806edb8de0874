package io.conex4j.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's command line: exit codes, one-line errors, paths checked before the run, the save before the files. */
class DemoCommandLineTest {

    @TempDir
    Path dir;

    /** What one run of the command line gave. */
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Demo.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exit code 2, nothing run (nothing on stdout), and exactly this one line on stderr. */
    private static void mistake(String expectedLine, String... args) {
        Result r = run(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out(), "nothing ran");
        assertEquals("conex4j demo: " + expectedLine + " (--help lists the options)" + System.lineSeparator(), r.err());
    }

    @Test
    void stepsAreCheckedAgainstTheAllowedRange() {
        assertEquals(10_737_418, Demo.MAX_STEPS);
        mistake("--steps (3000000000) must be between 1 and 10737418", "--steps", "3000000000");
        mistake("--steps (10737419) must be between 1 and 10737418", "--steps", "10737419");
        mistake("--steps (0) must be between 1 and 10737418", "--steps", "0");
        mistake("--steps needs a whole number, got '99999999999999999999'", "--steps", "99999999999999999999");
        assertEquals(10_737_418, Demo.parse(new String[] {"--steps", "10737418"}).steps());
    }

    @Test
    void badOptionsAreOneLineWithExitCode2() {
        mistake("unknown option '--fast'", "--fast");
        mistake("--seed needs a whole number, got 'x'", "--seed", "x");
        mistake("--out needs a value", "--out");
    }

    @Test
    void helpPrintsTheUsage() {
        Result r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--steps N    iterations to simulate, 1 to 10737418"), r.out());
    }

    @Test
    void anOutThatIsAFileIsRejectedBeforeTheRun() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        mistake("--out: " + file + " is a file, not a folder", "--steps", "5", "--out", file.toString());
        Path under = file.resolve("sub");
        Result r = run("--steps", "5", "--out", under.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("conex4j demo: --out: cannot write into the folder " + under + " ("), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aReadOnlyOutFolderIsRejectedBeforeTheRun() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "this user (root?) may write into read-only folders");
            Result r = run("--steps", "5", "--out", ro.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("conex4j demo: --out: cannot write into the folder " + ro), r.err());
            assertEquals("", r.out());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void badSaveAndLoadTargetsAreRejectedBeforeTheRun() throws Exception {
        Path out = dir.resolve("out");
        Path folder = Files.createDirectory(dir.resolve("folder.npz"));
        mistake("--save: " + folder + " is a folder, not a file", "--steps", "5", "--out", out.toString(), "--save",
                folder.toString());
        Path file = Files.writeString(dir.resolve("plain"), "x");
        mistake("--save: " + file + " is a file, not a folder", "--steps", "5", "--out", out.toString(), "--save",
                file.resolve("net.npz").toString());
        Path missing = dir.resolve("missing.npz");
        mistake("--load: " + missing + " does not exist", "--load", missing.toString(), "--out", out.toString());
        mistake("--load: " + folder + " is not a file", "--load", folder.toString(), "--out", out.toString());
    }

    @Test
    void aLoadOfSomethingElseIsOneLine() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.npz"), "not a zip");
        Result r = run("--steps", "5", "--out", dir.resolve("o").toString(), "--load", junk.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("conex4j demo: --load: " + junk), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void theNetworkIsSavedBeforeThePicturesAndAFailedWriteIsOneLine() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("raster_input.png"));
        Path saved = dir.resolve("trained.npz");
        Result r = run("--steps", "20", "--out", out.toString(), "--save", saved.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("conex4j demo: IOException: " + out.resolve("raster_input.png").toAbsolutePath()
                + " is a folder, not a file" + System.lineSeparator(), r.err());
        assertTrue(Files.size(saved) > 0, "the trained network was saved first");
        assertTrue(r.out().contains("saved the trained network to"), r.out());
        assertFalse(Files.exists(out.resolve("spikes.npz")));
    }

    @Test
    void aGoodRunExitsWith0() throws Exception {
        Path out = dir.resolve("made/by/the/demo");
        Result r = run("--steps", "20", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(out.resolve("spikes.npz")) > 0);
        assertTrue(r.out().contains("conex4j demo: 20 steps"), r.out());
    }
}
