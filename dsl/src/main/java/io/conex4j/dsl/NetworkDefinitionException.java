package io.conex4j.dsl;

import java.util.List;

/**
 * Thrown by {@link Conex#network} when a network description has problems; lists every problem, each with
 * its path ({@code synapses input→exc: weights.density = 1.5, must be in [0, 1]}).
 */
public final class NetworkDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    NetworkDefinitionException(List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the network description:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one line each, with its path. */
    public List<String> problems() {
        return problems;
    }
}
