package io.conex4j.core.behaviors.network;

import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.Priorities;
import java.util.Map;

/**
 * CoNeX's TimeResolution (priority 1): sets the network's time step {@code dt} (ms) at initialize. The neuron models,
 * AELIF's adaptation and the traces read dt on every use; the rules that count iterations (dendrite current decay,
 * RSTDP's eligibility, Dopamine, homeostasis, noise) do not use it.
 */
public final class TimeResolution extends Behavior<Network> {

    private final float dt;

    /**
     * Sets dt to {@code dt} ms.
     *
     * @throws IllegalArgumentException unless dt is finite and &gt; 0 as a float32
     */
    public TimeResolution(double dt) {
        super(Priorities.NETWORK);
        this.dt = Network.checkDt(dt);
    }

    /** The time step it sets, ms. */
    public float dt() {
        return dt;
    }

    /** dt (ms). */
    @Override
    public Map<String, Object> parameters() {
        return Map.of("dt", (double) dt);
    }

    @Override
    public void initialize(Network n) {
        n.setDt(dt);
    }
}
