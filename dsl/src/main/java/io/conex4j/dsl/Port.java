package io.conex4j.dsl;

import java.util.function.Consumer;

/**
 * One entry of a port (CoNeX's {@code Port}): a population reached through the port and, optionally, synapse
 * settings every synapse through this entry gets before the synapsis's own (e.g. {@code s -> s.tags("Apical")}).
 *
 * @param population the group's full name, e.g. {@code cc.l4.exc}
 * @param settings the entry's synapse settings, or null
 */
record Port(String population, Consumer<SynapsesBuilder> settings) {
}
