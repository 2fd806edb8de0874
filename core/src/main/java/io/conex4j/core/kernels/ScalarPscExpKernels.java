package io.conex4j.core.kernels;

/** {@link PscExpKernels} as plain loops. */
final class ScalarPscExpKernels implements PscExpKernels {

    static final ScalarPscExpKernels INSTANCE = new ScalarPscExpKernels();

    private ScalarPscExpKernels() {
    }

    @Override
    public int step(float[] v, float[] i, float[] r, float[] in, int inOffset, int from, int to, float p22,
            float p21, float c, float p11, float threshold, float vReset, float refractorySteps, boolean[] spikes) {
        int fired = 0;
        for (int k = from; k < to; k++) {
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
            boolean s = vk >= threshold;
            if (s) {
                vk = vReset;
                rk = refractorySteps;
                fired++;
            }
            v[k] = vk;
            r[k] = rk;
            spikes[k] = s;
        }
        return fired;
    }
}
