package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's Local2dSTDP on locally connected weights {@code (outCh, outH*outW, inCh*kH*kW)}:
 * {@code dW[o,pos,conn] = aPlus * pb(W) * postSpike[o,pos] * preTrace[in(pos,conn)]
 * - aMinus * nb(W) * postTrace[o,pos] * preSpike[in(pos,conn)]}. CoNeX builds the post-synaptic spikes of
 * this rule from the pre-synaptic ones (a bug); conex4j uses the post-synaptic spikes, and
 * {@link #withPreSpikeQuirk} reproduces CoNeX's result. The kernel comes from the synapse's {@code kernelShape},
 * stride and padding from its local dendrite. Event-driven.
 */
public final class Local2dSTDP extends ConvStdpRule {

    private final boolean preSpikeQuirk;

    /** At the standard priority (500). */
    public Local2dSTDP(StdpParams params) {
        this(params, false);
    }

    private Local2dSTDP(StdpParams params, boolean preSpikeQuirk) {
        super(params);
        this.preSpikeQuirk = preSpikeQuirk;
    }

    /**
     * CoNeX's rule as it runs: the potentiation's post-synaptic spike of output {@code (o, pos)} is the source
     * spike {@code o * m + pos} ({@code m = source size / outCh = outH * outW}), or {@code o} when {@code m = 1};
     * other source sizes are an error at initialize (CoNeX crashes). For replaying CoNeX runs.
     */
    public static Local2dSTDP withPreSpikeQuirk(StdpParams params) {
        return new Local2dSTDP(params, true);
    }

    /** The STDP parameters and whether the pre-spike quirk is on. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>(super.parameters());
        m.put("preSpikeQuirk", preSpikeQuirk);
        return m;
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        delta = ConvShapes.local(name(), s, w, preSpikeQuirk);
    }
}
