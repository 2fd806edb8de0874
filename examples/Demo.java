// The demo network from a script. Run from the repository root after building:
//   java --add-modules jdk.incubator.vector -cp dsl/target/conex4j.jar examples/Demo.java [steps]
import io.conex4j.core.recording.SpikeRecorder;
import io.conex4j.core.runtime.Network;
import io.conex4j.dsl.demo.DemoNetwork;

public class Demo {
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Network net = DemoNetwork.build(42, steps);
        net.simulate(steps);
        for (var g : net.neuronGroups()) {
            System.out.println(g.name() + ": " + g.behavior(SpikeRecorder.class).count() + " spikes");
        }
    }
}
