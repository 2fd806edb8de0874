package io.conex4j.core.kernels;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PscExpKernels} on the Vector API: the float state and the int refractory counters in vectors of the same
 * lane count; lanes that spike (rare) are written one by one. Same operations in the same order as the scalar
 * kernel, so the same bits. Loaded reflectively by {@link PscExpKernels#of}.
 */
final class PanamaPscExpKernels implements PscExpKernels {

    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> IS = FS.withLanes(int.class);
    private static final int LANES = FS.length();

    PanamaPscExpKernels() {
        if (LANES < 2 || IS.length() != LANES) {
            throw new UnsupportedOperationException("vector species: " + LANES + " float and " + IS.length()
                    + " int lanes");
        }
    }

    @Override
    public int step(float[] v, float[] i, int[] r, float[] in, int inOffset, int from, int to, float p22, float p21,
            float c, float p11, float threshold, float vReset, int refractorySteps, boolean[] spikes) {
        int fired = 0;
        int k = from;
        int bound = from + FS.loopBound(to - from);
        FloatVector zero = FloatVector.zero(FS);
        Arrays.fill(spikes, from, bound, false);
        for (; k < bound; k += LANES) {
            FloatVector vk = FloatVector.fromArray(FS, v, k);
            FloatVector ik = FloatVector.fromArray(FS, i, k);
            IntVector rk = IntVector.fromArray(IS, r, k);
            VectorMask<Integer> refrI = rk.compare(VectorOperators.GT, 0);
            FloatVector vn = vk.mul(p22).add(ik.mul(p21)).add(c);
            vk = vn.blend(vk, refrI.cast(FS));
            rk = rk.sub(1).max(0);
            ik.mul(p11).add(FloatVector.fromArray(FS, in, inOffset + k)).intoArray(i, k);
            zero.intoArray(in, inOffset + k);
            VectorMask<Float> s = vk.compare(VectorOperators.GE, threshold);
            if (s.anyTrue()) {
                vk = vk.blend(vReset, s);
                rk = rk.blend(refractorySteps, s.cast(IS));
                for (long bits = s.toLong(); bits != 0; bits &= bits - 1) {
                    spikes[k + Long.numberOfTrailingZeros(bits)] = true;
                    fired++;
                }
            }
            vk.intoArray(v, k);
            rk.intoArray(r, k);
        }
        for (; k < to; k++) {
            float vk = v[k];
            float ik = i[k];
            int rk = r[k];
            if (rk > 0) {
                rk--;
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
