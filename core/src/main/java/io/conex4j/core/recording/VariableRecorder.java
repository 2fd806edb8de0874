package io.conex4j.core.recording;

import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SimObject;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Records a float state of a group or synapse (e.g. {@code NeuronGroup::voltage}, {@code s -> s.preTrace})
 * every {@code every} iterations, one row per record. The buffer starts small and doubles when full, so a
 * steady run allocates only on the rare growth. An optional bound {@code maxRecords} caps the rows; when it is
 * reached, {@link CapacityPolicy} decides. Runs last (priority 1000). Before any record (or before initialize)
 * the readers return empty arrays.
 *
 * @param <T> the owner type
 */
public final class VariableRecorder<T extends SimObject> extends Behavior<T> implements Stateful {

    private final String variable;
    private final Function<T, float[]> source;
    private final int every;
    private final int maxRecords;
    private final CapacityPolicy policy;
    private final boolean bounded;
    private float[] data = new float[0];
    private long[] iterations = new long[0];
    private int width = -1;
    private int rows;
    private boolean truncated;
    private String owner = "?";

    /**
     * Records without a bound, growing as needed (up to what one Java array holds, then fails).
     *
     * @param variable a name for messages and files
     * @param source reads the state from the owner (the array may be replaced between iterations)
     * @param every record every this many iterations (&ge; 1)
     */
    public VariableRecorder(String variable, Function<T, float[]> source, int every) {
        this(variable, source, every, Growth.MAX_LENGTH, CapacityPolicy.FAIL, false);
    }

    /**
     * Records at most {@code maxRecords} rows; fails when more come.
     *
     * @param variable a name for messages and files
     * @param source reads the state from the owner (the array may be replaced between iterations)
     * @param every record every this many iterations (&ge; 1)
     * @param maxRecords at most this many rows (&ge; 1)
     */
    public VariableRecorder(String variable, Function<T, float[]> source, int every, int maxRecords) {
        this(variable, source, every, maxRecords, CapacityPolicy.FAIL);
    }

    /** At most {@code maxRecords} rows, with a policy for when more come. */
    public VariableRecorder(String variable, Function<T, float[]> source, int every, int maxRecords,
            CapacityPolicy policy) {
        this(variable, source, every, maxRecords, policy, true);
    }

    private VariableRecorder(String variable, Function<T, float[]> source, int every, int maxRecords,
            CapacityPolicy policy, boolean bounded) {
        super(Priorities.RECORDER, "recorder");
        this.variable = Check.notNull("VariableRecorder", "variable", variable);
        this.source = Check.notNull("VariableRecorder", "source", source);
        if (every < 1) {
            throw new IllegalArgumentException("VariableRecorder " + variable + ": every (" + every + ") must be >= 1");
        }
        if (maxRecords < 1) {
            throw new IllegalArgumentException("VariableRecorder " + variable + ": maxRecords (" + maxRecords
                    + ") must be >= 1");
        }
        this.every = every;
        this.maxRecords = Math.min(maxRecords, Growth.MAX_LENGTH);
        this.policy = Check.notNull("VariableRecorder", "policy", policy);
        this.bounded = bounded;
    }

    @Override
    public void initialize(T owner) {
        this.owner = owner.name();
        float[] v = source.apply(owner);
        if (v == null) {
            throw new IllegalStateException("VariableRecorder " + variable + " on " + owner.name()
                    + ": the variable does not exist at initialize (add the behavior that makes it first)");
        }
        if (bounded && (long) v.length * maxRecords > Growth.MAX_LENGTH) {
            throw new IllegalArgumentException("VariableRecorder " + variable + " on " + owner.name() + ": "
                    + maxRecords + " records of " + v.length + " values do not fit in one buffer");
        }
        width = v.length;
        int initialRows = Growth.initial(rowLimit());
        data = new float[initialRows * width];
        iterations = new long[initialRows];
        rows = 0;
        truncated = false;
    }

    /** The most rows this recorder keeps: the bound, or what fits in one array. */
    private int rowLimit() {
        return width == 0 ? maxRecords : Math.min(maxRecords, Growth.MAX_LENGTH / width);
    }

    @Override
    public void forward(T o) {
        long t = o.network().iteration();
        if (truncated || t % every != 0) {
            return;
        }
        if (rows == iterations.length) {
            int length = Growth.next(rows, rows + 1L, rowLimit());
            if (length == rows) {
                full(t);
                return;
            }
            iterations = Arrays.copyOf(iterations, length);
            data = Arrays.copyOf(data, length * width);
        }
        System.arraycopy(source.apply(o), 0, data, rows * width, width);
        iterations[rows++] = t;
    }

    private void full(long t) {
        String msg = bounded
                ? "VariableRecorder " + variable + " on " + owner + ": capacity of " + maxRecords
                        + " records reached at iteration " + t + "; give a larger maxRecords or a larger every"
                : "VariableRecorder " + variable + " on " + owner + ": " + rows + " records of " + width
                        + " values, the most one Java array holds, reached at iteration " + t
                        + "; give a larger every";
        if (policy == CapacityPolicy.FAIL) {
            throw new IllegalStateException(msg);
        }
        truncated = true;
        System.getLogger("io.conex4j.recording").log(Level.WARNING, msg + "; recording stopped");
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("data", data());
        scope.put("iterations", iterations());
        scope.put("truncated", new boolean[] {truncated});
    }

    @Override
    public void restoreState(StateScope scope) {
        long[] its = scope.longs("iterations", -1);
        if (its.length > rowLimit()) {
            throw scope.bad("iterations", "holds " + its.length + " records, more than the capacity " + rowLimit());
        }
        float[] d = scope.floats("data", its.length * width);
        boolean wasTruncated = scope.bools("truncated", 1)[0];
        int length = Math.max(Growth.initial(rowLimit()), its.length);
        data = Arrays.copyOf(d, length * width);
        iterations = Arrays.copyOf(its, length);
        rows = its.length;
        truncated = wasTruncated;
    }

    /** The variable's name. */
    public String variable() {
        return variable;
    }

    /** Values per record; -1 before initialize. */
    public int width() {
        return width;
    }

    /** Number of records. */
    public int rows() {
        return rows;
    }

    /** Whether recording stopped early. */
    public boolean truncated() {
        return truncated;
    }

    /** All records, row-major {@code rows x width}; a copy, empty when there is none. */
    public float[] data() {
        return Arrays.copyOf(data, rows * Math.max(width, 0));
    }

    /** The most rows this recorder keeps: its bound, or what one Java array holds when it has none. */
    public int capacity() {
        return width < 0 ? maxRecords : rowLimit();
    }

    /** Whether this recorder was given a bound ({@code maxRecords}) rather than growing freely. */
    public boolean bounded() {
        return bounded;
    }

    /** The iteration of each record; a copy, empty when there is none. */
    public long[] iterations() {
        return Arrays.copyOf(iterations, rows);
    }
}
