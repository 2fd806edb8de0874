package io.conex4j.demo.models;

import io.conex4j.core.connect.Distribution;

/**
 * The numbers of the cortical microcircuit of Potjans and Diesmann (2014), "PD14": eight populations (L2/3, L4, L5,
 * L6, each excitatory and inhibitory), their sizes, connection probabilities, external in-degrees, initial
 * potentials and reference rates, and what follows from them at a scale {@code s} (populations of
 * {@code floor(s·N)} neurons, {@code round(K·s²)} synapses per pair drawn with the fixed-total-number rule, weights
 * divided by {@code √s} and the lost input made up by a DC current). Units: pA, pF, mV, ms, Hz. Derived exactly as
 * the published model description and the Brian2 reference script of this project's peers do it (see
 * BENCHMARKS.md). Only the numbers: the network itself is described with the DSL ({@code examples/Microcircuit.java},
 * the benchmark's {@code ReferenceNetworks.pd14}).
 */
public final class Pd14 {

    /** The populations, in the order of every array here. */
    public static final String[] POPULATIONS = {"L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I"};
    /** Neurons per population at full scale. */
    public static final int[] N_FULL = {20683, 5834, 21915, 5479, 4850, 1065, 14395, 2948};
    /** Connection probability {@code [target][source]}. */
    public static final double[][] CONNECTION_PROBABILITY = {
        {0.1009, 0.1689, 0.0437, 0.0818, 0.0323, 0.0, 0.0076, 0.0},
        {0.1346, 0.1371, 0.0316, 0.0515, 0.0755, 0.0, 0.0042, 0.0},
        {0.0077, 0.0059, 0.0497, 0.135, 0.0067, 0.0003, 0.0453, 0.0},
        {0.0691, 0.0029, 0.0794, 0.1597, 0.0033, 0.0, 0.1057, 0.0},
        {0.1004, 0.0622, 0.0505, 0.0057, 0.0831, 0.3726, 0.0204, 0.0},
        {0.0548, 0.0269, 0.0257, 0.0022, 0.06, 0.3158, 0.0086, 0.0},
        {0.0156, 0.0066, 0.0211, 0.0166, 0.0572, 0.0197, 0.0396, 0.2252},
        {0.0364, 0.001, 0.0034, 0.0005, 0.0277, 0.008, 0.0658, 0.1443}};
    /** External (background) in-degree per population, full scale. */
    public static final int[] K_EXT = {1600, 1500, 2100, 1900, 2000, 1900, 2900, 2100};
    /** Reference mean rates in Hz (full scale). */
    public static final double[] REFERENCE_RATE = {0.903, 2.965, 4.414, 5.876, 7.569, 8.633, 1.105, 7.829};
    /** Mean of the initial membrane potential per population, mV. */
    public static final double[] V0_MEAN = {-68.28, -63.16, -63.33, -63.45, -63.11, -61.66, -66.72, -61.43};
    /** Standard deviation of the initial membrane potential per population, mV. */
    public static final double[] V0_STD = {5.36, 4.57, 4.74, 4.94, 4.94, 4.55, 5.46, 4.48};

    /** Membrane capacitance, pF. */
    public static final double C_M = 250;
    /** Membrane time constant, ms. */
    public static final double TAU_M = 10;
    /** Synaptic time constant, ms. */
    public static final double TAU_SYN = 0.5;
    /** Resting potential, mV. */
    public static final double E_L = -65;
    /** Threshold, mV. */
    public static final double V_TH = -50;
    /** Reset potential, mV. */
    public static final double V_RESET = -65;
    /** Refractory period, ms. */
    public static final double T_REF = 2;
    /** Time step, ms. */
    public static final double DT = 0.1;
    /** Mean PSP of an excitatory synapse, mV. */
    public static final double J_PSP = 0.15;
    /** Relative strength of inhibition. */
    public static final double G = -4;
    /** Background rate per external input, Hz. */
    public static final double BACKGROUND_RATE = 8;
    /** Mean delay of excitatory sources, ms. */
    public static final double DELAY_E = 1.5;
    /** Mean delay of inhibitory sources, ms. */
    public static final double DELAY_I = 0.75;
    /** Standard deviation of delays relative to their mean. */
    public static final double DELAY_REL_STD = 0.5;
    /** Standard deviation of weights relative to their mean. */
    public static final double WEIGHT_REL_STD = 0.1;

    /** The background input: a DC current (the benchmark) or one Poisson count per neuron and step. */
    public enum Drive {
        /** Constant current. */
        DC,
        /** Poisson counts (K_ext·s inputs of 8 Hz, weight PSC/√s) plus the DC that makes up for the scale. */
        POISSON
    }

    private Pd14() {
    }

    /** Whether population {@code p} is excitatory. */
    public static boolean excitatory(int p) {
        return p % 2 == 0;
    }

