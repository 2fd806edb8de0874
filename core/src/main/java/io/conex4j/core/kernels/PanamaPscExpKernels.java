package io.conex4j.core.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PscExpKernels} on the Vector API: the state in float vectors (the refractory counts too, so that no mask
 * changes type); the lanes of a vector in which some neuron crosses the threshold (rare) are finished one by one.
 * Same operations in the same order as the scalar kernel, so the same bits. Loaded reflectively by
 * {@link PscExpKernels#panama()}.
 */
final class PanamaPscExpKernels implements PscExpKernels {

    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = FS.length();

    PanamaPscExpKernels() {
        if (LANES < 2) {
            throw new UnsupportedOperationException("vector species has " + LANES + " float lane(s)");
        }
    }

    @Override
    public int step(float[] v, float[] i, float[] r, float[] in, int inOffset, int from, int to, float p22,
            float p21, float c, float p11, float threshold, float vReset, float refractorySteps, boolean[] spikes) {
        int fired = 0;
        int k = from;
        int bound = from + FS.loopBound(to - from);
        FloatVector zero = FloatVector.zero(FS);
        Arrays.fill(spikes, from, bound, false);
        for (; k < bound; k += LANES) {
            FloatVector vk = FloatVector.fromArray(FS, v, k);
            FloatVector ik = FloatVector.fromArray(FS, i, k);
            FloatVector rk = FloatVector.fromArray(FS, r, k);
            VectorMask<Float> refractory = rk.compare(VectorOperators.GT, 0f);
            vk = vk.mul(p22).add(ik.mul(p21)).add(c).blend(vk, refractory);
            rk.sub(1f).max(0f).intoArray(r, k);
            ik.mul(p11).add(FloatVector.fromArray(FS, in, inOffset + k)).intoArray(i, k);
            zero.intoArray(in, inOffset + k);
            vk.intoArray(v, k);
            if (vk.compare(VectorOperators.GE, threshold).anyTrue()) {
                for (int j = k; j < k + LANES; j++) {
                    if (v[j] >= threshold) {
                        v[j] = vReset;
                        r[j] = refractorySteps;
                        spikes[j] = true;
                        fired++;
                    }
                }
            }
        }
        for (; k < to; k++) {
            float vk = v[k];
            float ik = i[k];
            float rk = r[k];
            if (rk > 0f) {
                rk -= 1f;
            } else {
                vk = p22 * vk + p21 * ik + c;
            }
            i[k] = p11 * ik + in[inOffset + k];
            in[inOffset + k] = 0f;
            boolean f = vk >= threshold;
            if (f) {
                vk = vReset;
                rk = refractorySteps;
                fired++;
            }
            v[k] = vk;
            r[k] = rk;
            spikes[k] = f;
        }
        return fired;
    }
}
