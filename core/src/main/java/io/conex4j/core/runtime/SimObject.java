package io.conex4j.core.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common base of {@link Network}, {@link NeuronGroup} and {@link SynapseGroup}: a name, tags, the
 * behaviors attached to it, and its state: one {@link Slot} per {@link StateKey}, created by the behaviors
 * that declare them ({@link Behavior#declare}) and cleared when an initialize fails.
 */
public abstract class SimObject {

    private final String name;
    private final Set<String> tags;
    private final List<Behavior<?>> behaviors = new ArrayList<>();
    private final Map<StateKey<?>, Slot<?>> slots = new LinkedHashMap<>();
    final int creationIndex;

    SimObject(String name, int creationIndex, String... tags) {
        this.name = Check.notNull("SimObject", "name", name);
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.creationIndex = creationIndex;
        LinkedHashSet<String> t = new LinkedHashSet<>();
        t.add(name);
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                throw new IllegalArgumentException(name + ": a tag must not be null or blank");
            }
            if (tag.contains(",")) {
                throw new IllegalArgumentException(name + ": tag '" + tag + "' holds a comma; give the tags separately,"
                        + " e.g. (\"" + String.join("\", \"", tag.split("\\s*,\\s*")) + "\")");
            }
            t.add(tag);
        }
        this.tags = Collections.unmodifiableSet(t);
    }

    /** The object's name (also its first tag). */
    public final String name() {
        return name;
    }

    /** Its tags, the name first. */
    public final Set<String> tags() {
        return tags;
    }

    /** Whether it carries {@code tag}. */
    public final boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** The behaviors attached to it, in attachment order. */
    public final List<Behavior<?>> behaviors() {
        return Collections.unmodifiableList(behaviors);
    }

    /** The network this object belongs to. */
    public abstract Network network();

    final void attach(Behavior<?> behavior) {
        Check.notNull(name, "behavior", behavior);
        network().checkMutable("add behavior " + behavior.name() + " to " + name);
        behavior.attachTo(this);
        behaviors.add(behavior);
    }

    /** The first attached behavior of the given class, or null. */
    public final <B> B behavior(Class<B> type) {
        for (Behavior<?> b : behaviors) {
            if (type.isInstance(b)) {
                return type.cast(b);
            }
        }
        return null;
    }

    final void detach(Behavior<?> behavior) {
        behaviors.remove(behavior);
        behavior.attachTo(null);
    }

    /** The slot of {@code key} on this object (made empty on first use). */
    @SuppressWarnings("unchecked")
    public final <V> Slot<V> slot(StateKey<V> key) {
        Check.notNull(name, "key", key);
        return (Slot<V>) slots.computeIfAbsent(key, k -> new Slot<>(this, k, false));
    }

    /** Sets the state under {@code key}. */
    public final <V> void put(StateKey<V> key, V value) {
        slot(key).set(value);
    }

    /** The state under {@code key}, or null if nothing created it. */
    @SuppressWarnings("unchecked")
    public final <V> V get(StateKey<V> key) {
        Slot<V> s = (Slot<V>) slots.get(key);
        return s == null ? null : s.get();
    }

    /** The state under {@code key}; an exception naming {@code who} if nothing created it. */
    public final <V> V require(StateKey<V> key, String who) {
        return slot(key).require(who);
    }

    /** Every slot holding a value, in creation order. */
    public final List<Slot<?>> slots() {
        List<Slot<?>> out = new ArrayList<>();
        for (Slot<?> s : slots.values()) {
            if (s.get() != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Registers state the object itself owns from construction (a neuron group's spikes and voltage). */
    final <V> void builtIn(StateKey<V> key, V value) {
        Slot<V> s = new Slot<>(this, key, true);
        s.init(value);
        slots.put(key, s);
    }

    /** Whether {@code key} is built into this object (provided without a behavior). */
    final boolean isBuiltIn(StateKey<?> key) {
        Slot<?> s = slots.get(key);
        return s != null && s.builtIn();
    }

    /** Clears all state set by behaviors (used when an initialize fails). */
    void clearState() {
        for (Slot<?> s : slots.values()) {
            s.clear();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
