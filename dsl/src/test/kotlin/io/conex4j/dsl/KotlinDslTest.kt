package io.conex4j.dsl

import io.conex4j.core.recording.SpikeRecorder
import io.conex4j.core.storage.CscWeights
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The README's DSL example, written in Kotlin (with weights strong enough for the LIF layer to fire): it
 * compiles, builds, runs and spikes.
 *
 * The DSL takes numbers as `Number`, so Kotlin writes `20` as Java does (no `20.0`).
 */
class KotlinDslTest {

    @Test
    fun `a network described in Kotlin runs and spikes`() {
        val net = Conex.network { n ->
            n.dt(1).seed(42)
            val input = n.neurons("input", 200) { g -> g.poisson(50).recordSpikes(100_000) }
            val exc = n.neurons("exc", 40) { g ->
                g.lif { l -> l.tau(20).threshold(-52).vReset(-65).vRest(-65) }.recordSpikes(100_000)
            }
            n.synapses(input, exc) { s ->
                s.weights { w -> w.uniform(0, 30).density(0.1) }
                    .delays { d -> d.uniform(0, 4) }
                    .traces(20, 20)
                    .stdp { p -> p.aPlus(0.01).aMinus(0.012).softBound(0, 30) }
                    .normalize(300)
                    .clip(0, 30)
            }
        }
        net.simulate(1_000)

        val inputSpikes = net.neuronGroup("input").behavior(SpikeRecorder::class.java).count()
        val excSpikes = net.neuronGroup("exc").behavior(SpikeRecorder::class.java).count()
        // 200 inputs at 50 Hz for 1 s of 1 ms steps: about 10,000 spikes.
        assertTrue(inputSpikes in 9_000..11_000, "input spikes: $inputSpikes")
        assertTrue(excSpikes > 0, "exc spikes: $excSpikes")
        // Density 0.1 below 1: true-sparse weights with floor(200 * 40 * 0.1) entries.
        val weights = net.synapseGroups().single().weights()
        assertTrue(weights is CscWeights, "CSC weights, not $weights")
        assertEquals(800, (weights as CscWeights).nnz())
    }

    @Test
    fun `problems of a Kotlin description come back together`() {
        val problems = Conex.validate { n ->
            n.dt(-1)
            n.neurons("input", 10) { g -> g.poisson(-5) }
        }
        assertEquals(2, problems.size, problems.toString())
        assertTrue(problems[0].startsWith("network.dt"), problems.toString())
        assertTrue(problems[1].startsWith("neurons input.poisson"), problems.toString())
    }
}
