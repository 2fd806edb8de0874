package io.conex4j.core.behaviors.neuron;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Check;
import io.conex4j.core.runtime.DataFlow;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.Priorities;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.StateScope;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.runtime.SynapticCurrent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CoNeX's SimpleDendriteStructure (priority 220): routes the current {@code I} (nA) of every synapse group ending
 * at this group to one of its {@link Dendrite}s by the synapse's tag ({@code Proximal}, {@code Distal} or
 * {@code Apical}; a synapse with none of them goes to the proximal dendrite, as a synapse may carry one only),
 * delayed by the synapse's destination delays. Each dendrite keeps a buffer of {@code maxDelay} rows of N
 * currents; each iteration the rows move one step toward row 0 (the old row 0 is dropped, the last row becomes
 * zeros), then the current of destination neuron {@code i} is added at row {@code dstDelay[i]}, synapses in
 * creation order. Row 0 is the dendrite's current of this iteration ({@link Dendrite#current()}), which
 * {@link SimpleDendriteComputation} turns into the neuron input (the network adds one when nothing reads it).
 * A maxDelay of 0 disables a dendrite: its current stays zero, and a synapse routed to it is an error. The
 * buffers are saved with the network.
 */
public final class SimpleDendriteStructure extends Behavior<NeuronGroup> implements Stateful {

    private static final int FITTED = -1;
    private static final Dendrite[] DENDRITES = Dendrite.values();

    private final int[] requested;
    private int n;
    private final int[] rows = new int[DENDRITES.length];
    private final float[][] buffers = new float[DENDRITES.length][];
    private final float[][] currents = new float[DENDRITES.length][];
    private Route[] routes;

    /** One synapse group's current into one dendrite. */
    private static final class Route {
        final SynapseGroup synapses;
        final Slot<SynapticCurrent> current;
        final Dendrite dendrite;
        final int[] delays;
        boolean zeroDelays;

        Route(SynapseGroup synapses, Dendrite dendrite, int[] delays) {
            this.synapses = synapses;
            this.current = synapses.slot(SynapseGroup.CURRENT);
            this.dendrite = dendrite;
            this.delays = delays;
        }
    }

    /**
     * Buffers fitted at initialize: each dendrite keeps as many rows as the largest destination delay routed to it
     * plus one, and none when no synapse ends there.
     */
    public SimpleDendriteStructure() {
        super(Priorities.DENDRITE_STRUCTURE);
        this.requested = new int[] {FITTED, FITTED, FITTED};
    }

    /**
     * Buffers of the given rows (each &ge; 0; 0 disables the dendrite), CoNeX's {@code Proximal_max_delay},
     * {@code Distal_max_delay} and {@code Apical_max_delay}: destination delays {@code 0 .. maxDelay-1} fit.
     */
    public SimpleDendriteStructure(int proximalMaxDelay, int distalMaxDelay, int apicalMaxDelay) {
        super(Priorities.DENDRITE_STRUCTURE);
        this.requested = new int[] {check("proximalMaxDelay", proximalMaxDelay), check("distalMaxDelay", distalMaxDelay),
                check("apicalMaxDelay", apicalMaxDelay)};
    }

    private static int check(String param, int maxDelay) {
        if (maxDelay < 0) {
            throw new IllegalArgumentException("SimpleDendriteStructure: " + param + " (" + maxDelay
                    + ") must be >= 0 (0 disables the dendrite)");
        }
        return maxDelay;
    }

    /** {@code maxDelay: "fitted"}, or the three max delays (iterations). */
    @Override
    public Map<String, Object> parameters() {
        if (requested[0] == FITTED) {
            return Map.of("maxDelay", "fitted");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Dendrite d : DENDRITES) {
            m.put(d.tag().toLowerCase(Locale.ROOT) + "MaxDelay", (long) requested[d.ordinal()]);
        }
        return m;
    }

    /** The rows of {@code d}'s buffer (its max delay), known after initialize. */
    public int maxDelay(Dendrite d) {
        return rows[d.ordinal()];
    }

    @Override
    public boolean initializeLast() {
        return true;
    }

    @Override
    public void declare(NeuronGroup g, DataFlow flow) {
        for (SynapseGroup s : g.afferents()) {
            flow.readsLatest(s, SynapseGroup.CURRENT).optional().reads(s, SynapseGroup.DST_DELAY).optional();
        }
        for (Dendrite d : DENDRITES) {
            flow.creates(g, d.buffer()).writes(g, d.buffer()).creates(g, d.current()).writes(g, d.current());
            if (d == Dendrite.PROXIMAL) {
                flow.unlessRead(g, SimpleDendriteComputation::new);
            }
        }
    }

