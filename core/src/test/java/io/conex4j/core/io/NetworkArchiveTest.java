package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.AdaptiveThreshold;
import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.readout.Presenter;
import io.conex4j.core.readout.Response;
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save, restore and continue exactly; every invalid file is rejected with a clear error and no change. */
class NetworkArchiveTest {

    @TempDir
    Path dir;

    /** Every array of the network's state, as bytes, for exact comparison. */
    static Map<String, String> fingerprint(Network net) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, NpyArray> e : NetworkArchive.capture(net, "fingerprint").entrySet()) {
            m.put(e.getKey(), java.util.HexFormat.of().formatHex(Npy.toBytes(e.getValue())));
        }
        return m;
    }

    @Test
    void restoreAndContinueEqualsAnUninterruptedRunBitForBit() throws Exception {
        Network straight = ArchiveNets.build(21, 6);
        straight.simulate(400);

        Network first = ArchiveNets.build(21, 6);
        first.simulate(200);
        Path f = dir.resolve("run.npz");
        NetworkArchive.save(first, f);
        Network resumed = ArchiveNets.build(999, 6);
        NetworkArchive.load(resumed, f);
        assertEquals(200, resumed.iteration());
        resumed.simulate(200);

        assertEquals(0.5f, resumed.dt(), "the dt halved during the saved run is restored");
        assertEquals(fingerprint(straight), fingerprint(resumed));
        float[] thresholds = straight.neuronGroup("lif").thresholds();
        assertTrue(thresholds[0] != -55f || thresholds[5] != -55f, "homeostasis moved the thresholds");
        assertArrayEquals(thresholds, resumed.neuronGroup("lif").thresholds());
        assertArrayEquals(straight.neuronGroup("ad").get(io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis
                .EXHAUSTION), resumed.neuronGroup("ad").get(io.conex4j.core.behaviors.neuron.VoltageBaseHomeostasis
                .EXHAUSTION));
        io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis ha = straight.neuronGroup("lif")
                .behavior(io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis.class);
        io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis hb = resumed.neuronGroup("lif")
                .behavior(io.conex4j.core.behaviors.neuron.ActivityBaseHomeostasis.class);
        assertArrayEquals(ha.activities(), hb.activities());
        assertEquals(ha.updatingRate(), hb.updatingRate(), 0.0);
        SpikeRecorder a = straight.neuronGroup("lif").behavior(SpikeRecorder.class);
        SpikeRecorder b = resumed.neuronGroup("lif").behavior(SpikeRecorder.class);
        assertTrue(a.count() > 0, "the network fired");
        assertArrayEquals(a.iterations(), b.iterations());
        assertArrayEquals(straight.synapseGroup("sparse").weights().values(), resumed.synapseGroup("sparse").weights().values());
        assertArrayEquals(straight.synapseGroup("conv_syn").weights().values(),
                resumed.synapseGroup("conv_syn").weights().values());
        float[] eligibility = straight.synapseGroup("conv_reward").get(io.conex4j.core.behaviors.learning.RstdpRule
                .ELIGIBILITY);
        assertTrue(java.util.stream.IntStream.range(0, eligibility.length).anyMatch(k -> eligibility[k] != 0f),
                "the conv RSTDP eligibility moved");
        assertArrayEquals(eligibility, resumed.synapseGroup("conv_reward").get(io.conex4j.core.behaviors.learning
                .RstdpRule.ELIGIBILITY));
        io.conex4j.core.behaviors.neuron.Dendrite distal = io.conex4j.core.behaviors.neuron.Dendrite.DISTAL;
        assertArrayEquals(straight.neuronGroup("lif").get(distal.buffer()), resumed.neuronGroup("lif").get(distal.buffer()));
        assertArrayEquals(straight.neuronGroup("lif").current(), resumed.neuronGroup("lif").current(),
                "the current decaying with iTau");
    }

    @Test
    void datasetInputsSavedMidSampleContinueBitForBit() throws Exception {
        Network straight = ArchiveNets.withDatasets(31, 4, 0);
        straight.simulate(120);
        // mid-instance of sample 0, in a silent interval, and mid-instance of sample 1 (period 19)
        for (int at : new int[] {8, 17, 28}) {
            Network first = ArchiveNets.withDatasets(31, 4, 0);
            first.simulate(at);
            Path f = dir.resolve("dataset-" + at + ".npz");
            NetworkArchive.save(first, f);
            Network resumed = ArchiveNets.withDatasets(4242, 4, 0);
            NetworkArchive.load(resumed, f);
            assertEquals(first.neuronGroup("poisson").get(DatasetInput.SAMPLE)[0],
                    resumed.neuronGroup("poisson").get(DatasetInput.SAMPLE)[0]);
            assertArrayEquals(first.neuronGroup("latency").behavior(DatasetInput.class).encoder().state(),
                    resumed.neuronGroup("latency").behavior(DatasetInput.class).encoder().state(),
                    "Intensity2Latency's threshold from the sparsity");
            resumed.simulate(120 - at);
            assertEquals(fingerprint(straight), fingerprint(resumed), "saved at iteration " + at);
        }
        SpikeRecorder out = straight.neuronGroup("out").behavior(SpikeRecorder.class);
        assertTrue(out.count() > 0, "the inputs drove the output neurons");
    }

    /**
     * A presenter's run (seeks, retries with a raised gain, two writers of the thresholds, clamped STDP, a normalization
     * once per period) saved between presentations, and a network saved in the middle of a presentation with a gain,
     * continue with the same responses and bits as an uninterrupted run.
     */
    @Test
    void presentationsWithRetriesAndAdaptiveThresholdsContinueBitForBit() throws Exception {
        int[] order = {3, 1, 4, 1, 5, 0, 2};
        Network straight = ArchiveNets.diehlCookLike(5);
        Presenter ps = Presenter.of(straight.neuronGroup("in"), straight.neuronGroup("exc")).retry(6, 0.5, 4).build();
        List<Response> expected = new ArrayList<>();
        ps.present(order, expected::add);
        assertTrue(expected.stream().anyMatch(r -> r.attempts() > 1), "some sample needed a retry");

        Network first = ArchiveNets.diehlCookLike(5);
        Presenter p1 = Presenter.of(first.neuronGroup("in"), first.neuronGroup("exc")).retry(6, 0.5, 4).build();
        List<Response> got = new ArrayList<>();
        p1.present(java.util.Arrays.copyOf(order, 3), got::add);
        Path f = dir.resolve("presented.npz");
        NetworkArchive.save(first, f);
        Network resumed = ArchiveNets.diehlCookLike(77);
        NetworkArchive.load(resumed, f);
        Presenter p2 = Presenter.of(resumed.neuronGroup("in"), resumed.neuronGroup("exc")).retry(6, 0.5, 4).build();
        p2.present(java.util.Arrays.copyOfRange(order, 3, order.length), got::add);
        assertEquals(expected.size(), got.size());
        for (int k = 0; k < expected.size(); k++) {
            assertArrayEquals(expected.get(k).counts(), got.get(k).counts(), "response " + k);
            assertEquals(expected.get(k).attempts(), got.get(k).attempts(), "attempts of response " + k);
        }
        assertEquals(fingerprint(straight), fingerprint(resumed));
        assertArrayEquals(straight.neuronGroup("exc").get(AdaptiveThreshold.THETA),
                resumed.neuronGroup("exc").get(AdaptiveThreshold.THETA));

        Network whole = ArchiveNets.diehlCookLike(9);
        Network part = ArchiveNets.diehlCookLike(9);
        for (Network n : new Network[] {whole, part}) {
            n.neuronGroup("in").behavior(DatasetInput.class).seek(4);
            n.neuronGroup("in").behavior(DatasetInput.class).setGain(1.5);
            n.simulate(12);
        }
        whole.simulate(40);
        Path mid = dir.resolve("mid.npz");
        NetworkArchive.save(part, mid);
        Network again = ArchiveNets.diehlCookLike(1);
        NetworkArchive.load(again, mid);
        assertEquals(1.5f, again.neuronGroup("in").behavior(DatasetInput.class).gain(), "the gain is restored");
        again.simulate(40);
        assertEquals(fingerprint(whole), fingerprint(again), "saved 12 iterations into sample 4, gain 1.5");
    }

    @Test
    void aDatasetInputRefusesAnArchiveOfAnotherScheduleOrDataset() throws Exception {
        Network saved = ArchiveNets.withDatasets(31, 4, 0);
        saved.simulate(28);
        Path f = dir.resolve("schedule.npz");
        NetworkArchive.save(saved, f);
        Network otherSilence = ArchiveNets.withDatasets(31, 2, 0);
        otherSilence.simulate(3);
        Map<String, String> before = fingerprint(otherSilence);
        String m = fails(otherSilence, f);
        assertTrue(m.contains("position") && m.contains("silent interval"), m);
        assertEquals(before, fingerprint(otherSilence), "a refused archive changes nothing");
        Network otherLabels = ArchiveNets.withDatasets(31, 4, 3);
        m = fails(otherLabels, f);
        assertTrue(m.contains("label is 4") && m.contains("another dataset"), m);
    }

    @Test
    void numpyAndScipyReadTheArchive() throws Exception {
        Network net = ArchiveNets.build(3, 6);
        net.simulate(50);
        Path f = dir.resolve("py.npz");
        NetworkArchive.save(net, f);
        String script = "import numpy as np\n"
                + "d = np.load('" + f + "')\n"
                + "print(d['dense/weights'].dtype, d['dense/weights'].shape, d['lif/voltage'].shape)\n"
                + "import scipy.sparse as sp\n"
                + "w = sp.csc_matrix((d['sparse/weights.data'], d['sparse/weights.indices'], d['sparse/weights.indptr']),"
                + " shape=tuple(d['sparse/weights.shape']))\n"
                + "print(w.shape, w.nnz)\n";
        String out = io.conex4j.core.testutil.Python.run(script);
        int nnz = ((io.conex4j.core.storage.CscWeights) net.synapseGroup("sparse").weights()).nnz();
        assertEquals("float32 (72, 12) (12,)\n(72, 10) " + nnz, out);
    }

    @Test
    void invalidFilesAreRejectedNamingFileAndArrayAndChangeNothing() throws Exception {
        Network saved = ArchiveNets.build(5, 6);
        saved.simulate(30);
        Path good = dir.resolve("good.npz");
        NetworkArchive.save(saved, good);
        Network target = ArchiveNets.build(6, 6);
        target.simulate(10);
        Map<String, String> before = fingerprint(target);

        Path notZip = dir.resolve("not.npz");
        Files.write(notZip, "hello, not an archive".getBytes(StandardCharsets.UTF_8));
        assertTrue(fails(target, notZip).contains("not.npz"));

        Path truncated = dir.resolve("truncated.npz");
        byte[] all = Files.readAllBytes(good);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2));
        assertTrue(fails(target, truncated).startsWith(truncated.toString()));

        Path checksum = rewrite(good, "bad-crc.npz", (name, bytes) -> {
            if (name.equals("lif/voltage.npy")) {
                bytes[bytes.length - 1] ^= 0x40;
            }
            return bytes;
        });
        assertTrue(fails(target, checksum).contains("array 'lif/voltage' fails its checksum"));

        Path version = rewrite(good, "version.npz", (name, bytes) -> name.equals("manifest.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("\"version\":1", "\"version\":99")
                        .getBytes(StandardCharsets.UTF_8) : bytes);
        assertEquals(version + ": format version 99 is not supported; this conex4j reads version 1", fails(target, version));

        Network smaller = ArchiveNets.build(6, 5);
        assertTrue(fails(smaller, good).contains("good.npz: array 'in/spikes' is |b1 [72] but the network needs |b1 of 50"
                + " elements"), fails(smaller, good));

        assertEquals(before, fingerprint(target), "the network is unchanged after every failed load");
    }

    @Test
    void nanWeightsAreRejected() throws Exception {
        Network saved = ArchiveNets.build(5, 6);
        saved.synapseGroup("dense").weights().values()[7] = Float.NaN;
        Path f = dir.resolve("nan.npz");
        NetworkArchive.save(saved, f);
        Network target = ArchiveNets.build(6, 6);
        Map<String, String> before = fingerprint(target);
        assertEquals(f + ": array 'dense/weights' has NaN at index 7; weights must be finite", fails(target, f));
        assertEquals(before, fingerprint(target));
    }

    @Test
    void savingLeavesNoTemporaryFileAndReplacesAtomically() throws Exception {
        Network net = ArchiveNets.build(5, 6);
        Path f = dir.resolve("a.npz");
        NetworkArchive.save(net, f);
        net.simulate(5);
        NetworkArchive.save(net, f);
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
        Network other = ArchiveNets.build(1, 6);
        NetworkArchive.load(other, f);
        assertEquals(5, other.iteration());
    }

    static String fails(Network net, Path f) {
        return assertThrows(IllegalArgumentException.class, () -> NetworkArchive.load(net, f)).getMessage();
    }

    interface EntryEdit {
        byte[] edit(String name, byte[] bytes);
    }

    /** A copy of an archive with edited entries, re-zipped (so that the zip itself stays valid). */
    Path rewrite(Path src, String name, EntryEdit edit) throws Exception {
        Path out = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(src));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(edit.edit(e.getName(), buf.toByteArray()));
                zip.closeEntry();
            }
        }
        return out;
    }
}
