package io.conex4j.core.runtime;


/**
 * A typed name for one piece of state kept on a {@link SimObject}: the standard ones (a synapse group's
 * {@link SynapseGroup#WEIGHTS weights}, caught spikes, traces and current, a neuron group's
 * {@link NeuronGroup#SPIKES spikes}, voltage, input current and axon) and any a custom behavior defines.
 * Behaviors declare which keys they create, write and read ({@link Behavior#declare}); the network checks
 * the declarations and orders them at initialize. A key is saved with the network when it is
 * {@linkplain #saved() saved} and its value is an array ({@code float[]}, {@code int[]}, {@code long[]},
 * {@code boolean[]}, {@code double[]}), {@code Weights} or a {@link SynapticCurrent}.
 *
 * @param <T> the value type
 */
public final class StateKey<T> {

    private final String name;
    private final Class<T> type;
    private final boolean saved;
    private final String hint;
    private final boolean history;

    private StateKey(String name, Class<T> type, boolean saved, String hint) {
        this(name, type, saved, hint, false);
    }

    private StateKey(String name, Class<T> type, boolean saved, String hint, boolean history) {
        this.name = Check.notNull("StateKey", "name", name);
        this.type = Check.notNull("StateKey", "type", type);
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("StateKey: name '" + name + "' must be non-blank without '/'");
        }
        this.saved = saved;
        this.hint = hint;
        this.history = history;
    }

    /** A key whose value is saved with the network; two keys are equal only if they are the same object. */
    public static <T> StateKey<T> of(String name, Class<T> type) {
        return new StateKey<>(name, type, true, null);
    }

    /** A saved key with a hint for the error when nothing provides it ({@code "add a PreTrace(tauS)"}). */
    public static <T> StateKey<T> of(String name, Class<T> type, String hint) {
        return new StateKey<>(name, type, true, hint);
    }

    /** A key for structural state that initialize rebuilds and the archive does not hold (shapes, geometry). */
    public static <T> StateKey<T> structural(String name, Class<T> type) {
        return new StateKey<>(name, type, false, null);
    }

    /** A structural key with a hint for the error when nothing provides it. */
    public static <T> StateKey<T> structural(String name, Class<T> type, String hint) {
        return new StateKey<>(name, type, false, hint);
    }

    /**
     * A structural key whose value is a history by iteration that its writer extends without disturbing the
     * iterations before the current one: a behavior that reads the previous iteration's value
     * ({@link DataFlow#readsPrevious}, addressing it by iteration) may run while the writer runs, on another thread.
     * The network's axon ({@link NeuronGroup#AXON}) is one; such a reader must name the iterations it reads
     * ({@link Axon#spikesOf}), never "the newest", which changes when the writer runs.
     */
    public static <T> StateKey<T> history(String name, Class<T> type) {
        return new StateKey<>(name, type, false, null, true);
    }

    /** Whether this state is a history that can be read at earlier iterations while it is written ({@link #history}). */
    public boolean keepsHistory() {
        return history;
    }

    /** What to add when nothing provides this state, or null. */
    public String hint() {
        return hint;
    }

    /** The key's name: the array's name in saved archives ({@code <owner>/<name>}) and in messages. */
    public String name() {
        return name;
    }

    /** The value type. */
    public Class<T> type() {
        return type;
    }

    /** Whether a network archive holds this state. */
    public boolean saved() {
        return saved;
    }

    @Override
    public String toString() {
        return name;
    }
}
