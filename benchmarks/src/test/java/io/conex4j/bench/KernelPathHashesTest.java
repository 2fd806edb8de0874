package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.demo.DemoNetwork;
import io.conex4j.demo.models.Pd14;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same seed gives the same bits on every kernel path and every JDK: each reference network (reduced) and the
 * demo (plastic sparse delayed synapses, inhibitory feedback) run
 * on the scalar kernels and, where the Vector API is present, on the Panama kernels; the hashes of their spike
 * trains, voltages and weights must equal each other and the value recorded here, which CI checks on JDK 17 and
 * on JDK 25.
 */
class KernelPathHashesTest {

    static Stream<Arguments> networks() {
        return Stream.of(
                Arguments.of("simple-lif", 0x8df1b324658a5716L, (Function<String, ReferenceNetworks.Model>)
                        k -> ReferenceNetworks.simpleLif(1500, 60, 1, k)),
                Arguments.of("izhikevich", 0x7c76e9712675c87eL, (Function<String, ReferenceNetworks.Model>)
                        k -> ReferenceNetworks.izhikevich(500, 120, 1, k)),
                Arguments.of("cuba", 0x0d47e27302f30233L, (Function<String, ReferenceNetworks.Model>)
                        k -> ReferenceNetworks.cuba(0.25, 1500, 1, k)),
                Arguments.of("demo (plastic, sparse, delayed)", 0x056eb498e2ec8403L, (Function<String, ReferenceNetworks.Model>)
                        k -> new ReferenceNetworks.Model("demo", DemoNetwork.build(42, k), 2000)),
                Arguments.of("pd14 (per-synapse delays, iaf_psc_exp, Poisson drive)", 0x723d854441921ec8L,
                        (Function<String, ReferenceNetworks.Model>) k -> new ReferenceNetworks.Model("pd14",
                                ReferenceNetworks.pd14(0.05, Pd14.Drive.POISSON, 1, 0, k), 800)));
    }

    /** FNV-1a over the spike trains, then the voltages' and the weights' bits, group by group. */
    static long stateHash(Network net) {
        long h = 0xcbf29ce484222325L;
        for (NeuronGroup g : net.neuronGroups()) {
            SpikeRecorder r = g.behavior(SpikeRecorder.class);
            if (r != null) {
                for (long t : r.iterations()) {
                    h = (h ^ t) * 0x100000001b3L;
                }
                for (int i : r.indices()) {
                    h = (h ^ i) * 0x100000001b3L;
                }
            }
            for (float v : g.voltage()) {
                h = (h ^ Float.floatToRawIntBits(v)) * 0x100000001b3L;
            }
        }
        for (SynapseGroup s : net.synapseGroups()) {
            if (s.weights() != null) {
                for (float w : s.weights().values()) {
                    h = (h ^ Float.floatToRawIntBits(w)) * 0x100000001b3L;
                }
            }
        }
        return h;
    }

    private static boolean panamaPresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void everyKernelPathGivesTheRecordedBits(String name, long recorded, Function<String, ReferenceNetworks.Model> make) {
        List<String> paths = new ArrayList<>(List.of("scalar"));
        if (panamaPresent()) {
            paths.add("panama");
        }
        for (String kernels : paths) {
            ReferenceNetworks.Model m = make.apply(kernels);
            m.net().simulate(m.steps());
            long hash = stateHash(m.net());
            assertEquals(String.format("%016x", recorded), String.format("%016x", hash),
                    name + " on the " + kernels + " kernels, JDK " + Runtime.version().feature() + ", "
                            + m.spikes() + " spikes");
        }
    }
}
