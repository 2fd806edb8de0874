package io.conex4j.dsl;

/**
 * A handle on a column, input layer or output layer being described, returned by {@link NeocortexBuilder};
 * {@link #port} gives the address of one of its ports for {@link NeocortexBuilder#synapsis}.
 *
 * @param name the structure's name
 */
public record StructureRef(String name) {

    /** The address {@code name.port} of one of this structure's ports, e.g. {@code "cc.input"}. */
    public String port(String port) {
        return name + "." + port;
    }
}
