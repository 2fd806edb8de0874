package io.conex4j.bench;

import io.conex4j.core.behaviors.learning.Bound;
import io.conex4j.core.behaviors.learning.SparseSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.synapse.PostSpikeCatcher;
import io.conex4j.core.behaviors.synapse.PreSpikeCatcher;
import io.conex4j.core.behaviors.synapse.WeightInitializer;
import io.conex4j.core.runtime.SynapseGroup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * SparseSTDP on CSC weights at densities 0.02 and 0.1 with 2 % pre- and post-synaptic activity (CoNeX's
 * {@code compute_dw} plus the update). Milliseconds per call.
 */
public class StdpBench extends KernelBench {

    @Param({"1000", "4000"})
    public int n;

    @Param({"0.02", "0.1"})
    public double density;

    private SynapseGroup s;
    private SparseSTDP stdp;

    @Setup
    public void setUp() {
        s = Fixtures.synapses(kernels, n, n, 1, WeightInitializer.mode("random").density(density).build());
        stdp = new SparseSTDP(StdpParams.of(0.01, 0.012).bounds(Bound.SOFT, Bound.SOFT));
        s.add(stdp);
        s.network().initialize();
        // Through the catchers, which keep the index lists of the caught spikes that the rule visits.
        boolean[] pre = new boolean[n];
        boolean[] post = new boolean[n];
        Fixtures.activity(pre, 0.02, 5);
        Fixtures.activity(post, 0.02, 6);
        s.behavior(PreSpikeCatcher.class).set(pre);
        s.behavior(PostSpikeCatcher.class).set(post);
        System.arraycopy(Fixtures.uniform(n, 7), 0, s.get(SynapseGroup.PRE_TRACE), 0, n);
        System.arraycopy(Fixtures.uniform(n, 8), 0, s.get(SynapseGroup.POST_TRACE), 0, n);
    }

    @Benchmark
    public float sparseStdp() {
        stdp.forward(s);
        return s.weights().values()[0];
    }
}
