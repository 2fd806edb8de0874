package io.conex4j.core.behaviors.learning;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's Local2dRSTDP on locally connected weights {@code (outCh, outH*outW, inCh*kH*kW)}: the eligibility of
 * {@link RstdpRule} fed by {@link Local2dSTDP}'s change, with the post-synaptic spikes, or with CoNeX's pre-spike
 * quirk ({@link #withPreSpikeQuirk}).
 */
public final class Local2dRSTDP extends ConvRstdpRule {

    private final boolean preSpikeQuirk;

    /** With the STDP parameters, {@code tauC} in iterations and the initial eligibility. */
    public Local2dRSTDP(StdpParams params, double tauC, double initC) {
        this(params, tauC, initC, false);
    }

    /** With the eligibility starting at 0 (CoNeX's default). */
    public Local2dRSTDP(StdpParams params, double tauC) {
        this(params, tauC, 0.0);
    }

    private Local2dRSTDP(StdpParams params, double tauC, double initC, boolean preSpikeQuirk) {
        super(params, tauC, initC);
        this.preSpikeQuirk = preSpikeQuirk;
    }

    /** CoNeX's rule as it runs, with {@link Local2dSTDP#withPreSpikeQuirk}'s post-synaptic spikes. */
    public static Local2dRSTDP withPreSpikeQuirk(StdpParams params, double tauC, double initC) {
        return new Local2dRSTDP(params, tauC, initC, true);
    }

    /** The RSTDP parameters and whether the pre-spike quirk is on. */
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
