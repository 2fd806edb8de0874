package io.conex4j.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.runtime.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a load refuses: infinite values in any state array, weights outside a WeightClip range the network
 * declares, destination delays beyond a dendrite's buffer, and a network that is not initialized; each leaves the
 * target as it was.
 */
class ArchiveValidationTest {

    @TempDir
    Path dir;

    /** Saves a network whose state {@code damage} changed, loads it into a fresh one and returns the message. */
    private String loadDamaged(Consumer<Network> damage) throws IOException {
        Network saved = ArchiveNets.build(5, 6);
        saved.simulate(30);
        damage.accept(saved);
        Path f = dir.resolve("damaged.npz");
        NetworkArchive.save(saved, f);
        Network target = ArchiveNets.build(5, 6);
        target.simulate(3);
        float[] voltage = target.neuronGroup("lif").voltage().clone();
        float[] weights = target.synapseGroup("dense").weights().values().clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkArchive.load(target, f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertArrayEquals(voltage, target.neuronGroup("lif").voltage(), "voltages unchanged");
        assertArrayEquals(weights, target.synapseGroup("dense").weights().values(), "weights unchanged");
        assertEquals(3, target.iteration());
        return e.getMessage();
    }

    @Test
    void plusAndMinusInfinityAreRejectedInAnyStateArray() throws IOException {
        String voltage = loadDamaged(n -> n.neuronGroup("lif").voltage()[2] = Float.POSITIVE_INFINITY);
        assertTrue(voltage.contains("array 'lif/voltage' has Infinity at index 2"), voltage);
        String trace = loadDamaged(n -> n.synapseGroup("dense").get(io.conex4j.core.runtime.SynapseGroup.PRE_TRACE)[0]
                = Float.NEGATIVE_INFINITY);
        assertTrue(trace.contains("array 'dense/preTrace' has -Infinity at index 0"), trace);
        String own = loadDamaged(n -> n.neuronGroup("ad").voltage()[1] = Float.NaN);
        assertTrue(own.contains("array 'ad/voltage' has NaN at index 1"), own);
    }

    @Test
    void weightsOutsideTheClipRangeOfTheNetworkAreRejected() throws IOException {
        String m = loadDamaged(n -> n.synapseGroup("dense").weights().values()[4] = 1.5f);
        assertTrue(m.contains("array 'dense/weights' has 1.5 at index 4, outside the WeightClip range [0.0, 1.0] of dense"),
                m);
    }

    @Test
    void aDestinationDelayBeyondItsDendriteBufferIsRejected() throws IOException {
        String m = loadDamaged(n -> n.synapseGroup("distal").get(io.conex4j.core.runtime.SynapseGroup.DST_DELAY)[4] = 3);
        assertTrue(m.contains("SimpleDendriteStructure on neurons lif (restored distal/dstDelay): synapses distal have"
                + " destination delay 3 for neuron 4; the distal buffer keeps 3 iterations, allowed: 0 to 2"), m);
    }

    @Test
    void loadingIntoANetworkThatIsNotInitializedFailsAndLeavesItUninitialized() throws IOException {
        Network saved = ArchiveNets.build(5, 6);
        saved.simulate(5);
        Path f = dir.resolve("ok.npz");
        NetworkArchive.save(saved, f);
        Network fresh = new Network(1.0, 5);
        fresh.neurons("lif", 12).add(new LIF(15, 1, -55, -65, -65, 3));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NetworkArchive.load(fresh, f));
        assertEquals("load: network network is not initialized; build it as the saved one was built and call"
                + " initialize() before loading (Conex.restore does both)", e.getMessage());
        assertFalse(fresh.isInitialized());
    }

    @Test
    void aDifferentlyBuiltNetworkIsNamedAtTheFirstBehaviorThatDiffers() throws IOException {
        Network saved = new Network(1.0, 5);
        saved.neurons("lif", 12).add(new LIF(15, 1, -55, -65, -65, 3));
        saved.initialize();
        Path f = dir.resolve("small.npz");
        NetworkArchive.save(saved, f);
        Network other = new Network(1.0, 5);
        other.neurons("lif", 12).add(new Fire()).add(new LIF(15, 1, -55, -65, -65, 3));
        other.initialize();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkArchive.load(other, f));
        assertEquals(f + ": the saved network was built differently: behavior 2 of the schedule is absent in the archive"
                + " but lif.Fire@340 in this network (1 behaviors saved, 2 here)", e.getMessage());
    }
}
