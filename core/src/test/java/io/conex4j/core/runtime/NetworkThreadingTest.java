package io.conex4j.core.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.behaviors.neuron.Fire;
import io.conex4j.core.behaviors.neuron.LIF;
import io.conex4j.core.behaviors.neuron.PoissonInput;
import io.conex4j.core.behaviors.synapse.SimpleDendriticInput;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.io.NetworkArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The threading contract: one network, one thread at a time; separate networks in parallel. */
class NetworkThreadingTest {

    private static Network net(long seed) {
        Network net = new Network(1.0, seed);
        NeuronGroup in = net.neurons("in", 100).add(PoissonInput.uniform(100, 50));
        NeuronGroup out = net.neurons("out", 20).add(new LIF(10, 20, -55, -70, -70, 0)).add(new Fire());
        net.synapses("S", in, out).add(WeightInitializer.mode("uniform(0, 1)").build()).add(new SimpleDendriticInput());
        return net;
    }

    @Test
    void aSecondThreadSteppingARunningNetworkFailsFastAndTheRunIsUntouched() throws Exception {
        Network shared = net(3);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        shared.add(new Behavior<Network>(Priorities.RECORDER) {
            @Override
            public void forward(Network n) {
                if (n.iteration() == 5) {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "runner"));
        try {
            Future<?> run = pool.submit(() -> shared.simulate(10));
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            IllegalStateException e = assertThrows(IllegalStateException.class, shared::step);
            assertTrue(e.getMessage().contains("is being run by thread 'runner'"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> shared.simulate(1));
            Path f = Files.createTempFile("conex4j-threads", ".npz");
            try {
                assertThrows(IllegalStateException.class, () -> NetworkArchive.save(shared, f), "save during a run");
                assertThrows(IllegalStateException.class, () -> NetworkArchive.load(shared, f), "load during a run");
            } finally {
                Files.deleteIfExists(f);
            }
            release.countDown();
            run.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(10, shared.iteration(), "no step lost or added");
        Network alone = net(3);
        alone.simulate(10);
        assertArrayEquals(alone.neuronGroup("out").voltage(), shared.neuronGroup("out").voltage());
        shared.step();
        assertEquals(11, shared.iteration(), "usable again from another thread once the run ended");
    }

    @Test
    void separateNetworksRunInParallelThreadsWithTheirOwnResults() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            @SuppressWarnings("unchecked")
            Future<float[]>[] runs = new Future[4];
            for (int k = 0; k < runs.length; k++) {
                long seed = k;
                runs[k] = pool.submit(() -> {
                    Network n = net(seed);
                    n.simulate(300);
                    return n.neuronGroup("out").voltage().clone();
                });
            }
            for (int k = 0; k < runs.length; k++) {
                Network n = net(k);
                n.simulate(300);
                assertArrayEquals(n.neuronGroup("out").voltage(), runs[k].get(60, TimeUnit.SECONDS), "seed " + k);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
