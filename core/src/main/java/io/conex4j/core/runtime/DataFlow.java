package io.conex4j.core.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the behaviors of a network read and write, as they declare it in {@link Behavior#declare}: for each
 * use, the object holding the state, its {@link StateKey} and the {@link Access}. The network collects the
 * declarations at initialize, adds the standard behaviors a read names when nothing provides its state
 * ({@link #orAdd}), adds a consumer for state that nothing reads ({@link #unlessRead}), checks the order of
 * writers and readers and shows the result in {@link Network#describeSchedule()}.
 */
public final class DataFlow {

    /** How a behavior uses a piece of state. */
    public enum Access {
        /** Allocates and fills it at initialize. */
        CREATES,
        /** Changes it every iteration (and may read it). */
        WRITES,
        /** Reads this iteration's value: every writer must run earlier in the iteration. */
        READS,
        /** Reads the previous iteration's value: every writer must run later in the iteration. */
        READS_PREVIOUS,
        /** Reads the newest value, whichever iteration wrote it; the schedule shows which. */
        READS_LATEST;

        boolean isRead() {
            return this == READS || this == READS_PREVIOUS || this == READS_LATEST;
        }

        boolean provides() {
            return this == CREATES || this == WRITES;
        }
    }

    /**
     * One declared use.
     *
     * @param by the behavior and its owner
     * @param on the object holding the state
     * @param key the state
     * @param access how it is used
     * @param provider what to add to {@code on} when nothing provides a read state, or null
     * @param consumerOwner where to add {@code consumer} when nothing reads a written state, or null
     * @param consumer what to add then, or null
     * @param optional whether the reader copes without the state (no provider needed)
     */
    public record Use(Network.Entry by, SimObject on, StateKey<?> key, Access access,
            Supplier<? extends Behavior<?>> provider, SimObject consumerOwner,
            Supplier<? extends Behavior<?>> consumer, boolean optional) {

        Use withProvider(Supplier<? extends Behavior<?>> p) {
            return new Use(by, on, key, access, p, consumerOwner, consumer, optional);
        }

        Use withConsumer(SimObject owner, Supplier<? extends Behavior<?>> c) {
            return new Use(by, on, key, access, provider, owner, c, optional);
        }

        Use asOptional() {
            return new Use(by, on, key, access, provider, consumerOwner, consumer, true);
        }

        /** {@code owner.key}, as in messages. */
        public String state() {
            return on.name() + "." + key.name();
        }
    }

    private final List<Use> uses = new ArrayList<>();
    private final List<Network.Entry> schedule;
    private Network.Entry current;

    DataFlow(List<Network.Entry> schedule) {
        this.schedule = schedule;
    }

    /** The schedule the declarations were collected over. */
    List<Network.Entry> schedule() {
        return schedule;
    }

    void begin(Network.Entry entry) {
        current = entry;
    }

    /** Every declared use, in schedule order of the declaring behaviors. */
    public List<Use> uses() {
        return Collections.unmodifiableList(uses);
    }

    /** Declares that the behavior allocates {@code key} on {@code on} at initialize. */
    public DataFlow creates(SimObject on, StateKey<?> key) {
        return add(on, key, Access.CREATES);
    }

    /** Declares that the behavior changes {@code key} on {@code on} every iteration. */
    public DataFlow writes(SimObject on, StateKey<?> key) {
        return add(on, key, Access.WRITES);
    }

    /** Declares a read of this iteration's value (every writer runs earlier). */
    public DataFlow reads(SimObject on, StateKey<?> key) {
        return add(on, key, Access.READS);
    }

    /** Declares a read of the previous iteration's value (every writer runs later). */
    public DataFlow readsPrevious(SimObject on, StateKey<?> key) {
        return add(on, key, Access.READS_PREVIOUS);
    }

    /** Declares a read of the newest value, from this iteration or the previous one. */
    public DataFlow readsLatest(SimObject on, StateKey<?> key) {
        return add(on, key, Access.READS_LATEST);
    }

    /**
     * For the read just declared: when no behavior creates or writes that state, the network attaches
     * {@code provider.get()} to the object holding it (a spike catcher, an axon, delays).
     */
    public DataFlow orAdd(Supplier<? extends Behavior<?>> provider) {
        Use last = last("orAdd");
        if (!last.access().isRead()) {
            throw new IllegalStateException("orAdd follows a read declaration, not " + last.access());
        }
        uses.set(uses.size() - 1, last.withProvider(provider));
        return this;
    }

    /**
     * For the write just declared: when no behavior reads that state, the network attaches
     * {@code consumer.get()} to {@code owner} (the dendrite structure that sums a synapse's current).
     */
    public DataFlow unlessRead(SimObject owner, Supplier<? extends Behavior<?>> consumer) {
        Use last = last("unlessRead");
        if (!last.access().provides()) {
            throw new IllegalStateException("unlessRead follows a write declaration, not " + last.access());
        }
        uses.set(uses.size() - 1, last.withConsumer(owner, consumer));
        return this;
    }

    /** For the read just declared: the reader copes when nothing provides the state (it sees null). */
    public DataFlow optional() {
        Use last = last("optional");
        if (!last.access().isRead()) {
            throw new IllegalStateException("optional follows a read declaration, not " + last.access());
        }
        uses.set(uses.size() - 1, last.asOptional());
        return this;
    }

    /**
     * Whether a behavior other than {@code reader} writes {@code key} on {@code on} earlier in the iteration
     * than {@code reader} runs (for behaviors that add to a value when something else has set it).
     */
    public boolean writtenBefore(SimObject on, StateKey<?> key, Behavior<?> reader) {
        int at = -1;
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.get(i).behavior() == reader) {
                at = i;
            }
        }
        for (Use u : uses) {
            if (u.on() == on && u.key() == key && u.access() == Access.WRITES && u.by().behavior() != reader
                    && schedule.indexOf(u.by()) < at) {
                return true;
            }
        }
        return false;
    }

    private Use last(String what) {
        if (uses.isEmpty() || uses.get(uses.size() - 1).by() != current) {
            throw new IllegalStateException(what + " must follow a declaration of the same behavior");
        }
        return uses.get(uses.size() - 1);
    }

    private DataFlow add(SimObject on, StateKey<?> key, Access access) {
        if (current == null) {
            throw new IllegalStateException("declarations are collected by the network at initialize");
        }
        if (on == null || key == null) {
            throw new IllegalArgumentException(current.behavior().name() + ": declares a use of "
                    + (key == null ? "a null key" : key.name()) + (on == null ? " on null" : " on " + on.name()));
        }
        if (on.network() != current.owner().network()) {
            throw new IllegalArgumentException(current.behavior().name() + ": " + on + " belongs to another network");
        }
        uses.add(new Use(current, on, key, access, null, null, null, false));
        return this;
    }
}
