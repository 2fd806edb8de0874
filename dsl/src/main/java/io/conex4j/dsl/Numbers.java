package io.conex4j.dsl;

/** Numbers as the DSL takes them ({@code Number}, so integers read naturally from Java and Kotlin). */
final class Numbers {

    private Numbers() {
    }

    /** The value as a double; null becomes NaN, which every check rejects with the parameter's name. */
    static double num(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }
}
