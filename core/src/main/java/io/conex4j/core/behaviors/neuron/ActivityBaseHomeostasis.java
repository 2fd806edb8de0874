package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CoNeX's ActivityBaseHomeostasis (priority 341, right after Fire): moves each neuron's firing
 * {@link NeuronGroup#THRESHOLD threshold} so that it fires about {@code activityRate} times per window of
 * {@code windowSize} iterations. Each iteration a neuron's activity gains 1 if it spiked, else the penalty
 * {@code -activityRate / (windowSize - activityRate)} (worked out in double, added in float32), so a neuron firing
 * exactly {@code activityRate} times ends the window at 0. When the network's iteration is a multiple of
 * {@code windowSize}: {@code threshold <- threshold + activity * rate} (more spikes raise it, fewer lower it), the
 * activities restart at 0 and the rate is multiplied by {@code decayRate}, in double. Windows follow the network's
 * iteration count; dt is not used. The activities and the current rate are saved with the network.
 */
public final class ActivityBaseHomeostasis extends Behavior<NeuronGroup> implements Stateful {

    private final double activityRate;
    private final int windowSize;
    private final double initialRate;
    private final double decayRate;
    private final double penalty;
    private float[] activities;
    private double rate;
    private float[] thresholds;

    /** With a decay rate of 1 (CoNeX's default: the update rate stays constant). */
    public ActivityBaseHomeostasis(double activityRate, int windowSize, double updatingRate) {
        this(activityRate, windowSize, updatingRate, 1.0);
    }

    /**
     * A homeostasis aiming at {@code activityRate} spikes (&ge; 0 and below {@code windowSize}) per window of
     * {@code windowSize} (&ge; 1) iterations, moving the threshold by {@code updatingRate} (mV per unit of activity)
     * at each window's end and multiplying that rate by {@code decayRate} afterwards.
     */
    public ActivityBaseHomeostasis(double activityRate, int windowSize, double updatingRate, double decayRate) {
        super(Priorities.ACTIVITY_HOMEOSTASIS);
        String who = "ActivityBaseHomeostasis";
        if (windowSize < 1) {
            throw new IllegalArgumentException(who + ": windowSize (" + windowSize + ") must be >= 1 iteration");
        }
        if (!(activityRate >= 0 && activityRate < windowSize)) {
            throw new IllegalArgumentException(who + ": activityRate (" + activityRate + ") must be >= 0 and below"
                    + " windowSize (" + windowSize + "); at windowSize the penalty divides by zero");
        }
        Check.finite(who, "updatingRate", updatingRate);
        Check.finite(who, "decayRate", decayRate);
        this.activityRate = activityRate;
        this.windowSize = windowSize;
        this.initialRate = updatingRate;
        this.decayRate = decayRate;
        this.penalty = -activityRate / (windowSize - activityRate);
        this.rate = updatingRate;
    }

    /** activityRate, windowSize, updatingRate (as given) and decayRate. */
    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activityRate", activityRate);
        m.put("windowSize", (long) windowSize);
        m.put("updatingRate", initialRate);
        m.put("decayRate", decayRate);
        return m;
    }

    /** The window, in iterations. */
    public int windowSize() {
        return windowSize;
    }

    /** The factor applied to the rate after each window. */
    public double decayRate() {
        return decayRate;
    }

    /** What an iteration without a spike adds to the activity: {@code -activityRate / (windowSize - activityRate)}. */
    public double nonFiringPenalty() {
        return penalty;
    }

    /** The current rate (mV per unit of activity): the given one times decayRate per window passed. */
    public double updatingRate() {
        return rate;
    }

    /** Each neuron's activity in the current window; live array (null before initialize). */
    public float[] activities() {
        return activities;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        flow.reads(g, NeuronGroup.SPIKES).readsLatest(g, NeuronGroup.THRESHOLD).writes(g, NeuronGroup.THRESHOLD);
    }

    @Override
    public void initialize(NeuronGroup g) {
        float[] t = g.require(NeuronGroup.THRESHOLD, name() + " on neurons " + g.name());
        activities = new float[g.size()];
        rate = initialRate;
        thresholds = t;
    }

    @Override
    public void forward(NeuronGroup g) {
        boolean[] spikes = g.spikes();
        float missed = (float) penalty;
        for (int i = 0; i < activities.length; i++) {
            activities[i] += spikes[i] ? 1f : missed;
        }
        if (g.network().iteration() % windowSize == 0) {
            float r = (float) rate;
            for (int i = 0; i < activities.length; i++) {
                thresholds[i] = thresholds[i] - ((-activities[i]) * r);
                activities[i] = 0f;
            }
            rate *= decayRate;
        }
    }

    @Override
    public void saveState(StateScope scope) {
        scope.put("activities", activities);
        scope.put("updatingRate", new double[] {rate});
    }

    @Override
    public void restoreState(StateScope scope) {
        float[] a = scope.floats("activities", activities.length);
        double r = scope.doubles("updatingRate", 1)[0];
        System.arraycopy(a, 0, activities, 0, a.length);
        rate = r;
    }
}
