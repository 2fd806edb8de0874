package io.conex4j.core.behaviors.synapse;

import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.Weights;
import java.util.Arrays;
import java.util.Map;

/**
 * CoNeX's LateralDendriticInput: a same-size convolution within a layer (stride 1, padding {@code k/2},
 * odd kernels), typically from a group to itself, e.g. for lateral inhibition. With {@code inhibitory} the
 * current is negative whatever the source's tags. Weights {@code (outCh, inCh, kH, kW)}. Priority 180.
 */
public final class LateralDendriticInput extends Conv2dDendriticInput {

    private final int kernel;
    private final boolean inhibitory;

    /** Coefficient, odd kernel side {@code kernel} (for the padding) and sign. */
    public LateralDendriticInput(double currentCoef, int kernel, boolean inhibitory) {
        super("LateralDendriticInput", currentCoef, 1, checkOdd(kernel) / 2);
        this.kernel = kernel;
        this.inhibitory = inhibitory;
    }

    /** currentCoef, stride (1) and padding (kernel / 2), the kernel side and whether it is forced inhibitory. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = super.parameters();
        m.put("kernel", (long) kernel);
        m.put("inhibitory", inhibitory);
        return m;
    }

    private static int checkOdd(int kernel) {
        if (kernel < 1 || kernel % 2 == 0) {
            throw new IllegalArgumentException("LateralDendriticInput: kernel (" + kernel + ") must be odd and >= 1");
        }
        return kernel;
    }

    /** Whether the current is forced negative. */
    public boolean inhibitory() {
        return inhibitory;
    }

    @Override
    protected boolean inhibitory(SynapseGroup s) {
        return inhibitory || super.inhibitory(s);
    }

    @Override
    protected void checkWeights(SynapseGroup s, Weights w) {
        int[] shape = w.shape();
        if (shape.length == 4 && (shape[2] % 2 == 0 || shape[3] % 2 == 0 || shape[2] / 2 != shape[3] / 2)) {
            throw new IllegalArgumentException(name() + " on synapses " + s.name() + ": weights "
                    + Arrays.toString(shape) + " need an odd square kernel");
        }
        super.checkWeights(s, w);
    }
}
