package io.conex4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.runtime.Network;
import io.conex4j.demo.models.Pd14;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference networks are the peers' models: at full size their spike totals fall in the ranges the peers
 * give (BENCHMARKS.md), the scripts in {@code examples/} build the same networks, and the microcircuit on two
 * threads meets once per step.
 */
class ReferenceNetworksTest {

    private static long run(ReferenceNetworks.Model m) {
        m.net().simulate(m.steps());
        return m.spikes();
    }

    @Test
    void spikeTotalsFallInThePeersRanges() {
        long lif = run(ReferenceNetworks.byName("simple-lif", 1));
        assertTrue(lif >= 5525 && lif <= 5799, "Simple LIF: " + lif + " spikes, PymoNNtorch 5,525-5,799");
        long izh = run(ReferenceNetworks.byName("izhikevich", 1));
        assertTrue(izh >= 8232 && izh <= 8378, "Izhikevich: " + izh + " spikes, PymoNNtorch 8,232-8,378 over 5 seeds");
        long cuba = run(ReferenceNetworks.byName("cuba", 1));
        assertTrue(cuba >= 21_616 && cuba <= 23_830, "CUBA: " + cuba + " spikes, Brian2 21,616-23,830");
    }

    @Test
    void theMicrocircuitOnTwoThreadsRunsWholePopulationsInOnePhasePerStep() {
        Network net = ReferenceNetworks.pd14(0.05, Pd14.Drive.DC, 1, 2);
        assertTrue(net.describeThreads().contains("not planned"), net.describeThreads());
        net.simulate(2);
        String plan = net.describeThreads();
        assertTrue(plan.contains(": 2 threads, 1 phase per step"), plan);
        assertTrue(plan.contains("phase: DelayedDelivery x") && plan.contains("IafPscExp x8")
                && plan.contains("NeuronAxon x8") && plan.contains("SpikeRecorder x8"), plan);
        assertFalse(plan.contains("alone:"), plan);
        net.threads(1);
        net.simulate(1);
        assertTrue(net.describeThreads().endsWith(": 1 thread\n"), net.describeThreads());
    }

    @Test
    void otherSeedsStayInRangeToo() {
        long lif = run(ReferenceNetworks.byName("simple-lif", 2));
        assertTrue(lif >= 5525 && lif <= 5799, "Simple LIF seed 2: " + lif);
        long cuba = run(ReferenceNetworks.byName("cuba", 2));
        assertTrue(cuba >= 21_616 && cuba <= 23_830, "CUBA seed 2: " + cuba);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "SimpleLif.java, 1000 40 3, 'Simple LIF: N=1000, 40 steps, (\\d+) spikes'",
        "Cuba.java, 300 1 0.25, 'CUBA: 1000 neurons, 300 steps of 0.1 ms, (\\d+) spikes'",
        "Izhikevich.java, 400 50 2, 'Izhikevich: N=400, 50 steps, (\\d+) spikes'"})
    void theExampleScriptsBuildTheSameNetworks(String script, String args, String pattern) throws Exception {
        String[] a = args.split(" ");
        ReferenceNetworks.Model m = switch (script) {
            case "SimpleLif.java" -> ReferenceNetworks.simpleLif(Integer.parseInt(a[0]), Integer.parseInt(a[1]),
                    Long.parseLong(a[2]));
            case "Cuba.java" -> ReferenceNetworks.cuba(Double.parseDouble(a[2]), Integer.parseInt(a[0]),
                    Long.parseLong(a[1]));
            default -> ReferenceNetworks.izhikevich(Integer.parseInt(a[0]), Integer.parseInt(a[1]),
                    Long.parseLong(a[2]));
        };
        long expected = run(m);
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), root.resolve("examples").resolve(script).toString()));
        cmd.addAll(List.of(a));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile(pattern).matcher(out);
        assertTrue(matcher.find(), out);
        assertEquals(expected, Long.parseLong(matcher.group(1)), "same spikes as ReferenceNetworks: " + out);
    }
}
