package io.conex4j.core.runtime;

/**
 * A behavior whose per-iteration work splits over the neurons of one group (its partition group), so that several
 * threads share it ({@link Network#threads(int)}). Part {@code p} of {@code P} covers the neurons
 * {@code bounds[p] .. bounds[p+1]-1}; the network runs consecutive partitioned behaviors as one phase: its threads
 * take the parts one by one, the thread that takes part {@code p} runs part {@code p} of each member in schedule
 * order, and the phase ends when every part is done. Which thread runs a part does not matter.
 *
 * <p>The contract that makes the result independent of the number of threads, bit for bit:
 * <ul>
 *   <li>{@code forward(owner, p, from, to)} writes only state of the neurons {@code from .. to-1} of the partition
 *       group (for a synapse group split over its destination: the state those neurons receive), plus scratch of
 *       part {@code p} alone;
 *   <li>what it computes for a neuron does not depend on the bounds: it reads state written before the phase, and
 *       of the state written earlier in the phase only the entries of its own neurons (the network ends a phase
 *       before a behavior whose declared reads or writes touch state that an earlier member split over another
 *       group writes or reads);
 *   <li>its random draws depend on the seed and the neuron (or synapse), never on the thread;
 *   <li>its plain {@code forward(owner)} computes exactly what all parts together compute.
 * </ul>
 *
 * @param <T> the owner type
 */
public interface Partitioned<T extends SimObject> {

    /** The group whose neurons the work is split over (the owner itself, or a synapse group's destination). */
    NeuronGroup partitionGroup(T owner);

    /**
     * Prepares for parts {@code p} covering {@code bounds[p] .. bounds[p+1]-1} ({@code bounds[0] = 0}, the last one
     * the group's size), e.g. scratch per part. Called by the network, on the stepping thread, before the first
     * step that uses these bounds; {@code {0, size}} goes back to one part.
     */
    void split(T owner, int[] bounds);

    /**
     * Part {@code part}'s share of one iteration: the neurons {@code from .. to-1} of the partition group. The network
     * does not call it for a part without neurons of the group ({@code from == to}).
     */
    void forward(T owner, int part, int from, int to);

    /**
     * Reads ahead what part {@code part} of this iteration will read first that another thread may have written in
     * the previous iteration (a source's newest spikes), and returns a value read. On several threads the network
     * calls it for every member of a phase, part by part, before the part runs any, so that the processor fetches
     * those cache lines from the other processors at once instead of one after another. It must not write anything.
     * By default nothing is read.
     */
    default long readAhead(T owner, int part) {
        return 0;
    }

    /**
     * Whether the group may be split into ranges of neurons. A behavior that keeps state of its group as a whole (an
     * axon's spike list, a recording) returns false: the network then gives it all of its group or none in each part,
     * and runs it on the stepping thread when the group is split into ranges.
     */
    default boolean splittable() {
        return true;
    }

    /**
     * A rough count of the operations one iteration takes (neuron updates, synaptic events), by which the network
     * picks its default number of threads; by default the partition group's size.
     */
    default long work(T owner) {
        return partitionGroup(owner).size();
    }
}
