package io.conex4j.core.runtime;

import java.util.Map;
import java.util.Set;

/**
 * A unit of simulation logic attached to one owner (the {@link Network}, a {@link NeuronGroup} or a
 * {@link SynapseGroup}). The network runs every behavior's {@link #initialize} once, then its
 * {@link #forward} once per iteration, in one schedule sorted by {@link #priority()} (ties in creation
 * order of the owners, then in order of attachment). Behaviors with {@link #initializeLast()} are
 * initialized in a second pass, after all others.
 *
 * @param <T> the owner type
 */
public abstract class Behavior<T extends SimObject> {

    private final int priority;
    private final Set<String> tags;
    private SimObject owner;

    /** A behavior running at {@code priority} (lower runs first; see {@link Priorities}). */
    protected Behavior(int priority, String... tags) {
        this.priority = priority;
        this.tags = Set.of(tags);
    }

    /**
     * Records the object this behavior is attached to; a behavior keeps state for one owner, so attaching it to a
     * second one is an error (make one instance per group).
     */
    final void attachTo(SimObject o) {
        if (o != null && owner != null && owner != o) {
            throw new IllegalArgumentException(name() + " is already attached to " + owner + "; a behavior keeps the"
                    + " state of one owner: create a new " + name() + " for " + o);
        }
        if (o != null && owner == o) {
            throw new IllegalArgumentException(name() + " is already attached to " + o + "; add it once");
        }
        owner = o;
    }

    /** The scheduling priority; lower runs earlier. */
    public final int priority() {
        return priority;
    }

    /** Tags by which this behavior can be enabled or disabled as a group. */
    public final Set<String> tags() {
        return tags;
    }

    /** Whether this behavior is initialized in the second pass (after every other behavior). */
    public boolean initializeLast() {
        return false;
    }

    /**
     * Declares the state this behavior creates, writes and reads, on its owner and on the objects around it
     * (a synapse group's source and destination). Called by the network at initialize, before
     * {@link #initialize}; the network adds the standard behaviors a read names when nothing provides that
     * state, and checks that writers and readers run in the declared order. The default declares nothing.
     */
    public void declare(T owner, DataFlow flow) {
    }

    /**
     * Prepares the owner's state. Validate everything first and assign state only when nothing can fail,
     * so that a failed initialize leaves nothing half-built.
     */
    public void initialize(T owner) {
    }

    /** One iteration. Should allocate nothing in steady state. */
    public void forward(T owner) {
    }

    /**
     * The behavior's parameters by name (numbers, strings, booleans), for manifests and reports; empty for a behavior
     * without parameters.
     */
    public Map<String, Object> parameters() {
        return Map.of();
    }

    /** The class name, the default label in errors and schedules. */
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name() + "@" + priority;
    }
}
