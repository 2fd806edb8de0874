package io.conex4j.core.runtime;

/**
 * The value of one {@link StateKey} on one {@link SimObject}. Behaviors that must see a value replaced
 * after initialize (weights whose sparsity structure a loaded archive changes) keep the slot and call
 * {@link #get()} each iteration, a plain field read; arrays are restored in place, so a behavior may
 * also keep the array itself.
 *
 * @param <T> the value type
 */
public final class Slot<T> {

    private final SimObject owner;
    private final StateKey<T> key;
    private final boolean builtIn;
    private T value;

    Slot(SimObject owner, StateKey<T> key, boolean builtIn) {
        this.owner = owner;
        this.key = key;
        this.builtIn = builtIn;
    }

    /** The object holding this state. */
    public SimObject owner() {
        return owner;
    }

    /** The key. */
    public StateKey<T> key() {
        return key;
    }

    /** The value, or null before the behavior that creates it has initialized. */
    public T get() {
        return value;
    }

    /** Sets the value (by the creating behavior at initialize, or by a restore). */
    public void set(T v) {
        if (builtIn) {
            throw new IllegalStateException(owner.name() + "." + key.name() + " is built into the group; write into"
                    + " its array instead of replacing it");
        }
        value = key.type().cast(v);
    }

    /** The value; an exception naming {@code who} and what to add when nothing created it. */
    public T require(String who) {
        if (value == null) {
            throw new IllegalStateException(who + ": " + owner + " has no " + key.name()
                    + "; add the behavior that creates it before " + who);
        }
        return value;
    }

    boolean builtIn() {
        return builtIn;
    }

    void init(T v) {
        value = v;
    }

    void clear() {
        if (!builtIn) {
            value = null;
        }
    }

    @Override
    public String toString() {
        return owner.name() + "." + key.name();
    }
}
