package io.conex4j.core.behaviors.learning;

import io.conex4j.core.behaviors.synapse.ConvShapeCheck;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.ConvGeometry;

/** Shared geometry checks and the bounded update of the convolutional STDP rules. */
final class ConvShapes {

    private ConvShapes() {
    }

    static ConvGeometry geometry(String who, SynapseGroup s, int inCh, int outCh, int kH, int kW, String weights) {
        ConvGeometry input = s.require(SynapseGroup.GEOMETRY, who + " on synapses " + s.name());
        return ConvShapeCheck.geometry(who, s, inCh, outCh, kH, kW, input.stride(), input.padding(), weights);
    }

    /**
     * {@code w += (plus * pb(w) * aPlus - minus * nb(w) * aMinus) / divisor}, CoNeX's order of operations; a
     * changed weight is then clamped when the parameters clamp.
     */
    static void apply(StdpParams p, float[] w, float[] plus, float[] minus, int divisor) {
        float d = divisor;
        for (int k = 0; k < w.length; k++) {
            float a = plus[k];
            float b = minus[k];
            if (a == 0f && b == 0f) {
                continue;
            }
            float v = w[k];
            float dwPlus = a * p.positiveBound().factor(v, p.wMin(), p.wMax()) * p.aPlus();
            float dwMinus = b * p.negativeBound().factor(v, p.wMin(), p.wMax()) * p.aMinus();
            w[k] = p.settle(divisor == 1 ? v + (dwPlus - dwMinus) : v + (dwPlus - dwMinus) / d);
        }
    }
}