    /** pA of post-synaptic current amplitude per mV of PSP peak for {@code iaf_psc_exp} (≈ 585.4 here). */
    public static double pscPerPsp() {
        double sub = 1.0 / (TAU_SYN - TAU_M);
        double pre = TAU_M * TAU_SYN / C_M * sub;
        double frac = StrictMath.pow(TAU_M / TAU_SYN, sub);
        return 1.0 / (pre * (StrictMath.pow(frac, TAU_M) - StrictMath.pow(frac, TAU_SYN)));
    }

    /** The synapses of a (target, source) pair at full scale: {@code ln(1 − C) / ln((P − 1)/P)}, P = N_t·N_s. */
    public static double fullScaleSynapses(int target, int source) {
        double p = (double) N_FULL[target] * N_FULL[source];
        return StrictMath.log(1.0 - CONNECTION_PROBABILITY[target][source]) / StrictMath.log((p - 1.0) / p);
    }

    /** Everything that depends on the scale and the drive. */
    public static Scaled at(double scale, Drive drive) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("PD14: scale (" + scale + ") must be in (0, 1]");
        }
        return new Scaled(scale, drive);
    }

    /** The microcircuit at one scale and drive. */
    public static final class Scaled {
        private final double scale;
        private final Drive drive;
        private final int[] n = new int[8];
        private final long[][] synapses = new long[8][8];
        private final double[][] pscFull = new double[8][8];
        private final double[] dc = new double[8];

        private Scaled(double scale, Drive drive) {
            this.scale = scale;
            this.drive = drive;
            double pscE = J_PSP * pscPerPsp();
            double sqrtS = Math.sqrt(scale);
            for (int p = 0; p < 8; p++) {
                n[p] = (int) (scale * N_FULL[p]);
            }
            for (int t = 0; t < 8; t++) {
                double inputRec = 0;
                for (int s = 0; s < 8; s++) {
                    double k = fullScaleSynapses(t, s);
                    synapses[t][s] = (long) Math.rint(k * scale * scale);
                    pscFull[t][s] = (excitatory(s) ? pscE : G * pscE) * (t == 0 && s == 2 ? 2 : 1);
                    inputRec += pscFull[t][s] * (k / N_FULL[t]) * REFERENCE_RATE[s];
                }
                double dcExtFull = 0.001 * TAU_SYN * BACKGROUND_RATE * K_EXT[t] * pscE;
                double dcExt = drive == Drive.POISSON ? (1.0 - sqrtS) * dcExtFull : dcExtFull;
                dc[t] = dcExt + 0.001 * TAU_SYN * (1.0 - sqrtS) * inputRec;
            }
        }

        /** The scale. */
        public double scale() {
            return scale;
        }

        /** The drive. */
        public Drive drive() {
            return drive;
        }

        /** Neurons of population {@code p}. */
        public int neurons(int p) {
            return n[p];
        }

        /** All neurons. */
        public int totalNeurons() {
            int total = 0;
            for (int x : n) {
                total += x;
            }
            return total;
        }

        /** Synapses from population {@code source} to {@code target}. */
        public long synapses(int target, int source) {
            return synapses[target][source];
        }

        /** All synapses. */
        public long totalSynapses() {
            long total = 0;
            for (long[] row : synapses) {
                for (long x : row) {
                    total += x;
                }
            }
            return total;
        }

        /** Mean weight (PSC amplitude) from {@code source} to {@code target}, pA: the full-scale one over √s. */
        public double weightMean(int target, int source) {
            return pscFull[target][source] / Math.sqrt(scale);
        }

        /**
         * The weight distribution of a pair: normal with std = 0.1·|mean|, clipped at 0 so that excitatory weights
         * stay &ge; 0 and inhibitory ones &le; 0.
         */
        public Distribution weights(int target, int source) {
            double mean = weightMean(target, source);
            Distribution d = Distribution.normal(mean, WEIGHT_REL_STD * Math.abs(mean));
            return excitatory(source) ? d.min(0) : d.max(0);
        }

        /** The delay distribution of a source population (ms): normal(mean, mean/2), never below one step. */
        public Distribution delays(int source) {
            double mean = excitatory(source) ? DELAY_E : DELAY_I;
            return Distribution.normal(mean, DELAY_REL_STD * mean).min(DT);
        }

        /** The DC current of population {@code p}, pA (the background's, or what makes up for the scale). */
        public double dc(int p) {
            return dc[p];
        }

        /** The Poisson drive's total rate per neuron of population {@code p} (K_ext·s·8 Hz); 0 for the DC drive. */
        public double poissonRate(int p) {
            return drive == Drive.POISSON ? K_EXT[p] * scale * BACKGROUND_RATE : 0;
        }

        /** The weight of one background input, pA (PSC of 0.15 mV over √s). */
        public double poissonWeight() {
            return J_PSP * pscPerPsp() / Math.sqrt(scale);
        }
    }
}
