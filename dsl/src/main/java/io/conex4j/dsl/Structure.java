package io.conex4j.dsl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A described column, input layer or output layer as the neocortex sees it: its kind, its ports (each a list
 * of populations with optional synapse settings) and, for a column, the description that
 * {@link NeocortexBuilder#replicate} runs again.
 */
final class Structure {

    final String name;
    final String kind;
    final Map<String, List<Port>> inputPorts = new LinkedHashMap<>();
    final Map<String, List<Port>> outputPorts = new LinkedHashMap<>();
    final Consumer<ColumnBuilder> source;

    Structure(String name, String kind, Consumer<ColumnBuilder> source) {
        this.name = name;
        this.kind = kind;
        this.source = source;
    }

    boolean isColumn() {
        return source != null;
    }
}
