package io.conex4j.core.conformance;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The params of one fixture behavior; every key must be consumed, so an unknown one fails the case. */
final class Params {

    private final String owner;
    private final Map<?, ?> params;
    private final Map<?, ?> inputs;
    private final Set<String> used = new LinkedHashSet<>();

    Params(String owner, Map<?, ?> params, Map<?, ?> inputs) {
        this.owner = owner;
        this.params = params;
        this.inputs = inputs;
    }

    boolean has(String key) {
        return params.containsKey(key) && params.get(key) != null;
    }

    Object raw(String key) {
        used.add(key);
        Object v = params.get(key);
        if (v instanceof Map<?, ?> m && m.containsKey("$input")) {
            Object t = inputs.get(m.get("$input"));
            if (t == null) {
                throw new AssertionError(owner + ": input " + m.get("$input") + " missing");
            }
            return Tensor.of(t);
        }
        return v;
    }

    double num(String key, double dflt) {
        if (!has(key)) {
            used.add(key);
            return dflt;
        }
        return ((Number) raw(key)).doubleValue();
    }

    boolean bool(String key, boolean dflt) {
        if (!has(key)) {
            used.add(key);
            return dflt;
        }
        return (Boolean) raw(key);
    }

    /** A plain JSON list of numbers (a harness table of Python floats). */
    double[] doubles(String key) {
        Object v = raw(key);
        if (v instanceof Tensor t) {
            return t.data();
        }
        return Tensor.doubles(v);
    }

    Tensor tensor(String key) {
        return (Tensor) raw(key);
    }

    String functionName(String key) {
        Map<?, ?> m = (Map<?, ?>) raw(key);
        return (String) m.get("$function");
    }

    void assertAllUsed() {
        for (Object k : params.keySet()) {
            if (!used.contains((String) k)) {
                throw new AssertionError(owner + ": unknown parameter '" + k + "' = " + params.get(k));
            }
        }
    }
}
