package io.conex4j.core.behaviors.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** Dopamine's recurrence in double, Payoff's values, and the rejected parameters. */
class DopamineTest {

    @Test
    void dopamineFollowsTheDoubleRecurrence() {
        Property.forAll("d <- d + (-d/tau + payoff) in double", 100, rnd -> {
            double tau = 0.5 + rnd.nextDouble() * 20;
            double p0 = rnd.nextDouble() * 2 - 1;
            double[] table = new double[40];
            for (int i = 0; i < table.length; i++) {
                table[i] = rnd.nextDouble() * 2 - 1;
            }
            boolean givenStart = rnd.nextBoolean();
            double start = rnd.nextDouble();
            Network n = new Network(1.0, 1L);
            n.add(new Payoff(p0, it -> table[(int) (it - 1)]));
            n.add(givenStart ? new Dopamine(tau, start) : new Dopamine(tau));
            n.initialize();
            double d = givenStart ? start : p0;
            assertEquals(d, n.get(Dopamine.DOPAMINE)[0]);
            for (int i = 0; i < table.length; i++) {
                n.step();
                d = d + (-d / tau + table[i]);
                assertEquals(table[i], n.get(Payoff.PAYOFF)[0]);
                assertEquals(d, n.get(Dopamine.DOPAMINE)[0]);
            }
        });
    }

    @Test
    void constantPayoffStaysAndBadTauIsRejected() {
        Network n = new Network(1.0, 1L);
        n.add(new Payoff(0.25));
        n.initialize();
        n.step();
        assertEquals(0.25, n.get(Payoff.PAYOFF)[0]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Dopamine(0)).getMessage()
                .contains("tauDopamine"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Dopamine(-1)).getMessage()
                .contains("tauDopamine"));
        String m = assertThrows(IllegalArgumentException.class, () -> new Dopamine(1e-320)).getMessage();
        assertTrue(m.contains("tauDopamine") && m.contains("1.0E-320") && m.contains("float32"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new Dopamine(1e39)).getMessage();
        assertTrue(m.contains("tauDopamine") && m.contains("1.0E39"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new Dopamine(10, 1e300)).getMessage();
        assertTrue(m.contains("initialDopamine") && m.contains("1.0E300") && m.contains("float32"), m);
    }

    @Test
    void aPayoffThatIsNotFiniteStopsTheRunNamingTheIterationAndKeepsTheLastPayoff() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            Network n = new Network(1.0, 1L);
            n.add(new Payoff(0.5, it -> it < 3 ? 0.25 : bad)).add(new Dopamine(5));
            n.initialize();
            n.simulate(2);
            double dopamine = n.get(Dopamine.DOPAMINE)[0];
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, n::step);
            assertTrue(e.getMessage().contains("iteration 3") && e.getMessage().contains(String.valueOf(bad))
                    && e.getMessage().contains("finite"), e.getMessage());
            assertEquals(0.25, n.get(Payoff.PAYOFF)[0], "the last finite payoff is kept");
            assertEquals(dopamine, n.get(Dopamine.DOPAMINE)[0], "the dopamine never sees the bad payoff");
        }
    }
}
