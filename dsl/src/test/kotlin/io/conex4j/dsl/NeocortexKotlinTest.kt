package io.conex4j.dsl

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The structure DSL from Kotlin: columns, layers, ports, a replica and a synapsis, then a JSON round trip. */
class NeocortexKotlinTest {

    private fun cortex(): Neocortex = Conex.neocortex { c ->
        c.dt(1).seed(7)
        val retina = c.inputLayer("retina") { i -> i.sensory(1, 6, 6) { g -> g.poisson(60) } }
        val cc = c.column("cc") { col ->
            col.layer("l4") { l ->
                l.exc(2, 4, 4) { g -> g.lif { p -> p.tau(10).r(5).threshold(-60) }.recordSpikes() }
                    .inh(4) { g -> g.lif { p -> p.tau(10).r(5).threshold(-60) } }
                    .synapses("exc", "inh") { s -> s.weights { w -> w.uniform(0, 0.5) } }
                    .synapses("inh", "exc") { s -> s.weights { w -> w.uniform(0, 0.5) } }
            }
            col.layer("l23") { l -> l.exc(8) { g -> g.lif { p -> p.tau(10).r(5).threshold(-60) } } }
            col.connect("l4.exc", "l23.exc") { s ->
                s.weights { w -> w.uniform(0, 0.3) }.traces(10, 10).stdp { p -> p.aPlus(0.01).aMinus(0.002) }
            }
            col.inputPort("input", "l4.exc").outputPort("output", "l23.exc")
        }
        val copies = c.replicate(cc, 2)
        for (column in listOf(cc) + copies) {
            c.synapsis(retina.port("sensory"), column.port("input")) { s ->
                s.weights { w -> w.uniform(0, 1).shape(2, 1, 3, 3) }.conv2d(1, 0).currentCoef(6)
            }
        }
    }

    @Test
    fun `columns, replicas and ports build from Kotlin and round-trip through JSON`() {
        val a = cortex()
        assertEquals(listOf("cc", "cc_1", "cc_2"), a.columns())
        assertEquals(32, a.neurons("cc_2.l4.exc").size())
        assertEquals(listOf(a.neurons("cc_1.l4.exc")), a.inputPort("cc_1.input"))

        val b = Conex.neocortex(a.describe())
        a.network().simulate(100)
        b.network().simulate(100)
        val spikes = a.neurons("cc.l4.exc").behavior(io.conex4j.core.recording.SpikeRecorder::class.java).count()
        assertTrue(spikes > 0, "L4 fired: $spikes")
        for (g in a.network().neuronGroups()) {
            assertTrue(g.voltage().contentEquals(b.network().neuronGroup(g.name()).voltage()), g.name())
        }
    }
}
