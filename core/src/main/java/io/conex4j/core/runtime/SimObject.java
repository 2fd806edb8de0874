package io.conex4j.core.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Common base of {@link Network}, {@link NeuronGroup} and {@link SynapseGroup}: a name, tags, the
 * behaviors attached to it, and a typed store for user state.
 */
public abstract class SimObject {

    private final String name;
    private final Set<String> tags;
    private final List<Behavior<?>> behaviors = new ArrayList<>();
    private final Map<StateKey<?>, Object> userState = new IdentityHashMap<>();
    final int creationIndex;

    SimObject(String name, int creationIndex, String... tags) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.creationIndex = creationIndex;
        LinkedHashSet<String> t = new LinkedHashSet<>();
        t.add(name);
        Collections.addAll(t, tags);
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
        Objects.requireNonNull(behavior, "behavior");
        network().checkMutable("add behavior " + behavior.name() + " to " + name);
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

    /** Stores user state under a typed key. */
    public final <V> void put(StateKey<V> key, V value) {
        userState.put(key, key.type().cast(value));
    }

    /** User state under {@code key}, or null. */
    public final <V> V get(StateKey<V> key) {
        return key.type().cast(userState.get(key));
    }

    /** Clears all state set by behaviors (used when an initialize fails). */
    void clearState() {
        userState.clear();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
