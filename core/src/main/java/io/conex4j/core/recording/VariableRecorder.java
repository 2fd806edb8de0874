package io.conex4j.core.recording;

import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.SimObject;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * Records a float state of a group or synapse (e.g. {@code NeuronGroup::voltage}, {@code s -> s.preTrace})
 * every {@code every} iterations into one buffer allocated at initialize, at most {@code maxRecords} rows.
 * When full, {@link CapacityPolicy} decides. Runs last (priority 1000).
 *
 * @param <T> the owner type
 */
public final class VariableRecorder<T extends SimObject> extends Behavior<T> implements Stateful {

    private final String variable;
    private final Function<T, float[]> source;
    private final int every;
    private final int maxRecords;
    private final CapacityPolicy policy;
    private float[] data;
    private long[] iterations;
    private int width = -1;
    private int rows;
    private boolean truncated;
    private String owner = "?";

    /**
     * @param variable a name for messages and files
     * @param source reads the state from the owner (the array may be replaced between iterations)
     * @param every record every this many iterations (&ge; 1)
     * @param maxRecords at most this many rows (&ge; 1)
     */
    public VariableRecorder(String variable, Function<T, float[]> source, int every, int maxRecords) {
        this(variable, source, every, maxRecords, CapacityPolicy.FAIL);
    }

    /** With a policy for a full buffer. */
    public VariableRecorder(String variable, Function<T, float[]> source, int every, int maxRecords,
            CapacityPolicy policy) {
        super(Priorities.RECORDER, "recorder");
        this.variable = Objects.requireNonNull(variable, "variable");
        this.source = Objects.requireNonNull(source, "source");
        if (every < 1) {
            throw new IllegalArgumentException("VariableRecorder " + variable + ": every (" + every + ") must be >= 1");
        }
        if (maxRecords < 1) {
            throw new IllegalArgumentException("VariableRecorder " + variable + ": maxRecords (" + maxRecords
                    + ") must be >= 1");
        }
        this.every = every;
        this.maxRecords = maxRecords;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void initialize(T owner) {
        this.owner = owner.name();
        float[] v = source.apply(owner);
        if (v == null) {
            throw new IllegalStateException("VariableRecorder " + variable + " on " + owner.name()
                    + ": the variable does not exist at initialize (add the behavior that makes it first)");
        }
        long cells = (long) v.length * maxRecords;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("VariableRecorder " + variable + " on " + owner.name() + ": "
                    + maxRecords + " records of " + v.length + " values do not fit in one buffer");
        }
        width = v.length;
        data = new float[(int) cells];
        iterations = new long[maxRecords];
        rows = 0;
        truncated = false;
    }

    @Override
    public void forward(T o) {
        long t = o.network().iteration();
        if (truncated || t % every != 0) {
            return;
        }
        if (rows == maxRecords) {
            String msg = "VariableRecorder " + variable + " on " + owner + ": capacity of " + maxRecords
                    + " records reached at iteration " + t + "; give a larger maxRecords or a larger every";
            if (policy == CapacityPolicy.FAIL) {
                throw new IllegalStateException(msg);
            }
            truncated = true;
            System.getLogger("io.conex4j.recording").log(Level.WARNING, msg + "; recording stopped");
            return;
        }
        System.arraycopy(source.apply(o), 0, data, rows * width, width);
        iterations[rows++] = t;
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
        if (its.length > maxRecords) {
            throw scope.bad("iterations", "holds " + its.length + " records, more than the capacity " + maxRecords);
        }
        float[] d = scope.floats("data", its.length * width);
        boolean wasTruncated = scope.bools("truncated", 1)[0];
        System.arraycopy(d, 0, data, 0, d.length);
        System.arraycopy(its, 0, iterations, 0, its.length);
        rows = its.length;
        truncated = wasTruncated;
    }

    /** The variable's name. */
    public String variable() {
        return variable;
    }

    /** Values per record. */
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

    /** All records, row-major {@code rows x width}; a copy. */
    public float[] data() {
        return Arrays.copyOf(data, rows * width);
    }

    /** The iteration of each record; a copy. */
    public long[] iterations() {
        return Arrays.copyOf(iterations, rows);
    }
}
