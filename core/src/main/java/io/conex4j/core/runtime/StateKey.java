package io.conex4j.core.runtime;

import java.util.Objects;

/**
 * A typed key for user state kept on a {@link SimObject} ({@link SimObject#put}/{@link SimObject#get}),
 * so that custom behaviors can store their own arrays without casts.
 *
 * @param <T> the value type
 */
public final class StateKey<T> {

    private final String name;
    private final Class<T> type;

    private StateKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** A new key; two keys are equal only if they are the same object. */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        return new StateKey<>(name, type);
    }

    /** The key's name, for messages. */
    public String name() {
        return name;
    }

    /** The value type. */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name + ":" + type.getSimpleName();
    }
}