    @Override
    public void initialize(NeuronGroup g) {
        String who = name() + " on neurons " + g.name();
        int size = g.size();
        List<Route> found = new ArrayList<>();
        for (SynapseGroup s : g.afferents()) {
            if (s.get(SynapseGroup.CURRENT) == null) {
                continue;
            }
            int[] delays = s.get(SynapseGroup.DST_DELAY);
            if (delays != null && delays.length != size) {
                throw new IllegalStateException(who + ": synapses " + s.name() + " have " + delays.length
                        + " destination delays for " + size + " neurons");
            }
            found.add(new Route(s, dendriteOf(who, s), delays));
        }
        int[] r = new int[DENDRITES.length];
        for (Dendrite d : DENDRITES) {
            int k = d.ordinal();
            r[k] = requested[k] == FITTED ? fittedRows(found, d) : requested[k];
            for (Route route : found) {
                if (route.dendrite == d) {
                    checkDelays(who, route, r[k]);
                }
            }
            long cells = Check.product(r[k], size);
            Check.arrayLength(who, d.tag() + " buffer " + r[k] + " x " + size + " = " + cells + " currents", cells);
            Check.fitsInHeap(who, "the " + d.tag() + " buffer of " + r[k] + " x " + size + " currents", 4 * cells);
        }
        n = size;
        for (Dendrite d : DENDRITES) {
            int k = d.ordinal();
            rows[k] = r[k];
            buffers[k] = new float[r[k] * size];
            currents[k] = new float[size];
            g.put(d.buffer(), buffers[k]);
            g.put(d.current(), currents[k]);
        }
        routes = found.toArray(new Route[0]);
        for (Route route : routes) {
            route.zeroDelays = allZero(route.delays);
        }
    }

    /** The dendrite the synapse's tag names; proximal when it names none, an error when it names several. */
    private static Dendrite dendriteOf(String who, SynapseGroup s) {
        Dendrite found = null;
        for (Dendrite d : DENDRITES) {
            if (s.hasTag(d.tag())) {
                if (found != null) {
                    throw new IllegalArgumentException(who + ": synapses " + s.name() + " are tagged both "
                            + found.tag() + " and " + d.tag() + "; a synapse reaches one dendrite, give one of the tags");
                }
                found = d;
            }
        }
        return found == null ? Dendrite.PROXIMAL : found;
    }

    private static int fittedRows(List<Route> found, Dendrite d) {
        int rows = 0;
        for (Route route : found) {
            if (route.dendrite == d) {
                rows = Math.max(rows, 1);
                if (route.delays != null) {
                    for (int delay : route.delays) {
                        rows = Math.max(rows, delay + 1);
                    }
                }
            }
        }
        return rows;
    }

    /** Every delay of {@code route} must be a row of its dendrite's buffer of {@code rows} rows. */
    private static void checkDelays(String who, Route route, int rows) {
        String dendrite = route.dendrite.tag().toLowerCase(Locale.ROOT);
        if (rows == 0) {
            throw new IllegalArgumentException(who + ": synapses " + route.synapses.name() + " end at the " + dendrite
                    + " dendrite, which is disabled (" + dendrite + "MaxDelay 0); give it a max delay >= 1");
        }
        if (route.delays == null) {
            return;
        }
        for (int i = 0; i < route.delays.length; i++) {
            int delay = route.delays[i];
            if (delay < 0 || delay >= rows) {
                throw new IllegalArgumentException(who + ": synapses " + route.synapses.name() + " have destination delay " + delay
                        + " for neuron " + i + "; the " + dendrite + " buffer keeps " + rows + " iterations, allowed: 0 to "
                        + (rows - 1) + " (raise " + dendrite + "MaxDelay to " + (Math.max(delay, 0) + 1) + ")");
            }
        }
    }

    private static boolean allZero(int[] delays) {
        if (delays == null) {
            return true;
        }
        for (int d : delays) {
            if (d != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void forward(NeuronGroup g) {
        for (int k = 0; k < DENDRITES.length; k++) {
            int r = rows[k];
            if (r > 0) {
                float[] b = buffers[k];
                System.arraycopy(b, n, b, 0, (r - 1) * n);
                Arrays.fill(b, (r - 1) * n, r * n, 0f);
            }
        }
        for (Route route : routes) {
            SynapticCurrent in = route.current.get();
            if (in == null || in.isZero()) {
                continue;
            }
            float[] values = in.values();
            float[] b = buffers[route.dendrite.ordinal()];
            if (route.zeroDelays) {
                for (int i = 0; i < n; i++) {
                    b[i] += values[i];
                }
            } else {
                int[] delays = route.delays;
                for (int i = 0; i < n; i++) {
                    b[delays[i] * n + i] += values[i];
                }
            }
        }
        for (int k = 0; k < DENDRITES.length; k++) {
            if (rows[k] > 0) {
                System.arraycopy(buffers[k], 0, currents[k], 0, n);
            }
        }
    }

    /** Nothing of its own: the buffers and currents are the group's declared state. */
    @Override
    public void saveState(StateScope scope) {
    }

    /** Checks the restored destination delays against the buffers and re-reads which of them are all zero. */
    @Override
    public void restoreState(StateScope scope) {
        for (Route route : routes) {
            checkDelays(name() + " on neurons " + route.synapses.dst().name() + " (restored " + route.synapses.name()
                    + "/" + SynapseGroup.DST_DELAY.name() + ")", route, rows[route.dendrite.ordinal()]);
        }
        for (Route route : routes) {
            route.zeroDelays = allZero(route.delays);
        }
    }
}
