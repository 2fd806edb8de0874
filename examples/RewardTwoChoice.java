// Reward learning of a two-choice task with reward-modulated STDP (CoNeX's SimpleRSTDP, Payoff and Dopamine).
// Each trial shows one of two input patterns (the first or the second half of 40 Poisson inputs) for 50 ms,
// then 30 ms of silence. Two populations of 10 LIF neurons, "left" and "right", answer: the one that fires more
// during the pattern is the choice. Pattern 0 should be answered "left", pattern 1 "right"; at the end of each
// trial the payoff is +1 for the right answer and -1 for the wrong one, the dopamine follows it, and every plastic
// synapse changes by its eligibility (the STDP of the trial) times the dopamine. Halfway through, the mapping is
// swapped (pattern 0 -> "right") and the network has to unlearn and relearn.
//   java --add-modules jdk.incubator.vector -cp demo/target/conex4j.jar examples/RewardTwoChoice.java [trials] [seed]
import io.conex4j.core.behaviors.learning.SimpleRSTDP;
import io.conex4j.core.behaviors.learning.StdpParams;
import io.conex4j.core.behaviors.network.Dopamine;
import io.conex4j.core.behaviors.network.Payoff;
import io.conex4j.core.behaviors.neuron.DatasetInput;
import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.encoding.Encoders;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.dsl.Conex;
import java.util.Random;

public class RewardTwoChoice {

    static final int INPUTS = 40;
    static final int DURATION = 50;   // iterations (ms) a pattern is shown
    static final int SILENT = 30;     // iterations of silence after it

    /**
     * The payoff of the task: counts the spikes of both populations while a pattern is shown and, in the iteration
     * after its last one, pays +1 if the expected population fired more, else -1; 0 at every other iteration.
     * It reads the previous iteration's spikes and presentation (the network's payoff runs first in a step).
     */
    static final class ChoicePayoff extends Payoff implements Stateful {
        private final int swapAfter;
        private NeuronGroup input;
        private NeuronGroup left;
        private NeuronGroup right;
        private final int[] counts = new int[2];
        private final int[] trial = {0};
        final StringBuilder outcomes = new StringBuilder();   // '1' right answer, '0' wrong, per trial

        ChoicePayoff(int swapAfter) {
            this.swapAfter = swapAfter;
        }

        @Override
        public void declare(Network n, DataFlow flow) {
            super.declare(n, flow);
            input = n.neuronGroup("input");
            left = n.neuronGroup("left");
            right = n.neuronGroup("right");
            flow.readsPrevious(input, DatasetInput.STEP).readsPrevious(input, DatasetInput.LABEL)
                    .readsPrevious(left, NeuronGroup.SPIKES).readsPrevious(right, NeuronGroup.SPIKES);
        }

        @Override
        protected double payoff(Network n, double previous) {
            int step = input.get(DatasetInput.STEP)[0];
            if (step < 0 || step >= DURATION) {
                return 0;
            }
            counts[0] += left.spikeCount();
            counts[1] += right.spikeCount();
            if (step < DURATION - 1) {
                return 0;
            }
            int pattern = input.get(DatasetInput.LABEL)[0];
            int expected = trial[0] < swapAfter ? pattern : 1 - pattern;
            boolean correct = counts[expected] > counts[1 - expected];
            outcomes.append(correct ? '1' : '0');
            counts[0] = 0;
            counts[1] = 0;
            trial[0]++;
            return correct ? 1 : -1;
        }

        @Override
        public void saveState(StateScope scope) {
            scope.put("counts", counts);
            scope.put("trial", trial);
        }

        @Override
        public void restoreState(StateScope scope) {
            System.arraycopy(scope.ints("counts", 2), 0, counts, 0, 2);
            trial[0] = scope.ints("trial", 1)[0];
        }

        /** The fraction of right answers among trials [from, to). */
        double accuracy(int from, int to) {
            int right = 0;
            for (int k = from; k < to; k++) {
                right += outcomes.charAt(k) == '1' ? 1 : 0;
            }
            return (double) right / (to - from);
        }
    }

    /** {@code trials} patterns in a random order: pattern 0 lights inputs 0-19, pattern 1 inputs 20-39. */
    static ImageDataset trials(int trials, long seed) {
        Random order = new Random(seed);
        float[][] images = new float[trials][INPUTS];
        int[] labels = new int[trials];
        for (int k = 0; k < trials; k++) {
            labels[k] = order.nextInt(2);
            for (int i = 0; i < INPUTS / 2; i++) {
                images[k][labels[k] * INPUTS / 2 + i] = 1f;
            }
        }
        return ImageDataset.of(images, labels);
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 3;
        ChoicePayoff payoff = new ChoicePayoff(trials / 2);
        Network net = Conex.network(n -> {
            n.dt(1).seed(seed);
            n.behavior(payoff).behavior(new Dopamine(10));                            // tau in iterations
            var input = n.neurons("input", INPUTS, g -> g.images(trials(trials, seed), Encoders.simplePoisson(0.05),
                    d -> d.instanceDuration(DURATION).silentInterval(SILENT).loop(false)));   // 50 Hz when lit
            for (String side : new String[] {"left", "right"}) {       // the two answers
                var out = n.neurons(side, 10, g -> g.lif(l -> l.tau(20).r(30).threshold(-52).vReset(-65).vRest(-65)));
                n.synapses(input, out, s -> s
                        .weights(w -> w.uniform(0.2, 0.6))
                        .traces(20, 20)                                                // ms
                        .behavior(new SimpleRSTDP(StdpParams.of(0.004, 0.004), 200))   // eligibility tau: iterations
                        .normalize(16)                                                 // each neuron's weights sum to 16
                        .clip(0, 1));
            }
            // each population inhibits the other, so that one of them wins a trial
            n.synapses("left", "right", s -> s.tags("inh").weights(w -> w.uniform(1, 2)));
            n.synapses("right", "left", s -> s.tags("inh").weights(w -> w.uniform(1, 2)));
        });
        net.simulate(trials * (DURATION + SILENT) + 1);
        int half = trials / 2;
        int block = Math.max(1, half / 5);
        System.out.printf("two-choice task, %d trials (mapping swapped after trial %d), seed %d%n", trials, half, seed);
        for (int from = 0; from + block <= trials; from += block) {
            System.out.printf("  trials %4d-%4d: %3.0f%% right%n", from, from + block - 1,
                    100 * payoff.accuracy(from, from + block));
        }
        System.out.printf("accuracy over the last %d trials before the swap: %.0f%% (chance 50%%)%n", block,
                100 * payoff.accuracy(half - block, half));
        System.out.printf("accuracy over the last %d trials after the swap: %.0f%% (chance 50%%)%n", block,
                100 * payoff.accuracy(trials - block, trials));
    }
}
