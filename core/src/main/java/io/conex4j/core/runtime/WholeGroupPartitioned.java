package io.conex4j.core.runtime;

/**
 * A {@link Partitioned} behavior of a neuron group that keeps state of its group as a whole (an axon's spike list, a
 * recording): the network gives it all of its group or none of it in each part, so it runs on the thread that owns
 * the whole group, and on the stepping thread when the group is split into ranges. Its work is a pass over the
 * group's spike flags, a 64th of its size in units of {@link Partitioned#work}.
 */
public interface WholeGroupPartitioned extends Partitioned<NeuronGroup> {

    /** One iteration for the whole group. */
    void forward(NeuronGroup group);

    @Override
    default NeuronGroup partitionGroup(NeuronGroup group) {
        return group;
    }

    /** Nothing per part: a part has all of the group or none of it. */
    @Override
    default void split(NeuronGroup group, int[] bounds) {
    }

    /** {@link #forward(NeuronGroup)} for the part that has the whole group, nothing for the others. */
    @Override
    default void forward(NeuronGroup group, int part, int from, int to) {
        if (from < to) {
            forward(group);
        }
    }

    @Override
    default boolean splittable() {
        return false;
    }

    @Override
    default long work(NeuronGroup group) {
        return group.size() / 64 + 1;
    }
}
