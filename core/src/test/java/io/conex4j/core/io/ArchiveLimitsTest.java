package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network archive is read within what the network itself holds: an entry that inflates far beyond the
 * state of its name (a zip bomb) fails naming the file and the entry, and the network is unchanged.
 */
class ArchiveLimitsTest {

    @TempDir
    Path dir;

    @Test
    void anEntryInflatingBeyondTheNetworksStateIsRejectedAndChangesNothing() throws IOException {
        Network saved = ArchiveNets.build(3, 60);
        saved.simulate(20);
        Path good = dir.resolve("good.npz");
        NetworkArchive.save(saved, good);
        Path bomb = dir.resolve("bomb.npz");
        try (ZipFile in = new ZipFile(good.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (Enumeration<? extends ZipEntry> it = in.entries(); it.hasMoreElements();) {
                ZipEntry e = it.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                if (e.getName().equals("lif/voltage.npy")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 256; i++) {
                        out.write(zeros);
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 4 << 20, "the bomb is small on disk: " + Files.size(bomb));
        Network target = ArchiveNets.build(3, 60);
        float[] before = target.neuronGroup("lif").voltage().clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkArchive.load(target, bomb));
        assertTrue(e.getMessage().startsWith(bomb.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("lif/voltage.npy"), e.getMessage());
        assertArrayEquals(before, target.neuronGroup("lif").voltage(), "nothing changed");
    }
}
