package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.recording.SpikeHash;
import io.conex4j.core.runtime.Network;
import io.conex4j.demo.DemoNetwork;
import io.conex4j.demo.models.Pd14;
import org.junit.jupiter.api.Test;

/**
 * The same network gives the same state on 1, 2 and 3 threads (NEST's results change with the number of virtual
 * processes; conex4j's must not): the cortical microcircuit at a small scale (Poisson drive, so that every
 * population fires) and the demo's plastic network.
 */
class ThreadCountHashesTest {

    @Test
    void theMicrocircuitGivesTheSameSpikesAndVoltagesOnOneTwoAndThreeThreads() {
        long[] hashes = new long[3];
        long[] spikeHashes = new long[3];
        int spikes = 0;
        for (int t = 1; t <= 3; t++) {
            Network net = ReferenceNetworks.pd14(0.05, Pd14.Drive.POISSON, 3, t);
            net.simulate(1000);
            assertEquals(t, net.threads());
            hashes[t - 1] = KernelPathHashesTest.stateHash(net);
            spikeHashes[t - 1] = SpikeHash.of(net.neuronGroups(), 1, 1000);
            spikes = SpikeHash.count(net.neuronGroups(), 1, 1000);
        }
        assertTrue(spikes > 500, spikes + " spikes");
        assertEquals(hashes[0], hashes[1], "2 threads");
        assertEquals(hashes[0], hashes[2], "3 threads");
        assertEquals(spikeHashes[0], spikeHashes[2]);
    }

    @Test
    void thePlasticDemoNetworkGivesTheSameStateOnOneTwoAndThreeThreads() {
        long[] hashes = new long[3];
        for (int t = 1; t <= 3; t++) {
            Network net = DemoNetwork.build(42, "auto");
            net.threads(t);
            net.simulate(1000);
            hashes[t - 1] = KernelPathHashesTest.stateHash(net);
        }
        assertEquals(hashes[0], hashes[1], "2 threads");
        assertEquals(hashes[0], hashes[2], "3 threads");
    }
}
