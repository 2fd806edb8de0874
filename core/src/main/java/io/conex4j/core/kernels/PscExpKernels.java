package io.conex4j.core.kernels;

/**
 * The exact step of leaky integrate-and-fire neurons with exponential post-synaptic currents (NEST's
 * {@code iaf_psc_exp}), scalar or on the Vector API like the {@link Kernels} it goes with; both give the same bits.
 * For each neuron {@code k} in {@code [from, to)}, with {@code in} the input that arrives in this iteration:
 * <pre>
 *   if r[k] &gt; 0: r[k] -= 1                          (refractory: v is held; r counts whole iterations, as float)
 *   else:        v[k] = (p22·v[k] + p21·i[k]) + c
 *   i[k] = p11·i[k] + in[inOffset + k];  in[inOffset + k] = 0
 *   spikes[k] = v[k] &ge; threshold;  if so: v[k] = vReset, r[k] = refractorySteps
 * </pre>
 * (float32, evaluated in this order). Returns the number of spikes.
 */
public interface PscExpKernels {

    /** One step of neurons {@code from .. to-1}; see the type's description. */
    int step(float[] v, float[] i, float[] r, float[] in, int inOffset, int from, int to, float p22, float p21,
            float c, float p11, float threshold, float vReset, float refractorySteps, boolean[] spikes);

    /**
     * The implementation that goes with {@code k}: Vector API when {@code k} is (see {@link WarmingPscExpKernels}),
     * scalar otherwise.
     */
    static PscExpKernels of(Kernels k) {
        if (k.name().equals("panama")) {
            return WarmingPscExpKernels.INSTANCE;
        }
        return ScalarPscExpKernels.INSTANCE;
    }

    /** The Vector API implementation itself, loaded reflectively (a JVM without the module never touches it). */
    static PscExpKernels panama() {
        try {
            Class<?> cls = Class.forName("io.conex4j.core.kernels.PanamaPscExpKernels");
            var ctor = cls.getDeclaredConstructor();
            ctor.setAccessible(true);
            return (PscExpKernels) ctor.newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("conex4j kernels: the Vector API psc_exp kernel failed to load ("
                    + e + "); use -D" + KernelProvider.PROPERTY + "=scalar", e);
        }
    }
}
