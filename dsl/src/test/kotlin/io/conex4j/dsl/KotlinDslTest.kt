package io.conex4j.dsl

import io.conex4j.core.storage.CscWeights
import java.io.ByteArrayOutputStream
import java.io.PrintStream
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
// The README's Kotlin block, verbatim from here to the end of main() (ReadmeSnippetsTest checks that it is).
import io.conex4j.core.recording.SpikeRecorder
import io.conex4j.core.runtime.Network
import io.conex4j.dsl.Conex

fun network(): Network = Conex.network { n ->
    n.dt(1).seed(42)
    val input = n.neurons("input", 200) { g -> g.poisson(20).recordSpikes(10_000) }
    val exc = n.neurons("exc", 40) { g ->
        g.lif { l -> l.tau(20).r(100).threshold(-52).vReset(-65).vRest(-65) }.recordSpikes(10_000)
    }
    n.synapses(input, exc) { s ->
        s.weights { w -> w.uniform(0, 0.3).density(0.1) }
            .delays { d -> d.uniform(0, 4) }
            .traces(20, 20)
            .stdp { p -> p.aPlus(0.01).aMinus(0.012).softBound(0, 1) }
            .normalize(5)
            .clip(0, 1)
    }
}

fun main() {
    val net = network()
    net.simulate(1_000)
    val spikes = { group: String -> net.neuronGroup(group).behavior(SpikeRecorder::class.java).count() }
    println("input: ${spikes("input")} spikes, exc: ${spikes("exc")} spikes")
}

/**
 * The README's Kotlin example (above, verbatim: the README's network of "Describing a network", written in
 * Kotlin): it compiles, builds, runs, spikes and prints its spike counts.
 *
 * The DSL takes numbers as `Number`, so Kotlin writes `20` as Java does (no `20.0`).
 */
class KotlinDslTest {

    @Test
    fun `the README's Kotlin network runs and spikes`() {
        val net = network()
        net.simulate(1_000)

        val inputSpikes = net.neuronGroup("input").behavior(SpikeRecorder::class.java).count()
        val excSpikes = net.neuronGroup("exc").behavior(SpikeRecorder::class.java).count()
        // 200 inputs at 20 Hz for 1 s of 1 ms steps: about 4,000 spikes.
        assertTrue(inputSpikes in 3_400..4_600, "input spikes: $inputSpikes")
        assertTrue(excSpikes > 0, "exc spikes: $excSpikes")
        // Density 0.1 below 1: true-sparse weights with floor(200 * 40 * 0.1) entries.
        val weights = net.synapseGroups().single().weights()
        assertTrue(weights is CscWeights, "CSC weights, not $weights")
        assertEquals(800, (weights as CscWeights).nnz())
    }

    @Test
    fun `the README's Kotlin main prints the spike counts of the seeded network`() {
        val printed = ByteArrayOutputStream()
        val stdout = System.out
        System.setOut(PrintStream(printed, true, Charsets.UTF_8))
        try {
            main()
        } finally {
            System.setOut(stdout)
        }
        val out = printed.toString(Charsets.UTF_8)
        val m = Regex("""input: (\d+) spikes, exc: (\d+) spikes""").find(out)
        assertTrue(m != null, "main printed: $out")
        // Seeded: the same counts as the network run directly.
        val net = network()
        net.simulate(1_000)
        assertEquals(net.neuronGroup("input").behavior(SpikeRecorder::class.java).count(), m!!.groupValues[1].toInt())
        assertEquals(net.neuronGroup("exc").behavior(SpikeRecorder::class.java).count(), m.groupValues[2].toInt())
        assertTrue(m.groupValues[2].toInt() > 0, out)
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
